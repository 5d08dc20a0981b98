import type { IProduction, LookaheadProductionType, Rule } from 'chevrotain';
import { Alternation, getLookaheadPaths, NonTerminal, Option, Repetition, RepetitionMandatory, RepetitionMandatoryWithSeparator, RepetitionWithSeparator, Terminal } from 'chevrotain';
import type { LangiumDocument } from 'langium';
import { parseHelper } from 'langium/test';
import { DefaultCompletionProvider } from 'langium/lsp';
import type { MockInstance } from 'vitest';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { CompletionItem } from 'vscode-languageserver';
import { CompletionRestart } from '../../../packages/language/src/lsp/completion-restart.js';
import { OutlineTokens } from '../../../packages/language/src/lsp/outline-tokens.js';
import { isInsideProse, mentionRangeAt } from '../../../packages/language/src/lsp/prose-scan.js';
import { SlaCompletionProvider } from '../../../packages/language/src/lsp/sla-completion-provider.js';
import type { SlaServices } from '../../../packages/language/src/sla-module.js';
import type { TestServices } from '../../helpers/sla-test-services.js';
import { createTestServices } from '../../helpers/sla-test-services.js';
import { cursor } from './lsp-test-helpers.js';

/** Completion as Langium computes it: lexing and parsing the whole text before the cursor. */
class FullParseCompletionProvider extends SlaCompletionProvider {
    protected override findFeaturesAt(...args: Parameters<SlaCompletionProvider['findFeaturesAt']>) {
        return DefaultCompletionProvider.prototype['findFeaturesAt'].apply(this, args);
    }

    protected override backtrackToAnyToken(...args: Parameters<SlaCompletionProvider['backtrackToAnyToken']>) {
        return DefaultCompletionProvider.prototype['backtrackToAnyToken'].apply(this, args);
    }
}

let services: TestServices;
let fullParse: FullParseCompletionProvider;
let restarts: MockInstance<CompletionRestart['featuresAt']>;

beforeEach(() => {
    services = createTestServices();
    // The helpers type the services from the built package; at run time they are these sources.
    fullParse = new FullParseCompletionProvider(services.Sla as unknown as SlaServices);
    restarts = vi.spyOn(CompletionRestart.prototype, 'featuresAt');
});

afterEach(() => {
    restarts.mockRestore();
});

async function parse(text: string): Promise<LangiumDocument> {
    return parseHelper(services.Sla)(text);
}

async function itemsAt(provider: SlaCompletionProvider, document: LangiumDocument, offset: number): Promise<CompletionItem[]> {
    const position = document.textDocument.positionAt(offset);
    const list = await provider.getCompletion(document, { textDocument: { uri: document.uri.toString() }, position });
    return list?.items ?? [];
}

/** The items at `offset`, checked to be those of the full parse; `restarted` tells whether a partial parse gave them. */
async function completionAt(document: LangiumDocument, offset: number): Promise<{ items: CompletionItem[]; restarted: boolean }> {
    restarts.mockClear();
    const items = await itemsAt(services.Sla.lsp.CompletionProvider as SlaCompletionProvider, document, offset);
    const restarted = restarts.mock.results.some(result => result.value !== undefined);
    expect(items, `at ${JSON.stringify(document.textDocument.getText().slice(Math.max(0, offset - 40), offset))}`)
        .toEqual(await itemsAt(fullParse, document, offset));
    return { items, restarted };
}

/** Items with their edit ranges counted in lines from the cursor, to compare the same clause at different depths. */
function relativeTo(line: number, items: CompletionItem[]): CompletionItem[] {
    const shift = (position: { line: number; character: number }) => ({ line: position.line - line, character: position.character });
    return items.map(item => item.textEdit && 'range' in item.textEdit
        ? { ...item, textEdit: { ...item.textEdit, range: { start: shift(item.textEdit.range.start), end: shift(item.textEdit.range.end) } } }
        : item);
}

const PARTIES = [
    '    term [Lead] aka [Leads] = "A contact."',
    '    party Acme "Acme IT" provider',
    '    party Shop "Shop Ltd" customer',
    '    service Base {',
    '        metric Uptime "Availability" {',
    '            target >= 99 %',
    '        }',
    '    }',
    ''
].join('\n');

/** 1,008 lines of services, each with a metric. */
const THOUSAND_LINES = Array.from({ length: 112 }, (_, index) => [
    `    service Region${index} "Leads, region ${index}" {`,
    '        provided by Acme to Shop',
    `        metric Leads${index} "Qualified leads, region ${index}" {`,
    '            counts "Leads"',
    '            target >= 400 per month',
    '            measured by "CRM" every day',
    '            controlled by Acme',
    '        }',
    '    }'
].join('\n') + '\n').join('');

/**
 * Cursor positions, each in an agreement that `<deep>` can make 1,000 lines longer before the
 * cursor's clause; `restarted` when completion parses from the clause, `none` when nothing can come.
 */
