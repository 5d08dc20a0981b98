import { describe, expect, test } from 'vitest';
import { IssueCodes, VAGUE_WORDING } from 'sla-language';
import { base, check, expectClean, expectOnly, range, textAt } from './validation-helpers.js';

const TIME_ADVICE = 'Write the time it must happen in, such as "within 4 hours".';
const vague = (word: string, advice: string) => `"${word}" is vague where a number belongs: the agreement must be measurable and objective. ${advice}`;

describe('vague-wording', () => {
    test('a vague word in the summary, exactly on the word', async () => {
        const checked = await check(base({ extra: ['    summary "We answer promptly."'] }));
        const diagnostic = expectOnly(checked, IssueCodes.VagueWording, {
            range: range(16, 23, 16, 31),
            text: 'promptly',
            message: vague('promptly', TIME_ADVICE)
        });
        expect(diagnostic.data).toEqual({ code: 'vague-wording', word: 'promptly', kind: 'time' });
    });

    test('every vague phrase, whatever its case, even across lines', async () => {
        const checked = await check(base({ extra: [
            '    summary "Calls are answered as soon as',
            '        possible, ASAP, with Reasonable care, regularly and on a best-efforts basis."'
        ] }));
        expect(checked.diagnostics.map(diagnostic => [textAt(checked.document, diagnostic.range), diagnostic.range, diagnostic.message])).toEqual([
            ['as soon as\n        possible', range(16, 32, 17, 16), vague('as soon as possible', TIME_ADVICE)],
            ['ASAP', range(17, 18, 17, 22), vague('ASAP', TIME_ADVICE)],
            ['Reasonable', range(17, 29, 17, 39), vague('Reasonable', 'Say what is meant with a number or a clear rule, such as "within 2 business days" or "at most 5 %".')],
            ['regularly', range(17, 46, 17, 55), vague('regularly', 'Write how often, such as "every week".')],
            ['best-efforts', range(17, 65, 17, 77), vague('best-efforts', 'State the result that is committed to, with a target that can be measured.')]
        ]);
    });

    test('in term definitions, exclusions, conditions and sections; after an escape', async () => {
        const checked = await check(base({ replace: [['Hardware bought outside the catalogue.', 'Anything not fixed quickly.']], extra: [
            '    term [Case] = "A request answered in a timely manner."',
            '    summary "Every [Case] counts.\\nreasonably"',
            '    section "Changes" "Changes are agreed from time to time."'
        ] }));
        expect(checked.diagnostics.map(diagnostic => [textAt(checked.document, diagnostic.range), diagnostic.range.start.line])).toEqual([
            ['quickly', 13],
            ['timely', 16],
            ['reasonably', 17],
            ['from time to time', 18]
        ]);
    });

    test('in the definitions of a shared glossary file', async () => {
        const checked = await check('glossary Common {\n    term [Incident] = "An outage, reported promptly."\n}');
        expectOnly(checked, IssueCodes.VagueWording, {
            range: range(1, 43, 1, 51),
            text: 'promptly',
            message: vague('promptly', TIME_ADVICE)
        });
    });

    test('near miss: longer words, "reasonable control", defined terms, titles, names and contacts', async () => {
        expectClean(await check(base({
            replace: [['metric Resolved "Cases resolved at first contact"', 'metric Resolved "Quickly resolved cases"']],
            extra: [
                '    term [Best Effort] = "A case closed within 2 business days."',
                '    summary "No unreasonable or irregularly timed requests; events beyond our reasonable control; every [Best Effort] counts."',
                '    party Promptly "Promptly Ltd." third-party involved',
                '    severity High { response within 1 hour resolution within 4 hours escalate after 2 hours to "Whoever answers ASAP" }'
            ]
        })));
    });

    test('the list of vague wording', () => {
        expect(VAGUE_WORDING.map(entry => entry.pattern)).toEqual([
            'as soon as possible', 'as soon as practicable', 'asap', 'promptly', 'quickly', 'timely', 'without undue delay',
            'in due course', 'regularly', 'periodically', 'from time to time', 'reasonable(?!\\s+control\\b)', 'reasonably',
            'best(?:\\s+|-)efforts?'
        ]);
    });
});
