import type { LangiumCoreServices, LeafCstNode, RootCstNode } from 'langium';
import { isIMultiModeLexerDefinition } from 'langium';
import { tokensBefore, tokensFrom } from './cst-tokens.js';

/**
 * Tokens of the outline, the text outside prose: the lexer reads them in its default mode. The
 * prose mode is entered only from there and left again at the closing quote, so at the start of
 * such a token the lexer is outside prose and comments with nothing else on its mode stack.
 * Lexing from there, or scanning for quotes, gives what it gives from the start of the file.
 */
export class OutlineTokens {
    /** Tokens that the lexer (also) reads in another mode than its default one. */
    private readonly otherModeTokens: Set<string>;

    constructor(services: LangiumCoreServices) {
        const definition = services.parser.TokenBuilder.buildTokens(services.Grammar);
        const otherModes = isIMultiModeLexerDefinition(definition)
            ? Object.entries(definition.modes).filter(([mode]) => mode !== definition.defaultMode)
            : [];
        this.otherModeTokens = new Set(otherModes.flatMap(([, tokens]) => tokens.map(token => token.name)));
    }

    /** Whether the lexer read `token` in its default mode. */
    isOutline(token: LeafCstNode): boolean {
        return !this.otherModeTokens.has(token.tokenType.name);
    }

    /** The start of the last outline token that ends at or before `offset`; 0 if there is none. */
    startBefore(root: RootCstNode, offset: number): number {
        for (const token of tokensBefore(root, offset)) {
            if (this.isOutline(token)) {
                return token.offset;
            }
        }
        return 0;
    }

    /** The start of the first outline token at or after `offset`; the end of the text if there is none. */
    startFrom(root: RootCstNode, offset: number): number {
        for (const token of tokensFrom(root, offset)) {
            if (this.isOutline(token)) {
                return token.offset;
            }
        }
        return root.fullText.length;
    }
}