const POSITIONS: Record<string, { text: string; restarted: boolean; none?: true }> = {
    'between two clauses': {
        text: `agreement A {\n${PARTIES}<deep>    kind internal\n    <|>\n    model service-based\n}`,
        restarted: true
    },
    'after a clause keyword': {
        text: `agreement A {\n${PARTIES}<deep>    kind <|>\n}`,
        restarted: true
    },
    'in a service': {
        text: `agreement A {\n${PARTIES}<deep>    service S {\n        <|>\n    }\n}`,
        restarted: true
    },
    'in a metric of a service': {
        text: `agreement A {\n${PARTIES}<deep>    service S {\n        metric M {\n            counts "Leads"\n            <|>\n        }\n    }\n}`,
        restarted: true
    },
    'in a target of a metric': {
        text: `agreement A {\n${PARTIES}<deep>    service S {\n        metric M {\n            target >= 4 <|>\n        }\n    }\n}`,
        restarted: true
    },
    'before the period of a target': {
        text: `agreement A {\n${PARTIES}<deep>    service S {\n        metric M {\n            target >= 4 per <|>month\n        }\n    }\n}`,
        restarted: true
    },
    'a reference being typed': {
        text: `agreement A {\n${PARTIES}<deep>    service S {\n        metric M {\n            controlled by Ac<|>\n        }\n    }\n}`,
        restarted: true
    },
    'a half-typed keyword': {
        text: `agreement A {\n${PARTIES}<deep>    service S {\n        metric M {\n            co<|>\n        }\n    }\n}`,
        restarted: true
    },
    'a half-typed clause': {
        text: `agreement A {\n${PARTIES}<deep>    ser<|>\n}`,
        restarted: true
    },
    'unclosed blocks at the end of the file': {
        text: `agreement A {\n${PARTIES}<deep>    service S {\n        metric M {\n            target <|>`,
        restarted: true
    },
    'after a comment': {
        text: `agreement A {\n${PARTIES}<deep>    service S {\n        // Escalation follows the shared levels.\n        <|>\n    }\n}`,
        restarted: true
    },
    'after a closing quote': {
        text: `agreement A {\n${PARTIES}<deep>    summary "Leads for Sales."<|>\n}`,
        restarted: true
    },
    'a measurement row': {
        text: `agreement A {\n${PARTIES}    service S {\n        metric Leads {\n            segment Big target >= 10 per month\n        }\n    }\n<deep>    measurements for Leads {\n        2026-01-05 6 <|>\n    }\n}`,
        restarted: true
    },
    'the end of the file': {
        text: `agreement A {\n${PARTIES}<deep>    kind internal\n}\n<|>`,
        restarted: true,
        none: true
    },
    'the end of the file, right after the closing brace': {
        text: `agreement A {\n${PARTIES}<deep>}<|>`,
        restarted: true,
        none: true
    },
    'a term mention being typed in prose': {
        text: `agreement A {\n${PARTIES}<deep>    summary "Marketing sends [Le<|>"\n}`,
        restarted: false
    },
    'a term mention after counts': {
        text: `agreement A {\n${PARTIES}<deep>    service S {\n        metric M {\n            counts [<|>\n        }\n    }\n}`,
        restarted: false
    },
    'plain prose': {
        text: `agreement A {\n${PARTIES}<deep>    summary "Marketing sends <|>"\n}`,
        restarted: false,
        none: true
    },
    'the start of the file': {
        text: '<|>agreement A {\n}',
        restarted: false
    },
    'after a syntax error earlier in the file': {
        text: `agreement A {\n${PARTIES}<deep>    kind sometimes\n    service S {\n        <|>\n    }\n}`,
        restarted: false
    }
};

describe('completion reads only the clause around the cursor', () => {

    test.each(Object.entries(POSITIONS))('%s: the items of the full parse', async (_name, { text, restarted, none }) => {
        const { text: source, offset } = cursor(text.replace('<deep>', ''));
        const result = await completionAt(await parse(source), offset);
        expect(result.items.length === 0).toBe(none === true);
        expect(result.restarted).toBe(restarted);
    });

    test.each(Object.entries(POSITIONS).filter(([, { text }]) => text.includes('<deep>')))(
        '%s: after 1,000 more lines, the items of the short agreement', async (_name, { text }) => {
            const short = cursor(text.replace('<deep>', ''));
            const long = cursor(text.replace('<deep>', THOUSAND_LINES));
            const shortDocument = await parse(short.text);
            const longDocument = await parse(long.text);
            const shortItems = (await completionAt(shortDocument, short.offset)).items;
            const longItems = (await completionAt(longDocument, long.offset)).items;
            expect(relativeTo(longDocument.textDocument.positionAt(long.offset).line, longItems))
                .toEqual(relativeTo(shortDocument.textDocument.positionAt(short.offset).line, shortItems));
        });

    const SAMPLE = [
        'import "common.sla"',
        '// An agreement with a bit of everything.',
        'agreement A "Leads for Sales" {',
        '    kind internal',
        '    party Acme "Acme IT" provider {',
        '        representative "Dana" as "Manager"',
        '    }',
        '    party Shop "Shop Ltd" customer',
        '    glossary {',
        '        term [Lead] aka [Leads], [Contacts] = "A contact. See [Lead] \\"quoted\\"."',
        '    }',
        '    /* services */',
        '    service S "Leads" {',
        '        provided by Acme to Shop',
        '        metric M {',
        '            counts [Lead]',
        '            target >= 4 hours per case',
        '            segment Big "Big ones" target >= 10 per month',
        '            pace daily',
        '        }',
        '    }',
        '    severity High {',
        '        response within 1 hour',
        '    }',
        '    remedies {',
        '        credit 5 % when below 99 % for M',
        '    }',
        '    measurements for M {',
        '        2026-01-05 6 Big',
        '    }',
        '}',
        ''
    ].join('\n');

    test.each([
        ['a whole agreement', SAMPLE],
        ['a file cut in a metric', SAMPLE.slice(0, SAMPLE.indexOf('            segment'))],
        ['a half-typed clause in a service', SAMPLE.replace('        metric M {', '        met\n        metric M {')],
        ['a reference left out', SAMPLE.replace('provided by Acme to Shop', 'provided by to Shop')],
        ['an unterminated string', SAMPLE.replace('"Big ones"', '"Big ones')],
        ['an unterminated comment', SAMPLE.replace('    /* services */', '    /* services')],
        ['a stray character', SAMPLE.replace('    kind internal', '    kind internal @')]
    ])('%s: the items of the full parse at every offset', async (_name, text) => {
        const document = await parse(text);
        for (let offset = 0; offset <= text.length; offset++) {
            await completionAt(document, offset);
        }
    }, 60_000);
});

