import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ALL_ISSUE_CODES, diagnosticsPage, issueHelpMarkdown, issueHelpText } from 'sla-language';
import { expectGolden } from '../../helpers/golden.js';

const DOCS = path.resolve(__dirname, '../../../docs');

describe('the diagnostics page', () => {
    test('docs/diagnostics.md is the page written from the codes (UPDATE_GOLDEN=1 rewrites it)', () => {
        expectGolden(DOCS, 'diagnostics.md', diagnosticsPage());
    });

    test('has one section per code, headed by the code, so #<code> links to it', () => {
        const headings = diagnosticsPage().split('\n').filter(line => line.startsWith('## ')).map(line => line.slice(3));
        expect(headings).toEqual(ALL_ISSUE_CODES);
    });

    test('a section says what the code means, its rule, an example, the fix and its default', () => {
        expect(issueHelpMarkdown('missing-review')).toBe([
            '## missing-review',
            '**No regular review.** No `review every …` leaves room for the parties to meet and change the agreement.',
            '*Rule:* Leave room for regular (annual) reviews to make changes.',
            '```sla\nagreement Desk "…" { … }   // no review\n```',
            '*Fix:* Add `review every year with Desk, Staff`.',
            '*Default:* warning. Change it with the `sla.severities` setting (or `severities` in `sla.config.json`), or suppress one finding with `// sla-ignore missing-review` on its line or the line above.'
        ].join('\n\n'));
        expect(issueHelpText('credits-without-fee')).toContain('Default: information.');
    });
});
