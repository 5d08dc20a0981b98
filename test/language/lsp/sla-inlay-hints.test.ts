import { describe, expect, test } from 'vitest';
import { parseHelper } from 'langium/test';
import { createTestServices } from '../../helpers/sla-test-services.js';

async function hints(text: string) {
    const services = createTestServices();
    const document = await parseHelper(services.Sla)(text);
    return services.Sla.lsp.InlayHintProvider!.getInlayHints(document, {
        textDocument: { uri: document.textDocument.uri },
        range: { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(text.length) }
    });
}

describe('inlay hints', () => {

    test('a monthly count goal shows the daily pace it implies in this month (March: 31 days)', async () => {
        expect(await hints(`agreement A {
    period 2026-01-01 to 2026-12-31
    service S {
        metric Leads {
            target >= 400 per month
            segment Big target >= 100 per month
        }
        metric Uptime {
            target >= 99 % per month
        }
        metric Fix {
            target <= 4 hours per incident
        }
    }
}`)).toEqual([
            {
                position: { line: 4, character: 35 },
                label: '≈ 12.9/day in a 31-day month',
                paddingLeft: true,
                tooltip: '400 per month over the 31 days of March 2026'
            },
            {
                position: { line: 5, character: 47 },
                label: '≈ 3.2/day in a 31-day month',
                paddingLeft: true,
                tooltip: '100 per month over the 31 days of March 2026'
            }
        ]);
    });

    test('an agreement that has ended paces its last month with results', async () => {
        const result = await hints(`agreement A {
    period 2025-01-01 to 2025-12-31
    service S {
        metric Leads {
            target >= 300 per month
        }
    }
    measurements for Leads {
        2025-11-03 12
    }
}`);
        expect(result?.map(hint => [hint.label, hint.tooltip])).toEqual([['≈ 10/day in a 30-day month', '300 per month over the 30 days of November 2025']]);
    });
});
