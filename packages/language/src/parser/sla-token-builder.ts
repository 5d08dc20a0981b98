import type { IMultiModeLexerDefinition, TokenType, TokenVocabulary } from 'chevrotain';
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
        if (terminal.name === 'PROSE_START') {
            token.PUSH_MODE = PROSE_MODE;
        } else if (terminal.name === 'PROSE_END') {
            token.POP_MODE = true;
        }
        return token;
    }
}
