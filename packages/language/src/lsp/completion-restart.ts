import { EOF } from 'chevrotain';
import type { CstNode, LangiumCoreServices, LangiumDocument, LeafCstNode } from 'langium';
import { AstUtils, GrammarAST, GrammarUtils } from 'langium';
import type { NextFeature } from 'langium/lsp';
import { findNextFeatures } from 'langium/lsp';
import { currentCst, first, tokensBefore, tokensFrom } from './cst-tokens.js';
import type { OutlineTokens } from './outline-tokens.js';
import { SlaCompletionParser } from './sla-completion-parser.js';

/** Where the completion parser starts instead of at the file start. */
interface Restart {
    /** The rule call's first token. */
    offset: number;
    /** The rule it calls. */
    rule: GrammarAST.ParserRule;
    /** The rule calls from the entry rule down to this one, as the parser stacks them. */
    ruleCalls: GrammarAST.RuleCall[];
}

/**
 * Next grammar features at an offset without parsing the whole text before it. Langium's
 * completion parser reads from the file start to the offset and keeps the stack of grammar
 * elements it was in at the last token, so its cost grows with the offset. Up to the last token
 * the document's CST already shows where that parse goes: it can start at the innermost rule
 * call around that token instead, with the rule calls that lead there put in front of its stack.
 * The result is the full parse's when:
 * - the document has no syntax error before the offset: the full parse then makes the rule calls
 *   the CST shows, since each of its decisions reads only the next token, which lies before the
 *   offset (the grammar test in completion-restart.test.ts checks that every decision does);
 * - the rule call opens with an outline token, so that lexing from there gives the same tokens;
 * - the partial parse reads the document's tokens up to the last one and stumbles, if at all,
 *   only at the end of its input: the full parse then stumbles there too and reads nothing more.
 * Otherwise `featuresAt` gives undefined and completion falls back to the full parse.
 */
export class CompletionRestart {
    private readonly parser: SlaCompletionParser | undefined;
    private readonly entryRule: GrammarAST.ParserRule | undefined;

    constructor(services: LangiumCoreServices, private readonly outlineTokens: OutlineTokens) {
        const parser = services.parser.CompletionParser;
        this.parser = parser instanceof SlaCompletionParser ? parser : undefined;
        this.entryRule = GrammarUtils.getEntryRule(services.Grammar);
    }

    /** The features that can follow the text before `offset`, or undefined to parse it all. */
    featuresAt(document: LangiumDocument, offset: number): NextFeature[] | undefined {
        const root = currentCst(document);
        if (!root || !this.parser || hasSyntaxErrorBefore(document, offset)) {
            return undefined;
        }
        const lastToken = first(tokensBefore(root, offset));
        const restart = lastToken && this.restartAround(lastToken);
        if (!lastToken || !restart) {
            return undefined;
        }
        const parsed = this.parser.parseRule(restart.rule.name, root.fullText.slice(restart.offset, offset));
        // Its last token must be the document's: a comment cut at the offset would add tokens of its own.
        if (!parsed || parsed.failedBeforeEnd || parsed.tokens.at(-1)?.startOffset !== lastToken.offset - restart.offset) {
            return undefined;
        }
        const stack = [...restart.ruleCalls, ...parsed.elementStack].map(feature => ({ feature }));
        return findNextFeatures([stack], parsed.tokens.slice(parsed.tokenIndex));
    }

    /** The innermost rule call around `token` that opens with an outline token. */
    private restartAround(token: LeafCstNode): Restart | undefined {
        for (let node = token.container; node?.container; node = node.container) {
            const opening = first(tokensFrom(node, node.offset));
            const ruleCall = node.grammarSource;
            if (GrammarAST.isRuleCall(ruleCall) && GrammarAST.isParserRule(ruleCall.rule.ref) && opening && this.outlineTokens.isOutline(opening)) {
                const ruleCalls = this.ruleCallsTo(node);
                return ruleCalls && { offset: node.offset, rule: ruleCall.rule.ref, ruleCalls };
            }
        }
        return undefined;
    }

    /** The rule calls that made `node` and its containers, checked to call one another from the entry rule. */
    private ruleCallsTo(node: CstNode): GrammarAST.RuleCall[] | undefined {
        const ruleCalls: GrammarAST.RuleCall[] = [];
        for (let current: CstNode | undefined = node; current?.container; current = current.container) {
            if (!GrammarAST.isRuleCall(current.grammarSource)) {
                return undefined;
            }
            ruleCalls.push(current.grammarSource);
        }
        ruleCalls.reverse();
        let caller: GrammarAST.AbstractRule | undefined = this.entryRule;
        for (const ruleCall of ruleCalls) {
            const callee = ruleCall.rule.ref;
            if (!caller || AstUtils.getContainerOfType(ruleCall, GrammarAST.isParserRule) !== caller || !GrammarAST.isParserRule(callee)) {
                return undefined;
            }
            caller = callee;
        }
        return ruleCalls;
    }
}

/** Whether the parser met a token it did not expect before `offset`; running out of text comes later. */
function hasSyntaxErrorBefore(document: LangiumDocument, offset: number): boolean {
    return document.parseResult.parserErrors.some(error => error.token.tokenType !== EOF && error.token.startOffset < offset);
}
