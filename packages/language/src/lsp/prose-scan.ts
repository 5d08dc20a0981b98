/**
 * Where the cursor stands with respect to prose, found from the text as the lexer would read it,
 * so that completion needs no parse inside quotes. `from` is where the scan starts: 0, or the
 * start of a token read outside prose (see `outline-tokens.ts`), so that the text before it need
 * not be read again.
 */

/** Characters a bracketed term may contain (the MENTION token without its brackets). */
const MENTION_CHAR = /[^[\]\r\n"]/;
/**
 * Tokens outside prose that may hold a quote or a comment start, with the lexer's patterns
 * (SL_COMMENT, ML_COMMENT and MENTION in sla.langium): the scan skips them as the lexer does.
 */
const QUOTE_HIDING_TOKEN = /\/\/[^\n\r]*|\/\*[\s\S]*?\*\/|\[[^[\]\r\n"]*\]/y;
/** `counts` or `times` and spaces at the end of the text. */
const AFTER_COUNTS_OR_TIMES = /\b(counts|times)\s*$/;

/**
 * Whether `offset` lies inside a quoted string. Scans as the lexer does: comments, bracketed
 * terms and escapes are skipped, an unterminated string runs to the end.
 */
export function isInsideProse(text: string, offset: number, from = 0): boolean {
    let inProse = false;
    let index = from;
    while (index < offset) {
        const char = text[index];
        if (inProse) {
            if (char === '\\') {
                index += 2;
                continue;
            }
            // PROSE_END: a quote before a NUL character does not close the string.
            if (char === '"' && text[index + 1] !== '\u0000') {
                inProse = false;
            }
        } else if (char === '"') {
            inProse = true;
        } else if (char === '/' || char === '[') {
            QUOTE_HIDING_TOKEN.lastIndex = index;
            if (QUOTE_HIDING_TOKEN.test(text)) {
                index = QUOTE_HIDING_TOKEN.lastIndex;
                continue;
            }
        }
        index++;
    }
    return inProse && index === offset;
}

/**
 * The bracketed term being typed at `offset`: from its `[` to the cursor, or to its `]` when
 * the bracket is already closed. Inside prose after an unescaped `[`, or after `counts [` /
 * `times [` outside prose. `from` must not lie after the start of the cursor's line.
 */
export function mentionRangeAt(text: string, offset: number, from = 0): { start: number; end: number } | undefined {
    let start = offset - 1;
    while (start >= 0 && MENTION_CHAR.test(text[start])) {
        start--;
    }
    if (start < 0 || text[start] !== '[') {
        return undefined;
    }
    if (isInsideProse(text, start, from)) {
        if (isEscaped(text, start)) {
            return undefined;
        }
    } else if (!AFTER_COUNTS_OR_TIMES.test(text.slice(Math.max(0, from - 1), start))) {
        // One character before `from` keeps the word boundary as it is in the whole text.
        return undefined;
    }
    let end = offset;
    while (end < text.length && MENTION_CHAR.test(text[end])) {
        end++;
    }
    return { start, end: text[end] === ']' ? end + 1 : offset };
}

function isEscaped(text: string, index: number): boolean {
    let backslashes = 0;
    for (let at = index - 1; at >= 0 && text[at] === '\\'; at--) {
        backslashes++;
    }
    return backslashes % 2 === 1;
}
