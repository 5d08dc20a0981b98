import type { LangiumDocument, TextDocument } from 'langium';
import type { CompletionBacktrackingInformation, CompletionContext, NextFeature } from 'langium/lsp';
import type { Position } from 'vscode-languageserver';
import type { SlaServices } from '../sla-module.js';
import { CompletionRestart } from './completion-restart.js';
import { currentCst } from './cst-tokens.js';
import { OutlineTokens } from './outline-tokens.js';
import { SlaCompletionProvider } from './sla-completion-provider.js';

/**
 * SLA completion that reads only the clause around the cursor, not the text from the file
 * start, when the parsed document shows that this gives the same result (see
 * `completion-restart.ts` and `outline-tokens.ts`): its cost no longer grows with the offset.
 */
export class SlaClauseCompletionProvider extends SlaCompletionProvider {
    private readonly outlineTokens: OutlineTokens;
    private readonly restart: CompletionRestart;
    /**
     * The document whose completion contexts are being built, for the hooks below that Langium
     * hands only its text. Set around each step of Langium's context generator, which runs
     * without awaiting: a request for another document never sees it.
     */
    private documentInProgress: LangiumDocument | undefined;

    constructor(services: SlaServices) {
        super(services);
        this.outlineTokens = new OutlineTokens(services);
        this.restart = new CompletionRestart(services, this.outlineTokens);
    }

    /** At an outline token before the cursor's line: the lexer is outside prose there. */
    protected override scanStart(document: LangiumDocument, offset: number): number {
        const root = currentCst(document);
        const lineStart = document.textDocument.offsetAt({ line: document.textDocument.positionAt(offset).line, character: 0 });
        return root ? this.outlineTokens.startBefore(root, lineStart) : 0;
    }

    protected override *buildContexts(document: LangiumDocument, position: Position): IterableIterator<CompletionContext> {
        const contexts = super.buildContexts(document, position);
        while (true) {
            this.documentInProgress = document;
            let next: IteratorResult<CompletionContext>;
            try {
                next = contexts.next();
            } finally {
                this.documentInProgress = undefined;
            }
            if (next.done) {
                return;
            }
            yield next.value;
        }
    }

    /** Langium's, on the stretch of text between the outline tokens around the cursor instead of the whole text. */
    protected override backtrackToAnyToken(text: string, offset: number): CompletionBacktrackingInformation {
        const root = this.documentInProgress && currentCst(this.documentInProgress);
        if (!root || root.fullText !== text) {
            return super.backtrackToAnyToken(text, offset);
        }
        // The window starts at a token that ends before the cursor, so it holds the token before it too.
        const start = this.outlineTokens.startBefore(root, offset);
        const end = this.outlineTokens.startFrom(root, offset);
        const found = super.backtrackToAnyToken(text.slice(start, end), offset - start);
        const shift = (at: number | undefined) => at === undefined ? undefined : at + start;
        return {
            nextTokenStart: found.nextTokenStart + start,
            nextTokenEnd: found.nextTokenEnd + start,
            previousTokenStart: shift(found.previousTokenStart),
            previousTokenEnd: shift(found.previousTokenEnd)
        };
    }

    /** Langium's, parsing only the clause around the offset when that gives the same features. */
    protected override findFeaturesAt(textDocument: TextDocument, offset: number): NextFeature[] {
        const document = this.documentInProgress;
        const features = document?.textDocument === textDocument ? this.restart.featuresAt(document, offset) : undefined;
        return features ?? super.findFeaturesAt(textDocument, offset);
    }
}