describe('prose is found from the outline token before the cursor\'s line as from the file start', () => {

    const TRICKY = [
        'agreement A {',
        '    term [Lead] aka [Leads] = "A contact, \\"quoted\\", [not a term and [Lead]."',
        '    term [See http://example.com] = "A term with a comment start // in its name."',
        '    // A comment with a "quote',
        '    /* A comment with',
        '       a "quote */ summary "Two',
        '    lines, with [Lead] and [Le"',
        '    service S {',
        '        metric M {',
        '            counts [Le',
        '            times [Lead]',
        '        }',
        '    }',
        '    section "Unterminated',
        '}'
    ].join('\n');

    test.each([
        ['a tricky agreement', TRICKY],
        ['an unterminated comment', TRICKY.replace('quote */', 'quote')],
        ['old Mac line ends', TRICKY.replaceAll('\n', '\r')]
    ])('%s', async (_name, text) => {
        const document = await parse(text);
        const root = document.parseResult.value.$cstNode!.root;
        const outlineTokens = new OutlineTokens(services.Sla);
        let laterStarts = 0;
        for (let offset = 0; offset <= text.length; offset++) {
            const lineStart = document.textDocument.offsetAt({ line: document.textDocument.positionAt(offset).line, character: 0 });
            const from = outlineTokens.startBefore(root, lineStart);
            laterStarts += from > 0 ? 1 : 0;
            expect(isInsideProse(text, offset, from), `inside prose at ${offset}`).toBe(isInsideProse(text, offset));
            expect(mentionRangeAt(text, offset, from), `mention at ${offset}`).toEqual(mentionRangeAt(text, offset));
        }
        expect(laterStarts).toBeGreaterThan(text.length / 2);
    });
});

describe('the grammar', () => {

    test('decides every choice on one token, as the partial parse assumes', () => {
        // A partial parse starts at the token before the cursor: a decision there reading further would see the cursor's end of input.
        const parser = services.Sla.parser.CompletionParser as unknown as { wrapper: { getGAstProductions(): Record<string, Rule> } };
        const lookahead = services.Sla.parser.ParserConfig?.maxLookahead ?? 3;
        const decisions: string[] = [];
        for (const rule of Object.values(parser.wrapper.getGAstProductions())) {
            for (const { idx, type } of rule.definition.flatMap(decisionsIn)) {
                const paths = getLookaheadPaths({ occurrence: idx, rule, prodType: type, maxLookahead: lookahead });
                decisions.push(`${rule.name} ${type} ${idx}: ${Math.max(...paths.flat().map(path => path.length))}`);
            }
        }
        expect(decisions.length).toBeGreaterThan(30);
        expect(decisions.filter(decision => !/: [01]$/.test(decision))).toEqual([]);
    });
});

const DECISION_TYPES = [
    [Alternation, 'Alternation'], [Option, 'Option'], [Repetition, 'Repetition'], [RepetitionMandatory, 'RepetitionMandatory'],
    [RepetitionMandatoryWithSeparator, 'RepetitionMandatoryWithSeparator'], [RepetitionWithSeparator, 'RepetitionWithSeparator']
] as const;

/** The choices the parser makes inside a production: alternatives, options and repetitions. */
function decisionsIn(production: IProduction): Array<{ idx: number; type: LookaheadProductionType }> {
    if (production instanceof NonTerminal || production instanceof Terminal) {
        return [];
    }
    const nested = (production as unknown as { definition: IProduction[] }).definition.flatMap(decisionsIn);
    const type = DECISION_TYPES.find(([kind]) => production instanceof kind)?.[1];
    return type ? [{ idx: (production as unknown as { idx: number }).idx, type }, ...nested] : nested;
}
