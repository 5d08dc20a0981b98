import { describe, expect, test } from 'vitest';
import { calendarDate, computePacing, findPaceTarget } from 'sla-model';
import { renderTerminalChart } from 'sla-renderer';
import { fixtureModel } from './fixtures.js';

describe('terminal chart', () => {
    test('February 2026: 28 days, two columns each, today on day 10', async () => {
        const model = await fixtureModel();
        const pacing = computePacing(model, findPaceTarget(model, 'LeadsDelivered')!, { today: calendarDate(2026, 2, 10), month: '2026-02' });
        expect(renderTerminalChart(pacing)).toBe([
            '600 |                  |',
            '    |                  |',
            '    |                  |',
            '    |                  |',
            '400 |------------------------------------------------.-.-.-.- finish line',
            '    |                  |                     . . . .',
            '    |                  |               . . .',
            '    |                  |       . . . .',
            '    |                  . . . .',
            '    |          . . . . |',
            '    |  * * . .         |',
            '    |*                 |',
            '  0 +--------------------------------------------------------',
            '     1       5         10        15        20        25    28',
            '* actual cumulative   . cumulative target   - finish line 400   | today (day 10)',
            ''
        ].join('\n'));
    });

    test('a row dated after today is not drawn', async () => {
        const model = await fixtureModel();
        const pacing = computePacing(model, findPaceTarget(model, 'LeadsDelivered')!, { today: calendarDate(2026, 2, 2), month: '2026-02' });
        // Days 1 and 2 (10, 30) are drawn; day 3's 30 is tomorrow.
        const chart = renderTerminalChart(pacing);
        expect(chart.split('\n').slice(0, 12).join('').match(/\*/g)).toHaveLength(2);
        expect(chart.split('\n')[11]).toBe('    |* |');
    });

    test('plain characters only', async () => {
        const model = await fixtureModel();
        const pacing = computePacing(model, findPaceTarget(model, 'LeadsDelivered')!, { today: calendarDate(2026, 3, 15) });
        expect(renderTerminalChart(pacing)).toMatch(/^[\x20-\x7E\n]*$/);
    });
});
