import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { Agreement, SlaAstType } from '../generated/ast.js';
import { pageEstimate } from 'sla-model';
import type { SlaServices } from '../sla-module.js';
import { atName, modelOf, report } from './check-utils.js';
import { IssueCodes } from './issue-codes.js';

/**
 * `document-too-long`: "if they are more than 3 to 5 pages long, you are doing it wrong."
 * The rendered agreement is estimated by `estimatePages` (the preview shows the same figure)
 * and compared with the `maxPages` setting.
 */
export function documentChecks(services: SlaServices): ValidationChecks<SlaAstType> {
    return {
        Agreement: (agreement, accept) => checkLength(services, agreement, accept)
    };
}

function checkLength(services: SlaServices, agreement: Agreement, accept: ValidationAcceptor): void {
    const model = modelOf(services, agreement);
    if (!model) {
        return;
    }
    const limit = services.sla.Settings.values.maxPages;
    const estimate = pageEstimate(model);
    if (estimate.pages <= limit) {
        return;
    }
    report(accept, IssueCodes.DocumentTooLong,
        `The rendered agreement is estimated at ${estimate.pages} pages, more than the limit of ${limit}. Keep it short and specific: move detail into referenced documents (\`references { document "<title>" at "<location>" }\`), and drop terms, sections and metrics nobody needs.`,
        atName(agreement, 'agreement'),
        { pages: estimate.pages, limit });
}
