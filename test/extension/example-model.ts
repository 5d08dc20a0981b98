import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AgreementModel } from 'sla-model';
import { checkDocument, modelOf } from '../helpers/sla-test-services.js';

const examples = (path: string) => fileURLToPath(new URL(`../../examples/${path}`, import.meta.url));

/** The model of examples/sales-marketing (with its CSV and the shared glossary), as the preview receives it. */
export async function salesMarketingModel(): Promise<AgreementModel> {
    const result = await checkDocument(readFileSync(examples('sales-marketing/sales-marketing.sla'), 'utf8'), {
        path: '/work/examples/sales-marketing/sales-marketing.sla',
        files: {
            '/work/examples/sales-marketing/leads-2026-03.csv': readFileSync(examples('sales-marketing/leads-2026-03.csv'), 'utf8'),
            '/work/examples/common-glossary.sla': readFileSync(examples('common-glossary.sla'), 'utf8')
        }
    });
    const model = modelOf(result);
    if (!model) {
        throw new Error('The sales-marketing example holds no agreement.');
    }
    return model;
}
