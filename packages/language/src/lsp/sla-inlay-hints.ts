import type { AstNode } from 'langium';
import { AstUtils } from 'langium';
import type { InlayHintAcceptor } from 'langium/lsp';
import { AbstractInlayHintProvider } from 'langium/lsp';
import { isMetric, isSegment, isTarget } from '../generated/ast.js';
import { calendarDateOf, dailyPaceOf } from 'sla-model';
import type { SlaModelProvider } from '../model/sla-model-provider.js';
import type { SlaServices } from '../sla-module.js';
import type { SlaSettings } from '../sla-settings.js';

/**
 * After a monthly count goal, the part of it to reach each day (seed: "multiply 1/n by your
 * monthly goal"): `target >= 400 per month` ≈ 12.9/day in a 31-day month. The month is the
 * one the pacing chart shows first.
 */
export class SlaInlayHintProvider extends AbstractInlayHintProvider {
    private readonly models: SlaModelProvider;
    private readonly settings: SlaSettings;

    constructor(services: SlaServices) {
        super();
        this.models = services.sla.ModelProvider;
        this.settings = services.sla.Settings;
    }

    computeInlayHint(node: AstNode, acceptor: InlayHintAcceptor): void {
        if (!isTarget(node) || !node.$cstNode) {
            return;
        }
        const metricNode = AstUtils.getContainerOfType(node, isMetric);
        const model = this.models.modelOf(AstUtils.getDocument(node));
        const metric = model?.services.flatMap(service => service.metrics).find(candidate => candidate.name === metricNode?.name);
        if (!model || !metric) {
            return;
        }
        const segmentNode = isSegment(node.$container) ? node.$container : undefined;
        const segment = segmentNode ? metric.segments.find(candidate => candidate.name === segmentNode.name) : undefined;
        const target = segmentNode ? segment?.target : metric.target;
        const pace = dailyPaceOf(model, metric, target, segment, calendarDateOf(this.settings.now()));
        if (pace) {
            acceptor({
                position: node.$cstNode.range.end,
                label: pace.label,
                paddingLeft: true,
                tooltip: pace.explanation
            });
        }
    }
}
