import { describe, expect, test } from 'vitest';
import { parseHelper } from 'langium/test';
import { createTestServices } from '../../helpers/sla-test-services.js';

/** The lenses of `text` on the test clock (15 March 2026, unless `today` is given). */
async function lenses(text: string, today?: Date) {
    const services = createTestServices();
    if (today) {
        services.Sla.sla.Settings.now = () => today;
    }
    const document = await parseHelper(services.Sla)(text);
    return services.Sla.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.textDocument.uri } });
}

const HOSTING = `agreement Hosting "Hosting" {
    period 2026-01-01 to 2026-12-31
    fee HostingFee 12000 EUR per month
    service Web "Web" {
        metric Uptime "Uptime" {
            target >= 99.9 % per month
        }
        metric Latency "Latency" {
            target <= 200 minutes per month
        }
        metric Leads "Leads" {
            target >= 310 per month
            pace daily
        }
        metric Quiet "Never measured" {
            target >= 99 % per month
        }
    }
    credits Standard of HostingFee for Uptime {
        10 % from 99.0 % to below 99.9 %
        50 % below 99.0 %
    }
    measurements for Uptime {
        2026-01-31 99.95
        2026-02-28 99.5
        2026-03-14 99.95
    }
    measurements for Latency {
        2026-02-28 150
        2026-03-10 250
    }
    measurements for Leads {
        2026-03-01 40
        2026-03-02 50
    }
}`;

describe('code lens above a metric', () => {

    test('the last finished period in the words of hover, and the running one with its pace', async () => {
        const uptime = { start: { line: 4, character: 15 }, end: { line: 4, character: 21 } };
        const latency = { start: { line: 7, character: 15 }, end: { line: 7, character: 22 } };
        const leads = { start: { line: 10, character: 15 }, end: { line: 10, character: 20 } };
        expect(await lenses(HOSTING)).toEqual([
            // 15 March: February is the last finished month. 99.5 % falls in the 10 % tier: 10 % of 12000 EUR = 1200 EUR.
            { range: uptime, command: { title: 'February 2026: 99.5% · missed (at least 99.9% per month) · credit 1200 EUR', command: '' } },
            // March runs: its one value so far, 99.95, is at least 99.9.
            { range: uptime, command: { title: 'March 2026 so far: 99.95% · on target (at least 99.9% per month)', command: '' } },
            // 150 minutes is at most 200: met, no schedule names Latency, so no credit.
            { range: latency, command: { title: 'February 2026: 150 minutes · met (at most 200 minutes per month)', command: '' } },
            // 250 minutes so far is more than 200.
            { range: latency, command: { title: 'March 2026 so far: 250 minutes · off target (at most 200 minutes per month)', command: '' } },
            // February had no rows for Leads: days count as 0 under `sum`, and a period without any row has no value.
            { range: leads, command: { title: 'February 2026: no data', command: '' } },
            // 310 in 31 days is 10 a day; on day 2 (the last day with data) 20 are due and 40 + 50 = 90 recorded: 70 ahead.
            { range: leads, command: { title: 'March 2026 so far: 90 · ahead of pace by 70 (at least 310 per month)', command: '' } }
        ]);
    });

    test('a metric without data has no lens; nor does one whose target is not per calendar period', async () => {
        expect(await lenses(`agreement A {
    period 2026-01-01 to 2026-12-31
    service S {
        metric Uptime {
            target >= 99.9 % per month
        }
        metric Fix {
            target <= 4 hours per incident
        }
    }
    measurements for Fix {
        2026-02-10 3
    }
}`)).toEqual([]);
    });

    test('after the agreement ends there is no running period: only the last one', async () => {
        // On 10 January 2027 December 2026 is the last month of the period, and nothing runs.
        expect((await lenses(HOSTING, new Date(2027, 0, 10, 12)))!.filter(lens => lens.range.start.line === 4)).toEqual([
            { range: { start: { line: 4, character: 15 }, end: { line: 4, character: 21 } }, command: { title: 'December 2026: no data', command: '' } }
        ]);
    });

    test('the hover says the same words for the last period', async () => {
        const services = createTestServices();
        const text = HOSTING.replace('metric Uptime', 'metric <|>Uptime');
        const { expectHover } = await import('langium/test');
        await expectHover(services.Sla)({ text, index: 0, hover: /\n- \*\*Last period\*\* February 2026: 99\.5% · missed \(at least 99\.9% per month\) · credit 1200 EUR$/ });
    });
});
