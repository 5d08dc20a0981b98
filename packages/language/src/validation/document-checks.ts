import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { Agreement, SlaAstType } from '../generated/ast.js';
import { buildDocument, calendarDateOf } from 'sla-model';
import type { SlaServices } from '../sla-module.js';
import { atName, modelOf, report } from './check-utils.js';
import { IssueCodes } from './issue-codes.js';

/**
 * `document-too-long`: "if they are more than 3 to 5 pages long, you are doing it wrong."
 * The printed length is the `pages` of the document the renderer writes (the preview shows the
 * same figure), built for today's date by the settings' clock: the charts shown depend on it.
 * It is compared with the `maxPages` setting.
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
    const settings = services.sla.Settings;
    const limit = settings.values.maxPages;
    const { pages } = buildDocument(model, { today: calendarDateOf(settings.now()) });
    if (pages <= limit) {
        return;
    }
    report(accept, IssueCodes.DocumentTooLong,
        `The rendered agreement is estimated at ${pages} pages, more than the limit of ${limit}. Keep it short and specific: move detail into referenced documents (\`references { document "<title>" at "<location>" }\`), and drop terms, sections and metrics nobody needs.`,
        atName(agreement, 'agreement'),
        { pages, limit });
}
