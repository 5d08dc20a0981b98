import { beforeEach, describe, expect, test } from 'vitest';
import { expectCompletion, parseHelper } from 'langium/test';
import type { CompletionItem, CompletionList } from 'vscode-languageserver';
import { CompletionItemKind, InsertTextFormat } from 'vscode-languageserver';
import type { TestServices } from '../../helpers/sla-test-services.js';
import { createTestServices } from '../../helpers/sla-test-services.js';
import { isInsideProse, mentionRangeAt } from '../../../packages/language/src/lsp/prose-scan.js';

let services: TestServices;
let complete: ReturnType<typeof expectCompletion>;

beforeEach(() => {
    services = createTestServices();
    complete = expectCompletion(services.Sla);
});

/** The label, marked when the item is a clause snippet. */
const labelAndKind = (item: CompletionItem) => item.kind === CompletionItemKind.Snippet ? `${item.label} (snippet)` : item.label;

async function completionsAt(text: string, parseOptions?: { documentUri: string }): Promise<CompletionList> {
    let result: CompletionList | undefined;
    await complete({ text, index: 0, parseOptions, assert: list => { result = list; } });
    return result!;
}

describe('keywords valid at the cursor', () => {

    test('an empty file starts with an import, an agreement (also as a snippet) or a shared glossary', async () => {
        await complete({
            text: '<|>',
            index: 0,
            expectedItems: ['import', 'agreement', 'agreement (snippet)', 'glossary'],
            itemToString: labelAndKind
        });
    });

    test('inside an agreement: every clause, with snippets for the building blocks', async () => {
        await complete({
            text: 'agreement A {\n    <|>\n}',
            index: 0,
            expectedItems: [
                'version', 'kind', 'model', 'summary', 'period', 'period (snippet)', 'party', 'party (snippet)', 'goal',
                'glossary', 'glossary (snippet)', 'term', 'term (snippet)', 'service', 'service (snippet)', 'deliverable',
                'severity', 'severity (snippet)', 'remedies', 'remedies (snippet)', 'indemnification', 'exclusions',
                'exclusions (snippet)', 'review every', 'review every (snippet)', 'meeting', 'termination',
                'termination (snippet)', 'references', 'section', 'measurements for', 'fee', 'fee (snippet)', 'credits',
                'credits (snippet)', 'time zone', 'calendar', 'clock'
            ],
            itemToString: labelAndKind
        });
    });

    test('inside a service: its clauses, a clause opening with its fixed words', async () => {
        await complete({
            text: 'agreement A {\n    service S {\n        <|>\n    }\n}',
            index: 0,
            expectedItems: [
                'provided by', 'hours', 'description', 'depends on', 'exclusions', 'exclusions (snippet)',
                'responsibilities of', 'metric', 'metric (snippet)', 'term', 'term (snippet)', 'fee', 'fee (snippet)', 'clock'
            ],
            itemToString: labelAndKind
        });
    });

    test('a typed prefix narrows the keywords', async () => {
        await complete({
            text: 'agreement A {\n    service S {\n        metric M {\n            co<|>\n        }\n    }\n}',
            index: 0,
            expectedItems: ['counts', 'controlled by', 'computed as', 'computed as', 'clock']
        });
    });

    test('keywords carry their explanation', async () => {
        const list = await completionsAt('agreement A {\n    <|>\n}');
        const kind = list.items.find(item => item.label === 'kind')!;
        expect(kind.documentation).toEqual({
            kind: 'markdown',
            value: 'Whether this is an internal agreement between teams of one organisation (such as sales and marketing) or an external one with a customer. The details differ, the common building blocks are the same.'
        });
    });
});

