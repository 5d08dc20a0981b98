import { describe, expect, test } from 'vitest';
import type { ServiceLevelReport } from 'sla-model';
import { renderReportMarkdown, renderReportText } from 'sla-renderer';

const FEBRUARY = {
    kind: 'month', key: '2026-02', label: 'February 2026',
    start: { year: 2026, month: 2, day: 1, iso: '2026-02-01' }, end: { year: 2026, month: 2, day: 28, iso: '2026-02-28' },
    from: { year: 2026, month: 2, day: 1, iso: '2026-02-01' }, to: { year: 2026, month: 2, day: 28, iso: '2026-02-28' }
} as const;

/** A report with no series and no credits: only the triggers' part differs. */
function report(triggers: ServiceLevelReport['triggers']): ServiceLevelReport {
    return {
        schema: 'sla-report/1', agreement: { name: 'A', title: 'Hosting' }, today: FEBRUARY.end, scope: 'February 2026',
        series: [], totals: [], ...(triggers ? { triggers } : {})
    };
}

const FIRED = {
    kind: 'penalty' as const, metric: 'Availability', text: 'A *review*.', rule: 'when Availability below target',
    period: FEBRUARY, counted: [FEBRUARY], summary: 'Penalty "A *review*." in February 2026: when Availability below target (February 2026).',
    origin: { uri: 'file:///a.sla', line: 7 }
};

describe('the report\'s penalties and rewards', () => {
    test('text: a line, then one indented line each; none fired says so; no triggers, no line', () => {
        expect(renderReportText(report([FIRED]))).toBe([
            'Hosting: service level report, February 2026', '',
            'Penalties and rewards triggered:',
            '  Penalty "A *review*." in February 2026: when Availability below target (February 2026).', '',
            'No credits are due.', ''
        ].join('\n'));
        expect(renderReportText(report([]))).toBe('Hosting: service level report, February 2026\n\nNo penalty or reward was triggered.\n\nNo credits are due.\n');
        expect(renderReportText(report(undefined))).toBe('Hosting: service level report, February 2026\n\nNo credits are due.\n');
    });

    test('Markdown: a list, with the user\'s text escaped', () => {
        expect(renderReportMarkdown(report([FIRED]))).toBe([
            '# Hosting: service level report, February 2026', '',
            'Penalties and rewards triggered:', '',
            '- Penalty "A \\*review\\*." in February 2026: when Availability below target (February 2026).', '',
            'No credits are due.', ''
        ].join('\n'));
        expect(renderReportMarkdown(report([]))).toBe('# Hosting: service level report, February 2026\n\nNo penalty or reward was triggered.\n\nNo credits are due.\n');
    });
});
