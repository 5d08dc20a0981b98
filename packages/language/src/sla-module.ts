import type { Module } from 'langium';
import { inject } from 'langium';
import type { DefaultSharedModuleContext, LangiumServices, LangiumSharedServices, PartialLangiumServices } from 'langium/lsp';
import { createDefaultModule, createDefaultSharedModule } from 'langium/lsp';
import { SlaGeneratedModule, SlaGeneratedSharedModule } from './generated/module.js';
import { rebuildOnMeasurementFileChange } from './lsp/measurement-file-watch.js';
import { registerModelRequests } from './lsp/model-requests.js';
import { syncSettings } from './lsp/settings-sync.js';
import { SlaModelProvider } from './model/sla-model-provider.js';
import { SlaTokenBuilder } from './parser/sla-token-builder.js';
import { SlaValueConverter } from './parser/sla-value-converter.js';
import { SlaScopeComputation } from './references/sla-scope-computation.js';
import { SlaScopeProvider } from './references/sla-scope-provider.js';
import { SlaSettings } from './sla-settings.js';
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

export const SlaModule: Module<SlaServices, PartialLangiumServices & SlaAddedServices> = {
    sla: {
        Settings: () => new SlaSettings(),
        ModelProvider: (services) => new SlaModelProvider(services)
    },
    parser: {
        TokenBuilder: () => new SlaTokenBuilder(),
        ValueConverter: () => new SlaValueConverter()
    },
    references: {
        ScopeComputation: (services) => new SlaScopeComputation(services),
        ScopeProvider: (services) => new SlaScopeProvider(services)
    },
    validation: {
        DocumentValidator: (services) => new SlaDocumentValidator(services)
    }
};

/**
 * Creates the shared services and the SLA language services. With `connection` in the
 * context this is a language server; without it, the same services serve the CLI and tests.
 */
export function createSlaServices(context: DefaultSharedModuleContext): {
    shared: LangiumSharedServices;
    Sla: SlaServices;
} {
    const shared = inject(createDefaultSharedModule(context), SlaGeneratedSharedModule);
    const Sla = inject(createDefaultModule({ shared }), SlaGeneratedModule, SlaModule);
    shared.ServiceRegistry.register(Sla);
    registerValidationChecks(Sla);
    if (context.connection) {
        registerModelRequests(shared, Sla);
        syncSettings(shared, Sla);
        rebuildOnMeasurementFileChange(shared);
    }
    return { shared, Sla };
}
