import type { CustomPatternMatcherReturn, IMultiModeLexerDefinition, TokenType, TokenVocabulary } from 'chevrotain';
import type { Grammar, TokenBuilderOptions } from 'langium';
import { DefaultTokenBuilder } from 'langium';

/** Tokens that only exist inside a quoted string. */
const PROSE_ONLY = new Set(['PROSE_TEXT', 'PROSE_END']);
/** Tokens shared by both modes: a bracketed term is a mention in prose and a reference outside. */
const PROSE_TOKENS = ['PROSE_END', 'MENTION', 'PROSE_TEXT'];

export const DEFAULT_MODE = 'outline';
export const PROSE_MODE = 'prose';

/**
 * Lexes `.sla` in two modes. Outside quotes: keywords, names, numbers, dates.
 * Inside quotes: free text and `[Term]` mentions, so that a mention is a real reference
 * (go to definition, find references, rename and linking work on it) while every other
 * character of the prose stays text.
 */
export class SlaTokenBuilder extends DefaultTokenBuilder {
    override buildTokens(grammar: Grammar, options?: TokenBuilderOptions): TokenVocabulary {
        const tokens = super.buildTokens(grammar, options) as TokenType[];
        const byName = new Map(tokens.map(token => [token.name, token]));
        const outline = tokens.filter(token => !PROSE_ONLY.has(token.name));
        const prose = PROSE_TOKENS.map(name => byName.get(name)!);
        const definition: IMultiModeLexerDefinition = {
            modes: { [DEFAULT_MODE]: outline, [PROSE_MODE]: prose },
            defaultMode: DEFAULT_MODE
        };
        return definition;
    }

    /** A keyword never falls back to a prose-only token: those exist only inside quotes. */
    protected override findLongerAlt(...args: Parameters<DefaultTokenBuilder['findLongerAlt']>): TokenType[] {
        return super.findLongerAlt(...args).filter(token => !PROSE_ONLY.has(token.name));
    }

    protected override buildTerminalToken(terminal: Parameters<DefaultTokenBuilder['buildTerminalToken']>[0]): TokenType {
        const token = super.buildTerminalToken(terminal);
        // The grammar's regular expressions for these backtrack once per character: V8 ran out
        // of stack on a quoted string of some megabytes, and an unclosed `/*` scanned to the end
        // of the text each time. Each matcher here is a loop that gives the regex's match.
        if (terminal.name === 'PROSE_TEXT') {
            token.PATTERN = { exec: matchProseText };
            token.LINE_BREAKS = true;
        } else if (terminal.name === 'ML_COMMENT') {
            token.PATTERN = { exec: matchBlockComment };
            token.START_CHARS_HINT = ['/'];
            token.LINE_BREAKS = true;
        }
        if (terminal.name === 'PROSE_START') {
            token.PUSH_MODE = PROSE_MODE;
        } else if (terminal.name === 'PROSE_END') {
            token.POP_MODE = true;
        }
        return token;
    }
}

type Match = CustomPatternMatcherReturn;

function matched(text: string, offset: number, end: number): Match {
    return [text.substring(offset, end)];
}

/**
 * `PROSE_TEXT` of the grammar, `(?:\\[\s\S]|[^"\\\[])+|\[`: a run of characters other than a
 * quote, a backslash or `[`, where a backslash escapes the character after it; or a `[` that
 * does not open a mention. Here one run also takes in each `[` that opens no mention, so
 * that a text of many brackets is a few tokens, not one per bracket; a `[` that opens a
 * mention ends the run, as before, and the lexer reads the mention next. The text of the
 * prose is the same. Linear in the run, with no recursion: each character is read at most
 * twice, once by the run and once while looking for a mention's `]`.
 */
export function matchProseText(text: string, offset: number): Match | null {
    let end = offset;
    while (end < text.length) {
        const code = text.charCodeAt(end);
        if (code === QUOTE) {
            break;
        }
        if (code === LEFT_BRACKET) {
            if (opensMention(text, end)) {
                break;
            }
            end++;
        } else if (code === BACKSLASH) {
            if (end + 1 >= text.length) {
                break;
            }
            end += 2;
        } else {
            end++;
        }
    }
    return end > offset ? matched(text, offset, end) : null;
}

/** Whether the `[` at `offset` starts a MENTION token, `\[[^\[\]\r\n"]*\]`. */
function opensMention(text: string, offset: number): boolean {
    for (let index = offset + 1; index < text.length; index++) {
        const code = text.charCodeAt(index);
        if (code === RIGHT_BRACKET) {
            return true;
        }
        if (code === LEFT_BRACKET || code === QUOTE || code === 0x0a || code === 0x0d) {
            return false;
        }
    }
    return false;
}

/** Where the last `*\/` of the last text lexed starts: a `/*` after it is never closed. */
let lastCloseOf: { text: string; at: number } | undefined;

/**
 * `ML_COMMENT` of the grammar, `\/\*[\s\S]*?\*\/`: from `/*` to the first `*\/` after it. A `/*`
 * that is never closed fails at once, so that a text of many of them is not scanned to its
 * end once each.
 */
export function matchBlockComment(text: string, offset: number): Match | null {
    if (text.charCodeAt(offset) !== SLASH || text.charCodeAt(offset + 1) !== STAR) {
        return null;
    }
    if (lastCloseOf?.text !== text) {
        lastCloseOf = { text, at: text.lastIndexOf('*/') };
    }
    if (lastCloseOf.at < offset + 2) {
        return null;
    }
    const close = text.indexOf('*/', offset + 2);
    return matched(text, offset, close + 2);
}

const QUOTE = 0x22;
const SLASH = 0x2f;
const STAR = 0x2a;
const BACKSLASH = 0x5c;
const LEFT_BRACKET = 0x5b;
const RIGHT_BRACKET = 0x5d;