describe('fixed value sets', () => {

    test('kinds', async () => {
        await complete({ text: 'agreement A {\n    kind <|>\n}', index: 0, expectedItems: ['internal', 'external'] });
    });

    test('models', async () => {
        await complete({ text: 'agreement A {\n    model <|>\n}', index: 0, expectedItems: ['service-based', 'customer-based', 'multi-level'] });
    });

    test('party roles', async () => {
        await complete({ text: 'agreement A {\n    party P "Acme" <|>\n}', index: 0, expectedItems: ['provider', 'customer', 'third-party'] });
    });

    test('comparators, with what each means', async () => {
        const text = 'agreement A {\n    service S {\n        metric M {\n            target <|>\n        }\n    }\n}';
        await complete({ text, index: 0, expectedItems: ['>=', '<=', '>', '<', '='] });
        const list = await completionsAt(text);
        expect(list.items[0].documentation).toEqual({ kind: 'markdown', value: 'At least the value.' });
    });

    test('units after a target value, then the period and the next clauses', async () => {
        await complete({
            text: 'agreement A {\n    service S {\n        metric M {\n            target >= 4 <|>\n        }\n    }\n}',
            index: 0,
            expectedItems: [
                '%', 'minute', 'minutes', 'hour', 'hours', 'business-hour', 'business-hours', 'business-day', 'business-days', 'day', 'days', 'week', 'weeks',
                'month', 'months', 'year', 'years', 'per', 'counts', 'times', 'target', 'measured by', 'controlled by',
                'segment', 'pace', 'for severity', 'term', 'term (snippet)', 'computed as', 'computed as (snippet)', 'clock'
            ],
            itemToString: labelAndKind
        });
    });

    test('periods of a target', async () => {
        await complete({
            text: 'agreement A {\n    service S {\n        metric M {\n            target >= 4 per <|>\n        }\n    }\n}',
            index: 0,
            expectedItems: ['day', 'week', 'month', 'quarter', 'year', 'incident', 'request', 'case']
        });
    });
});

describe('cross-references', () => {

    test('parties, with their role and title', async () => {
        await complete({
            text: 'agreement A {\n    party Acme "Acme IT" provider\n    party Shop "Shop Ltd" customer\n    service S {\n        provided by <|>\n    }\n}',
            index: 0,
            expectedItems: ['Acme', 'Shop']
        });
        const list = await completionsAt('agreement A {\n    party Acme "Acme IT" provider\n    service S {\n        provided by <|>\n    }\n}');
        expect(list.items[0].detail).toBe('Party: provider — Acme IT');
    });

    test('metrics declared in any service, from the remedies', async () => {
        await complete({
            text: 'agreement A {\n    service S {\n        metric Uptime "Availability" {\n        }\n    }\n    remedies {\n        credit 5 % when below 99 % for <|>\n    }\n}',
            index: 0,
            expectedItems: ['Uptime']
        });
    });

    test('a penalty\'s trigger, word by word: when, the metric, below or at or above, target, then the count', async () => {
        const remedies = (clause: string) => `agreement A {\n    service S {\n        metric Uptime "Availability" {\n        }\n    }\n    remedies {\n        ${clause}\n    }\n}`;
        const labels = async (clause: string) => (await completionsAt(remedies(clause))).items.map(labelAndKind);
        expect(await labels('penalty "A plan." <|>')).toContain('when');
        expect(await labels('penalty "A plan." when <|>')).toEqual(['Uptime']);
        expect(await labels('penalty "A plan." when Uptime <|>')).toEqual(['at', 'below']);
        expect((await labels('reward "A bonus." when Uptime at or above target <|>')).slice(0, 1)).toEqual(['in']);
        expect(await labels('penalty "A plan." when Uptime below target 2 <|>')).toEqual(['period', 'periods']);
        expect(await labels('penalty "A plan." when Uptime below target 2 periods <|>')).toEqual(['in']);
        expect(await labels('penalty "A plan." when Uptime below target in 2 <|>')).toEqual(['of']);
    });

    test('the segments of the measured metric in a measurement row', async () => {
        await complete({
            text: 'agreement A {\n    service S {\n        metric Leads {\n            segment Big target >= 10 per month\n        }\n    }\n    measurements for Leads {\n        2026-01-05 6 <|>\n    }\n}',
            index: 0,
            expectedItems: ['Big']
        });
    });

    test('terms after counts are inserted with their brackets, names before aliases', async () => {
        const list = await completionsAt('agreement A {\n    term [Lead] aka [Leads] = "A contact."\n    service S {\n        metric M {\n            counts <|>\n        }\n    }\n}');
        expect(list.items.map(item => [item.label, item.textEdit?.newText, item.detail])).toEqual([
            ['[Lead]', '[Lead]', 'Term'],
            ['[Leads]', '[Leads]', 'Alias of [Lead]']
        ]);
    });
});

