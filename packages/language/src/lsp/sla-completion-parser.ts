import { EOF } from 'chevrotain';
import type { CompletionParserResult, LangiumCoreServices } from 'langium';
import { createParser, LangiumCompletionParser } from 'langium';

/** The outcome of a completion parse, and whether the parser stumbled anywhere but at the input's end. */
export interface RuleParseResult extends CompletionParserResult {
    failedBeforeEnd: boolean;
}

/**
 * Langium's completion parser, which can also start at any parser rule: completion then reads
 * one clause instead of the whole file before the cursor (see `completion-restart.ts`).
 */
export class SlaCompletionParser extends LangiumCompletionParser {

    /** Parses `input` as the rule named `ruleName`, exactly as `parse` does from the entry rule. */
    parseRule(ruleName: string, input: string): RuleParseResult | undefined {
        const rule = this.getRule(ruleName);
        if (!rule) {
            return undefined;
        }
        const entryRule = this.mainRule;
        this.mainRule = rule;
        try {
            const result = this.parse(input);
            return { ...result, failedBeforeEnd: this.wrapper.errors.some(error => error.token.tokenType !== EOF) };
        } finally {
            this.mainRule = entryRule;
        }
    }
}

/** Builds the completion parser as Langium's `createCompletionParser` does. */
export function createSlaCompletionParser(services: LangiumCoreServices): SlaCompletionParser {
    const parser = new SlaCompletionParser(services);
    createParser(services.Grammar, parser, services.parser.Lexer.definition);
    parser.finalize();
    return parser;
}
