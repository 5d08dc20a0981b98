/**
 * The token stream of a text as the SLA lexer sees it, for comparisons that ignore layout:
 * formatting must keep every token and every comment, and change only the white space
 * between them. Prose text is compared exactly (its spaces are content); comments with
 * their inner white space folded, since re-indenting a block comment is layout.
 */
import type { TestServices } from '../helpers/sla-test-services.js';

export interface Token {
    type: string;
    image: string;
    start: number;
    end: number;
}

const COMMENTS = new Set(['SL_COMMENT', 'ML_COMMENT']);

/** Tokens and comments in text order. */
export function tokensOf(services: TestServices, text: string): Token[] {
    const result = services.Sla.parser.Lexer.tokenize(text);
    return [...result.tokens, ...result.hidden]
        .map(token => ({ type: token.tokenType.name, image: token.image, start: token.startOffset, end: (token.endOffset ?? token.startOffset) + 1 }))
        .sort((a, b) => a.start - b.start);
}

/** What layout may not change: each token's type and text. */
export function layoutFree(tokens: Token[]): string[] {
    return tokens.map(token => `${token.type} ${COMMENTS.has(token.type) ? token.image.replace(/\s+/g, ' ').trim() : token.image}`);
}

export function isComment(token: Token): boolean {
    return COMMENTS.has(token.type);
}