describe('term mentions', () => {

    test('after [ in prose: every term, completing after the bracket with the closing one', async () => {
        const list = await completionsAt('agreement A {\n    term [Qualified Lead] aka [Qualified Leads] = "A lead with a score of 40."\n    summary "Marketing sends [Qu<|>"\n}');
        expect(list.items.map(item => item.label)).toEqual(['[Qualified Lead]', '[Qualified Leads]']);
        // `[` is at character 29: the edit replaces `Qu` (30–32), filtered by the name alone.
        expect(list.items[0].textEdit).toEqual({
            range: { start: { line: 2, character: 30 }, end: { line: 2, character: 32 } },
            newText: 'Qualified Lead]'
        });
        expect(list.items[0].filterText).toBe('Qualified Lead');
        expect(list.items[0].documentation).toEqual({ kind: 'markdown', value: 'A lead with a score of 40.' });
    });

    test('a closed bracket is replaced whole', async () => {
        const list = await completionsAt('agreement A {\n    term [Lead] = "A contact."\n    summary "Marketing sends [Le<|>] today"\n}');
        expect(list.items[0].textEdit).toEqual({
            range: { start: { line: 2, character: 30 }, end: { line: 2, character: 33 } },
            newText: 'Lead]'
        });
    });

    test('after counts [ outside prose', async () => {
        const list = await completionsAt('agreement A {\n    term [Lead] = "A contact."\n    service S {\n        metric M {\n            counts [<|>\n        }\n    }\n}');
        expect(list.items.map(item => item.label)).toEqual(['[Lead]']);
    });

    test('terms of imported shared glossaries come after the agreement\'s own, with their file', async () => {
        await parseHelper(services.Sla)('glossary Common {\n    term [Business Day] = "Monday to Friday."\n}', { documentUri: 'file:///work/common.sla' });
        const list = await completionsAt('import "common.sla"\nagreement A {\n    term [Lead] = "A contact."\n    summary "Within one [<|>"\n}', { documentUri: 'file:///work/a.sla' });
        expect(list.items.map(item => [item.label, item.detail])).toEqual([
            ['[Lead]', 'Term'],
            ['[Business Day]', 'Term (common.sla)']
        ]);
    });

    test('plain prose proposes nothing', async () => {
        await complete({ text: 'agreement A {\n    term [Lead] = "A contact."\n    summary "Marketing sends <|>"\n}', index: 0, expectedItems: [] });
    });

    test('where a mention is being typed', () => {
        expect(mentionRangeAt('summary "a [Le', 14)).toEqual({ start: 11, end: 14 });
        expect(mentionRangeAt('summary "a \\[Le', 15)).toBeUndefined();
        expect(mentionRangeAt('term [Le', 8)).toBeUndefined();
        expect(mentionRangeAt('times [', 7)).toEqual({ start: 6, end: 7 });
        expect(isInsideProse('a "b" // "c\n"d', 14)).toBe(true);
        expect(isInsideProse('a "b" // "c\n"d', 9)).toBe(false);
        expect(isInsideProse('a "b\\"c', 7)).toBe(true);
        // As the lexer reads them: a bracketed term may hold `//`, a line comment ends at a lone CR,
        // an unterminated `/*` is no comment.
        expect(isInsideProse('term [a//b] = "x', 16)).toBe(true);
        expect(isInsideProse('a // b\r"c', 9)).toBe(true);
        expect(isInsideProse('a /* b "c', 9)).toBe(true);
    });
});

