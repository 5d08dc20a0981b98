/**
 * Ways a user breaks an agreement while typing or pasting: tokens deleted, duplicated or
 * swapped, a file cut short, random bytes, huge numbers and impossible dates, deep
 * nesting, very long lines, unbalanced quotes and brackets. Each mutation works on the
 * token stream of the text, so it hits the places that matter to the parser.
 */
import type { Random } from './harness.js';

/** A token as the SLA lexer produced it: its type name and offsets in the text. */
export interface TokenSpan {
    type: string;
    start: number;
    end: number;
}

export interface Mutation {
    name: string;
    apply(text: string, tokens: TokenSpan[], random: Random): string;
}

const KEYWORDS = [
    'agreement', 'service', 'metric', 'term', 'glossary', 'party', 'target', 'measured', 'by', 'controlled', 'segment',
    'pace', 'daily', 'period', 'to', 'open-ended', 'renews', 'every', 'termination', 'notice', 'either', 'remedies',
    'credit', 'when', 'below', 'earn-back', 'severity', 'escalate', 'after', 'measurements', 'for', 'from', 'import',
    'exclusions', 'review', 'meeting', 'section', 'references', 'document', 'at', '{', '}', ',', '=', '>=', '<', '%'
];

/** Characters that are hard on lexers, escapers and position arithmetic. */
const NASTY = [
    '\u0000', '\u0001', '\u001b', '\t', '\r', '\r\n', '\u2028', '\u2029', '\uFEFF', '\uD800', '\uDFFF', '😀', '👩‍💻',
    'é', '\u0301', 'ß', '中', '"', '\\', '[', ']', '{', '}', '<', '>', '&', '`', '*', '_', '#', '|', '$', '/', '*/', '/*', '//'
];

function splice(text: string, start: number, end: number, insert: string): string {
    return text.slice(0, start) + insert + text.slice(end);
}

function someToken(tokens: TokenSpan[], random: Random, types?: string[]): TokenSpan | undefined {
    const candidates = types ? tokens.filter(token => types.includes(token.type)) : tokens;
    return candidates.length > 0 ? random.pick(candidates) : undefined;
}

function randomBytes(random: Random, length: number): string {
    let text = '';
    for (let index = 0; index < length; index++) {
        text += random.chance(0.5) ? random.pick(NASTY) : String.fromCharCode(32 + random.int(95));
    }
    return text;
}

/** Edits of the token stream: what typing, deleting and pasting in the wrong place do. */
export const TOKEN_MUTATIONS: Mutation[] = [
    {
        name: 'delete token',
        apply: (text, tokens, random) => {
            const token = someToken(tokens, random);
            return token ? splice(text, token.start, token.end, '') : text;
        }
    },
    {
        name: 'duplicate token',
        apply: (text, tokens, random) => {
            const token = someToken(tokens, random);
            return token ? splice(text, token.end, token.end, ` ${text.slice(token.start, token.end)}`) : text;
        }
    },
    {
        name: 'swap tokens',
        apply: (text, tokens, random) => {
            if (tokens.length < 2) {
                return text;
            }
            const first = random.int(tokens.length - 1);
            const second = random.chance(0.5) ? first + 1 : first + 1 + random.int(tokens.length - first - 1);
            const [a, b] = [tokens[first], tokens[second]];
            return text.slice(0, a.start) + text.slice(b.start, b.end) + text.slice(a.end, b.start) + text.slice(a.start, a.end) + text.slice(b.end);
        }
    },
    {
        name: 'truncate',
        apply: (text, _tokens, random) => text.slice(0, random.int(text.length + 1))
    },
    {
        name: 'insert keyword',
        apply: (text, tokens, random) => {
            const token = someToken(tokens, random);
            const at = token ? (random.chance(0.5) ? token.start : token.end) : 0;
            return splice(text, at, at, ` ${random.pick(KEYWORDS)} `);
        }
    },
    {
        name: 'unbalance',
        apply: (text, tokens, random) => {
            const token = someToken(tokens, random, ['PROSE_START', 'PROSE_END', 'MENTION', '{', '}']);
            if (!token) {
                return text;
            }
            if (token.type === 'MENTION') {
                // `[Term]` → `[Term` or `Term]`: a bracket left open inside prose.
                return random.chance(0.5) ? splice(text, token.end - 1, token.end, '') : splice(text, token.start, token.start + 1, '');
            }
            return splice(text, token.start, token.end, '');
        }
    }
];

/** Inputs at the extremes: random bytes, huge numbers, deep nesting, very long lines. */
export const EXTREME_MUTATIONS: Mutation[] = [
    {
        name: 'random bytes',
        apply: (text, _tokens, random) => {
            const at = random.int(text.length + 1);
            return splice(text, at, at, randomBytes(random, 1 + random.int(24)));
        }
    },
    {
        name: 'huge number',
        apply: (text, tokens, random) => {
            const token = someToken(tokens, random, ['NUMBER', 'DATE']);
            if (!token) {
                return text;
            }
            const replacement = token.type === 'DATE'
                ? random.pick(['9999-99-99', '0000-00-00', '2026-02-30', '2026-13-01', '1900-01-01', '9999-12-31'])
                : random.pick(['9'.repeat(1 + random.int(400)), `0.${'0'.repeat(300)}1`, '1'.repeat(20), '0', '00000', '999999999999999999999.999999']);
            return splice(text, token.start, token.end, replacement);
        }
    },
    {
        name: 'deep nesting',
        apply: (text, tokens, random) => {
            const token = someToken(tokens, random);
            const at = token ? token.end : 0;
            const depth = 50 + random.int(1500);
            const unit = random.pick(['{', '{ ', 'service S {', 'metric M {', '[', '"', '"[', '/*', '}', '{ term [T] = "']);
            return splice(text, at, at, ` ${unit.repeat(depth)} `);
        }
    },
    {
        name: 'long line',
        apply: (text, tokens, random) => {
            const token = someToken(tokens, random);
            const at = token ? token.end : 0;
            const length = 20_000 + random.int(80_000);
            const filler = random.pick([
                () => ` "${'lorem ipsum '.repeat(length / 12)}" `,
                () => ` ${'A'.repeat(length)} `,
                () => ` // ${'x'.repeat(length)}\n`,
                () => ` "${'[Case] '.repeat(length / 7)}" `,
                () => ` ${'1'.repeat(length)} `
            ]);
            return splice(text, at, at, filler());
        }
    }
];

/** Mutations that make texts huge are rarer, so the run spends its time on many cases. */
const WEIGHTS: Record<string, number> = { 'deep nesting': 0.4, 'long line': 0.25 };

export function pickMutation(random: Random, mutations: Mutation[]): Mutation {
    for (;;) {
        const mutation = random.pick(mutations);
        if (random.chance(WEIGHTS[mutation.name] ?? 1)) {
            return mutation;
        }
    }
}
