import type { LangiumDocument } from 'langium';
import { GrammarUtils } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens } from 'vscode-languageserver';
import { calendarDateOf, metricStandings } from 'sla-model';
import type { Metric } from '../generated/ast.js';
import { isMetric, isService, isSlaFile } from '../generated/ast.js';
import type { SlaModelProvider } from '../model/sla-model-provider.js';
import type { SlaServices } from '../sla-module.js';
import type { SlaSettings } from '../sla-settings.js';

/**
 * Above each metric with a target per calendar period and recorded data, how it stands as of
 * the settings' today: the last finished period (`February 2026: 68.5% · missed (at least 70%
 * per month) · credit 600 EUR`, the words hover uses) and the running one with its pace. The
 * lenses carry their text as a command title without a command, so every LSP client shows
 * them and none has anything to run.
 */
export class SlaCodeLensProvider implements CodeLensProvider {
    private readonly models: SlaModelProvider;
    private readonly settings: SlaSettings;

    constructor(services: SlaServices) {
        this.models = services.sla.ModelProvider;
        this.settings = services.sla.Settings;
    }

    provideCodeLens(document: LangiumDocument): CodeLens[] {
        const model = this.models.modelOf(document);
        const root = document.parseResult.value;
        if (!model || !isSlaFile(root) || !root.agreement) {
            return [];
        }
        const metrics = new Map<string, Metric>();
        for (const metric of root.agreement.clauses.filter(isService).flatMap(service => service.clauses.filter(isMetric))) {
            if (metric.name && !metrics.has(metric.name)) {
                metrics.set(metric.name, metric);
            }
        }
        const lenses: CodeLens[] = [];
        for (const standing of metricStandings(model, { today: calendarDateOf(this.settings.now()) })) {
            const node = metrics.get(standing.metric);
            const name = node?.$cstNode && GrammarUtils.findNodeForProperty(node.$cstNode, 'name');
            if (!name || !standing.hasData) {
                continue;
            }
            for (const period of [standing.last, standing.running]) {
                if (period) {
                    lenses.push({ range: name.range, command: { title: period.text, command: '' } });
                }
            }
        }
        return lenses;
    }
}