describe('clause snippets', () => {

    async function snippet(text: string, label: string): Promise<CompletionItem> {
        const list = await completionsAt(text);
        const item = list.items.find(candidate => candidate.label === label && candidate.kind === CompletionItemKind.Snippet);
        expect(item?.insertTextFormat).toBe(InsertTextFormat.Snippet);
        return item!;
    }

    const PARTIES = 'agreement A {\n    party Acme "Acme IT" provider\n    party Shop "Shop Ltd" customer\n';

    test('a whole metric, controlled by the agreement\'s provider', async () => {
        const item = await snippet(`${PARTIES}    service S {\n        <|>\n    }\n}`, 'metric');
        expect(item.textEdit?.newText).toBe([
            'metric ${1:Name} "${2:Title}" {',
            '    counts "${3:what is counted}"',
            '    target ${4|>=,<=,>,<,=|} ${5:100} per ${6|month,week,day,quarter,year|}',
            '    measured by "${7:the tool that tracks it}" every ${8|day,week,month|}',
            '    controlled by ${9:Acme}',
            '}'
        ].join('\n'));
    });

    test('a severity level with its escalation', async () => {
        const item = await snippet('agreement A {\n    <|>\n}', 'severity');
        expect(item.textEdit?.newText).toBe([
            'severity ${1:Critical} "${2:Service unavailable}" {',
            '    response within ${3:1} ${4|hour,hours,minutes,business-day,days|}',
            '    resolution within ${5:8} ${6|hours,business-days,days|}',
            '    escalate after ${7:4} ${8|hours,minutes,business-days,days|} to "${9:Service Level Manager}"',
            '}'
        ].join('\n'));
    });

    test('credit tiers for the first metric', async () => {
        const item = await snippet('agreement A {\n    service S {\n        metric Uptime {\n        }\n    }\n    <|>\n}', 'remedies');
        expect(item.textEdit?.newText).toBe([
            'remedies {',
            '    credit ${1:5} % when below ${2:99} % for ${3:Uptime}',
            '    credit ${4:10} % when below ${5:95} % for ${6:Uptime}',
            '    cap ${7:20} % per ${8|month,week,day,quarter,year|}',
            '}'
        ].join('\n'));
    });

    test('a fee, and credits of the agreement\'s fee for its first metric, with a ranged tier and a cap', async () => {
        const agreement = 'agreement A {\n    fee Hosting 900 EUR per month\n    service S {\n        metric Uptime {\n        }\n    }\n    <|>\n}';
        expect((await snippet(agreement, 'fee')).textEdit?.newText).toBe('fee ${1:HostingFee} ${2:12000} ${3:EUR} per ${4|month,week,day,quarter,year|}');
        expect((await snippet(agreement, 'credits')).textEdit?.newText).toBe([
            'credits ${1:Standard} of ${2:Hosting} for ${3:Uptime} {',
            '    ${4:10} % from ${5:99.0} % to below ${6:99.9} %',
            '    ${7:25} % below ${8:99.0} %',
            '    cap ${9:50} % per ${10|month,week,day,quarter,year|}',
            '}'
        ].join('\n'));
    });

    test('computed as, earn-back, and a penalty and a reward with a trigger', async () => {
        expect((await snippet('agreement A {\n    service S {\n        metric Uptime {\n            <|>\n        }\n    }\n}', 'computed as')).textEdit?.newText)
            .toBe('computed as ${1|sum,recorded,average,maximum,minimum,availability from downtime|}');
        const remedies = 'agreement A {\n    service S {\n        metric Uptime {\n        }\n    }\n    remedies {\n        <|>\n    }\n}';
        expect((await snippet(remedies, 'earn-back after')).textEdit?.newText).toBe('earn-back after ${1:3} ${2|months,weeks,days|} at or above target');
        expect((await snippet(remedies, 'penalty')).textEdit?.newText).toBe('penalty "${1:Escalation to the steering board.}" when ${2:Uptime} below target ${3:2} periods in a row');
        expect((await snippet(remedies, 'reward')).textEdit?.newText).toBe('reward "${1:A bonus of 2 % of the fee.}" when ${2:Uptime} at or above target ${3:3} periods in a row');
    });

    test('a termination clause with its notice period', async () => {
        const item = await snippet('agreement A {\n    <|>\n}', 'termination');
        expect(item.textEdit?.newText).toBe([
            'termination {',
            '    notice ${1:30} ${2|days,weeks,months|} by either party',
            '    condition "${3:Either party may end this agreement when the other repeatedly misses its service levels.}"',
            '    expiry "${4:The agreement expires at the end of its period unless both parties renew it.}"',
            '}'
        ].join('\n'));
    });

    test('a glossary term', async () => {
        const item = await snippet('agreement A {\n    glossary {\n        <|>\n    }\n}', 'term');
        expect(item.textEdit?.newText).toBe('term [${1:Term}] = "${2:What the term means in this agreement.}"');
    });

    test('a review with the agreement\'s parties', async () => {
        const item = await snippet(`${PARTIES}    <|>\n}`, 'review every');
        expect(item.textEdit?.newText).toBe('review every ${1|year,quarter,month|} with ${2:Acme, Shop}');
    });
});

describe('clients without snippet support', () => {
    beforeEach(() => {
        services.Sla.sla.Settings.snippetSupport = false;
    });

    test('get each keyword once, and the clause as plain text with its placeholders as words', async () => {
        const list = await completionsAt('agreement A {\n    glossary {\n        <|>\n    }\n}');
        const terms = list.items.filter(item => item.label === 'term');
        expect(terms.map(item => [item.kind, item.insertTextFormat, item.textEdit?.newText])).toEqual([
            [CompletionItemKind.Keyword, InsertTextFormat.PlainText, 'term [Term] = "What the term means in this agreement."']
        ]);
        expect(list.items.some(item => item.insertTextFormat === InsertTextFormat.Snippet)).toBe(false);
    });

    test('a multi-line clause is indented where it is inserted', async () => {
        const list = await completionsAt('agreement A {\n    <|>\n}');
        const termination = list.items.filter(item => item.label === 'termination');
        expect(termination.map(item => item.textEdit?.newText)).toEqual([[
            'termination {',
            '        notice 30 days by either party',
            '        condition "Either party may end this agreement when the other repeatedly misses its service levels."',
            '        expiry "The agreement expires at the end of its period unless both parties renew it."',
            '    }'
        ].join('\n')]);
    });
});
