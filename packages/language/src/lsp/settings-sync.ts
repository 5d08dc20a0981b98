import type { LangiumSharedServices } from 'langium/lsp';
import type { SlaSettingsValues } from '../sla-settings.js';
import type { SlaServices } from '../sla-module.js';

/** The `sla.*` settings of the client that the server reads. */
export const SETTINGS_SECTION = 'sla';

/**
 * Keeps the server's settings in step with the client's `sla.*` settings (user and
 * workspace): read once the client answered, then on every change, and revalidates open
 * agreements so a changed severity shows at once.
 */
export function syncSettings(shared: LangiumSharedServices, sla: SlaServices): void {
    const configuration = shared.workspace.ConfigurationProvider;
    const apply = (values: Partial<SlaSettingsValues> | undefined) => {
        const before = JSON.stringify(sla.sla.Settings.values);
        sla.sla.Settings.update(values);
        // The client announces its settings at start-up (often twice) and on every change
        // anywhere in `sla.*`: rebuild only when what the checks read really changed.
        if (JSON.stringify(sla.sla.Settings.values) === before) {
            return;
        }
        const documents = shared.workspace.LangiumDocuments.all.map(document => document.uri).toArray();
        if (documents.length > 0) {
            void shared.workspace.DocumentBuilder.update(documents, []);
        }
    };
    void configuration.ready.then(async () => {
        const values: Partial<SlaSettingsValues> = {
            severities: await configuration.getConfiguration(SETTINGS_SECTION, 'severities'),
            maxMetrics: await configuration.getConfiguration(SETTINGS_SECTION, 'maxMetrics'),
            maxPages: await configuration.getConfiguration(SETTINGS_SECTION, 'maxPages')
        };
        if (values.severities || values.maxMetrics || values.maxPages) {
            apply(values);
        }
    });
    configuration.onConfigurationSectionUpdate(update => {
        if (update.section === SETTINGS_SECTION) {
            apply(update.configuration as Partial<SlaSettingsValues>);
        }
    });
}
