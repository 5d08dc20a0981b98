import type { Module } from 'langium';
import { inject } from 'langium';
import type { DefaultSharedModuleContext, LangiumServices, LangiumSharedServices, PartialLangiumServices, PartialLangiumSharedServices } from 'langium/lsp';
import { createDefaultModule, createDefaultSharedModule } from 'langium/lsp';
import { SlaGeneratedModule, SlaGeneratedSharedModule } from './generated/module.js';
import { forgetClosedUntitledDocuments } from './lsp/closed-documents.js';
import { rebuildOnMeasurementFileChange } from './lsp/measurement-file-watch.js';
import { registerModelRequests } from './lsp/model-requests.js';
import { SlaCodeActionProvider } from './lsp/sla-code-actions.js';
import { SlaCodeLensProvider } from './lsp/sla-code-lens.js';
import { SlaCompletionProvider } from './lsp/sla-completion-provider.js';
import { SlaDefinitionProvider } from './lsp/sla-definition-provider.js';
import { SlaDocumentHighlightProvider } from './lsp/sla-document-highlight-provider.js';
import { SlaDocumentSymbolProvider } from './lsp/sla-document-symbols.js';
import { SlaFoldingRangeProvider } from './lsp/sla-folding-ranges.js';
import { SlaFormatter } from './lsp/sla-formatter.js';
import { SlaHoverProvider } from './lsp/sla-hover-provider.js';
import { SlaInlayHintProvider } from './lsp/sla-inlay-hints.js';
import { SlaReferencesProvider } from './lsp/sla-references-provider.js';
import { SlaRenameProvider } from './lsp/sla-rename-provider.js';
import { SlaSemanticTokenProvider } from './lsp/sla-semantic-tokens.js';
import { createTextDocuments } from './lsp/text-documents.js';
import { syncSettings } from './lsp/settings-sync.js';
import { readClientCapabilities } from './lsp/client-capabilities.js';
import { SlaModelProvider } from './model/sla-model-provider.js';
import { createSlaParser } from './parser/sla-parser.js';
import { SlaTokenBuilder } from './parser/sla-token-builder.js';
import { SlaValueConverter } from './parser/sla-value-converter.js';
import { SlaScopeComputation } from './references/sla-scope-computation.js';
import { SlaScopeProvider } from './references/sla-scope-provider.js';
import { SlaPerformanceModule, SlaSharedPerformanceModule } from './sla-performance-module.js';
import { SlaSettings } from './sla-settings.js';
import { SlaCheckRegistry } from './validation/sla-check-registry.js';
import { SlaWorkspaceManager } from './workspace/sla-workspace-manager.js';
import { SlaDocumentValidator } from './validation/sla-document-validator.js';
import { registerValidationChecks } from './validation/sla-validator.js';

/** Services added by the SLA language on top of Langium's. */
export type SlaAddedServices = {
    sla: {
        Settings: SlaSettings;
        ModelProvider: SlaModelProvider;
    };
};

export type SlaServices = LangiumServices & SlaAddedServices;

/** What the SLA language is and shows; the services it replaces only for speed are in `SlaPerformanceModule`. */
export const SlaModule: Module<SlaServices, PartialLangiumServices & SlaAddedServices> = {
    sla: {
        Settings: () => new SlaSettings(),
        ModelProvider: (services) => new SlaModelProvider(services)
    },
    parser: {
        LangiumParser: (services) => createSlaParser(services),
        TokenBuilder: () => new SlaTokenBuilder(),
        ValueConverter: () => new SlaValueConverter()
    },
    references: {
        ScopeComputation: (services) => new SlaScopeComputation(services),
        ScopeProvider: (services) => new SlaScopeProvider(services)
    },
    validation: {
        DocumentValidator: (services) => new SlaDocumentValidator(services),
        ValidationRegistry: (services) => new SlaCheckRegistry(services)
    },
    lsp: {
        CompletionProvider: (services) => new SlaCompletionProvider(services),
        HoverProvider: (services) => new SlaHoverProvider(services),
        CodeActionProvider: (services) => new SlaCodeActionProvider(services),
        CodeLensProvider: (services) => new SlaCodeLensProvider(services),
        Formatter: () => new SlaFormatter(),
        RenameProvider: (services) => new SlaRenameProvider(services),
        DefinitionProvider: (services) => new SlaDefinitionProvider(services),
        ReferencesProvider: (services) => new SlaReferencesProvider(services),
        DocumentHighlightProvider: (services) => new SlaDocumentHighlightProvider(services),
        DocumentSymbolProvider: () => new SlaDocumentSymbolProvider(),
        FoldingRangeProvider: (services) => new SlaFoldingRangeProvider(services),
        SemanticTokenProvider: (services) => new SlaSemanticTokenProvider(services),
        InlayHintProvider: (services) => new SlaInlayHintProvider(services)
    }
};

/** What the SLA language changes in the shared services: a workspace that starts whatever one file holds, texts that are strings. */
export const SlaSharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    workspace: {
        WorkspaceManager: (services) => new SlaWorkspaceManager(services),
        TextDocuments: () => createTextDocuments()
    }
};

export interface SlaServicesOptions {
    /**
     * Leaves out `SlaPerformanceModule`: Langium's own builder, factory, linker, reference
     * index, scopes, validation walk and completion parse, with the SLA language on top. The
     * results are the same, only slower; tests compare the two.
     */
    langiumDefaults?: boolean;
}

/**
 * Creates the shared services and the SLA language services. With `connection` in the
 * context this is a language server; without it, the same services serve the CLI and tests.
 */
export function createSlaServices(context: DefaultSharedModuleContext, options: SlaServicesOptions = {}): {
    shared: LangiumSharedServices;
    Sla: SlaServices;
} {
    const fast = !options.langiumDefaults;
    const shared = inject(createDefaultSharedModule(context), SlaGeneratedSharedModule, SlaSharedModule, fast ? SlaSharedPerformanceModule : {});
    const Sla = inject(createDefaultModule({ shared }), SlaGeneratedModule, SlaModule, fast ? SlaPerformanceModule : {});
    shared.ServiceRegistry.register(Sla);
    registerValidationChecks(Sla);
    if (context.connection) {
        readClientCapabilities(shared, Sla);
        registerModelRequests(shared, Sla);
        syncSettings(shared, Sla);
        rebuildOnMeasurementFileChange(shared);
        forgetClosedUntitledDocuments(shared);
    }
    return { shared, Sla };
}
