import type { LangiumDocument, MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import type { CodeAction, CodeActionParams, Command } from 'vscode-languageserver';
import type { SlaServices } from '../sla-module.js';
import { fixContext } from './code-actions/fix-context.js';
import { quickFixFor } from './code-actions/fixes-by-code.js';

/**
 * Quick-fixes for the diagnostics, looked up by their stable code (`code-actions/fixes-by-code.ts`).
 * Each inserts a complete, formatted clause at its conventional place (see `clause-placement.ts`)
 * with placeholder values that parse and satisfy the check, or edits the one token at fault.
 */
export class SlaCodeActionProvider implements CodeActionProvider {
    private readonly services: SlaServices;

    constructor(services: SlaServices) {
        this.services = services;
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction>> {
        return params.context.diagnostics.flatMap(diagnostic => {
            const quickFix = quickFixFor(diagnostic.code ?? (diagnostic.data as { code?: unknown } | undefined)?.code);
            return quickFix ? quickFix(fixContext(document, diagnostic, this.services)) : [];
        });
    }
}
