import type { LangiumSharedServices } from 'langium/lsp';
import type { InitializeParams } from 'vscode-languageserver-protocol';
import { describe, expect, test } from 'vitest';
import { readClientCapabilities } from '../../../packages/language/src/lsp/client-capabilities.js';
import { SlaProtocol } from '../../../packages/language/src/lsp/protocol.js';
import { checkDocument, createTestServices, modelOf } from '../../helpers/sla-test-services.js';

const AGREEMENT = [
    'agreement A {',
    '    service S {',
    '        metric Leads { counts "Leads" }',
    '    }',
    '    measurements for Leads from "leads.csv"',
    '}'
].join('\n');
const FILES = { '/work/a.sla': AGREEMENT, '/work/leads.csv': 'date,value\n2026-03-01,7\n' };

/** The test services, with the two hooks of a language server captured instead of a connection. */
function server() {
    const services = createTestServices(FILES);
    const hooks: { initialize?: (params: InitializeParams) => void; notifications: Map<string, (params: unknown) => Promise<void>> } = { notifications: new Map() };
    const shared = {
        ...services.shared,
        lsp: {
            LanguageServer: { onInitialize: (handler: (params: InitializeParams) => void) => { hooks.initialize = handler; } },
            Connection: { onNotification: (method: string, handler: (params: unknown) => Promise<void>) => { hooks.notifications.set(method, handler); } }
        }
    } as unknown as LangiumSharedServices;
    // The services come from the built package, the function from its source: the same shape.
    readClientCapabilities(shared, services.Sla as unknown as Parameters<typeof readClientCapabilities>[1]);
    const initialize = (params: Partial<InitializeParams>) => hooks.initialize!({ processId: null, rootUri: null, capabilities: {}, ...params } as InitializeParams);
    return { services, initialize, notify: (params: unknown) => hooks.notifications.get(SlaProtocol.WorkspaceTrust)!(params) };
}

describe('workspace trust from the client', () => {
    test('`trusted: false` in the initialization options is Restricted Mode, with the workspace folders the client opened', () => {
        const { services, initialize } = server();
        initialize({ initializationOptions: { trusted: false }, workspaceFolders: [{ uri: 'file:///work', name: 'work' }] });
        expect(services.Sla.sla.Settings.restricted).toBe(true);
        expect(services.Sla.sla.Settings.workspaceFolders).toEqual(['file:///work']);
    });

    test('near misses: a client that says nothing, or anything but `false`, is trusted; a root URI stands for the folders', () => {
        for (const initializationOptions of [undefined, null, {}, { trusted: true }, { trusted: 'false' }, 'untrusted']) {
            const { services, initialize } = server();
            initialize({ initializationOptions, rootUri: 'file:///root' });
            expect(services.Sla.sla.Settings.restricted, JSON.stringify(initializationOptions)).toBe(false);
            expect(services.Sla.sla.Settings.workspaceFolders).toEqual(['file:///root']);
        }
    });

    test('granting trust rebuilds the open agreements, which then read their measurements', async () => {
        const { services, initialize, notify } = server();
        initialize({ initializationOptions: { trusted: false } });
        const checked = await checkDocument(AGREEMENT, { path: '/work/a.sla', services });
        expect(modelOf(checked)!.measurements[0].points).toEqual([]);
        expect(checked.document.diagnostics!.map(diagnostic => diagnostic.code)).toContain('measurements-not-trusted');

        await notify({ trusted: true });
        expect(services.Sla.sla.Settings.restricted).toBe(false);
        expect(modelOf(checked)!.measurements[0].points.map(point => point.value)).toEqual([7]);
        expect(checked.document.diagnostics!.map(diagnostic => diagnostic.code)).not.toContain('measurements-not-trusted');
    });
});
