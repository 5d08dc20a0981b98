import type { Module } from 'langium';
import type { LangiumSharedServices, PartialLangiumServices, PartialLangiumSharedServices } from 'langium/lsp';
import { SlaClauseCompletionProvider } from './lsp/sla-clause-completion-provider.js';
import { createSlaCompletionParser } from './lsp/sla-completion-parser.js';
import { SlaIndexedScopeProvider } from './references/sla-indexed-scope-provider.js';
import { SlaLinker } from './references/sla-linker.js';
import { SlaReferenceDescriptionProvider } from './references/sla-reference-descriptions.js';
import type { SlaServices } from './sla-module.js';
import { SlaNodeListValidator } from './validation/sla-node-list-validator.js';
import { SlaValidationRegistry } from './validation/sla-validation-registry.js';
import { SlaDocumentBuilder } from './workspace/sla-document-builder.js';
import { SlaDocumentFactory } from './workspace/sla-document-factory.js';

/**
 * The services SLA replaces only to be faster. Each gives the results of the one it replaces,
 * Langium's or the SLA service of `SlaModule` it extends; `createSlaServices(context,
 * { langiumDefaults: true })` leaves them out, and `test/language/langium-defaults.test.ts`
 * compares the two on the examples and fixtures.
 *
 * Not here, because they decide what the language means or shows: the token builder and value
 * converter (prose mode, mentions, escapes), the scope computation (one flat namespace, term
 * aliases, exported glossary terms; its walk over `allNodes` comes with it), the scope
 * provider's rules (segments of the measured metric, terms only through imports), the document
 * validator's codes, severities and suppression, the model provider, and the editor features.
 */
export const SlaPerformanceModule: Module<SlaServices, PartialLangiumServices> = {
    parser: {
        // Only completion's clause restart uses what it adds.
        CompletionParser: (services) => createSlaCompletionParser(services)
    },
    references: {
        ScopeProvider: (services) => new SlaIndexedScopeProvider(services),
        Linker: (services) => new SlaLinker(services)
    },
    workspace: {
        ReferenceDescriptionProvider: (services) => new SlaReferenceDescriptionProvider(services)
    },
    validation: {
        DocumentValidator: (services) => new SlaNodeListValidator(services),
        ValidationRegistry: (services) => new SlaValidationRegistry(services)
    },
    lsp: {
        CompletionProvider: (services) => new SlaClauseCompletionProvider(services)
    }
};

/** The shared services SLA replaces only to be faster: the document builder, and the factory that reparses one block. */
export const SlaSharedPerformanceModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    workspace: {
        DocumentBuilder: (services) => new SlaDocumentBuilder(services),
        LangiumDocumentFactory: (services) => new SlaDocumentFactory(services)
    }
};
