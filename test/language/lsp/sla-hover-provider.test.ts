import { beforeEach, describe, test } from 'vitest';
import { expectHover, parseHelper } from 'langium/test';
import type { TestServices } from '../../helpers/sla-test-services.js';
import { createTestServices } from '../../helpers/sla-test-services.js';

let services: TestServices;
let hover: ReturnType<typeof expectHover>;

beforeEach(() => {
    services = createTestServices();
    hover = expectHover(services.Sla);
});

const LEADS = `agreement SalesMarketing "Sales & Marketing SLA" {
    kind internal
    period 2026-01-01 to 2026-12-31
    party Marketing "Marketing team" provider {
        representative "Dana Lee" as "Service Level Manager"
    }
    party Sales "Sales team" customer
    party HubSpot "HubSpot, Inc." third-party
    glossary {
        term [Qualified Lead] aka [Qualified Leads] = "A lead with an activity score of at least 40."
    }
    service LeadGeneration "Lead generation" {
        provided by Marketing to Sales
        metric LeadsDelivered "Qualified leads delivered" {
            counts [Qualified Lead]
            target >= 310 per month
            measured by "HubSpot lifecycle report" operated by HubSpot every day
            controlled by Marketing
            segment DecisionMakers "Leads from decision makers" target >= 62 per month
            pace daily
        }
    }
    severity Critical "Lead flow stopped" {
        response within 1 hour
        escalate after 2 hours to "Head of Marketing"
    }
    summary "Marketing hands [Qualified Leads] to Sales, and [Cold Calls] too."
    measurements for LeadsDelivered {
        2026-03-01 40
        2026-03-02 50
        2026-03-02 10 DecisionMakers
        2026-03-16 30
    }
}
`;

/** `LEADS` with the cursor marker before the n-th occurrence of `text`. */
function at(text: string, occurrence = 1): string {
    let index = -1;
    for (let i = 0; i < occurrence; i++) {
        index = LEADS.indexOf(text, index + 1);
    }
    return `${LEADS.slice(0, index)}<|>${LEADS.slice(index)}`;
}

const TERM = `**[Qualified Lead]** (also [Qualified Leads])

A lead with an activity score of at least 40.

*Defined on line 10.*`;

describe('terms', () => {

    test('a mention shows the definition and where it is', async () => {
        await hover({ text: at('[Qualified Lead]', 2), index: 0, hover: TERM });
    });

    test('a mention by an alias shows the same term', async () => {
        await hover({ text: at('[Qualified Leads]', 2), index: 0, hover: TERM });
    });

    test('the definition itself', async () => {
        await hover({ text: at('Qualified Lead]'), index: 0, hover: TERM });
    });

    test('a term from an imported glossary names its file', async () => {
        await parseHelper(services.Sla)('glossary Common "Common terms" {\n    term [Business Day] = "Monday to Friday."\n}', { documentUri: 'file:///work/shared/common.sla' });
        await hover({
            text: 'import "shared/common.sla"\nagreement A {\n    summary "Within one [Busi<|>ness Day]."\n}',
            index: 0,
            parseOptions: { documentUri: 'file:///work/a.sla' },
            hover: '**[Business Day]**\n\nMonday to Friday.\n\n*Defined in `shared/common.sla` (glossary Common), line 2.*'
        });
    });

    test('an undefined term says how to define it', async () => {
        await hover({
            text: at('Cold Calls'),
            index: 0,
            hover: '**[Cold Calls]** is not defined. Define it in a glossary, `term [Cold Calls] = "…"`, or import a shared glossary that defines it.'
        });
    });
});

describe('named elements', () => {

    test('a metric: what it counts, target and daily pace, measurement, control, segments and pace status', async () => {
        await hover({
            text: at('LeadsDelivered "'),
            index: 0,
            hover: [
                '**LeadsDelivered** — Qualified leads delivered (metric of LeadGeneration)',
                '',
                '- **Counts** [Qualified Lead]',
                '- **Target** >= 310 per month (≈ 10/day in a 31-day month)',
                '- **Measured by** "HubSpot lifecycle report", operated by HubSpot, every day',
                '- **Controlled by** Marketing',
                '- **Segment** DecisionMakers: >= 62 per month',
                // 310 a month is 10 a day in March: 20 due by day 2, 90 recorded; 45 a day × 31 = 1395.
                '- **Pace** March 2026: Ahead of pace by 70 (+350%) on day 2: 90 against a cumulative target of 20. Projected month end: 1395 of 310, reaches the goal (45 a day on average over days 1–2, days without data as 0, × 31 days).',
                // On 15 March the last finished month is February, which recorded nothing.
                '- **Last period** February 2026: no data'
            ].join('\n')
        });
    });

    test('a metric whose month is over: the final result, no projection', async () => {
        services.Sla.sla.Settings.now = () => new Date(2026, 3, 10, 12, 0, 0);
        await hover({
            text: at('LeadsDelivered "'),
            index: 0,
            // On 10 April, March is the latest month with data and it is over: 40 + 50 + 30 = 120 of 310,
            // and the report's last finished period says the same.
            hover: /\n- \*\*Pace\*\* March 2026: Final: 120 of 310, goal missed by 190\.\n- \*\*Last period\*\* March 2026: 120 · missed \(at least 310 per month\)$/
        });
    });

    test('a reference to a metric shows the same summary', async () => {
        await hover({ text: at('LeadsDelivered {'), index: 0, hover: /^\*\*LeadsDelivered\*\* — Qualified leads delivered \(metric of LeadGeneration\)/ });
    });

    test('a segment: its target, daily pace and pace status', async () => {
        await hover({
            text: at('DecisionMakers "'),
            index: 0,
            hover: [
                '**DecisionMakers** — Leads from decision makers (segment of LeadsDelivered)',
                '',
                '- **Target** >= 62 per month (≈ 2/day in a 31-day month)',
                // 62 a month is 2 a day: 4 due by day 2, 10 recorded; 5 a day × 31 = 155.
                '- **Pace** March 2026: Ahead of pace by 6 (+150%) on day 2: 10 against a cumulative target of 4. Projected month end: 155 of 62, reaches the goal (5 a day on average over days 1–2, days without data as 0, × 31 days).'
            ].join('\n')
        });
    });

    test('a party: its role and representatives', async () => {
        await hover({
            text: at('Marketing "Marketing'),
            index: 0,
            hover: '**Marketing** — Marketing team (provider)\n\n- **Representative** Dana Lee, Service Level Manager'
        });
    });

    test('a third party says whether it is involved', async () => {
        await hover({ text: at('HubSpot every'), index: 0, hover: '**HubSpot** — HubSpot, Inc. (third party, not involved in the negotiations)' });
    });

    test('a service: provision and metrics', async () => {
        await hover({
            text: at('LeadGeneration'),
            index: 0,
            hover: '**LeadGeneration** — Lead generation (service)\n\n- **Provided by** Marketing to Sales\n- **Metrics** LeadsDelivered'
        });
    });

    test('a severity level: its times and escalation path', async () => {
        await hover({
            text: at('Critical'),
            index: 0,
            hover: '**Critical** — Lead flow stopped (severity)\n\n- **Response** within 1 hour\n- **Escalate** after 2 hours to "Head of Marketing"'
        });
    });
});

describe('keywords', () => {

    test('a clause keyword explains its clause, from the seeds', async () => {
        await hover({
            text: at('controlled by'),
            index: 0,
            hover: '**controlled** — The party in control of what the metric measures. Measures should reflect only factors under the reasonable control of the service provider.\n\n`controlled by Provider`'
        });
    });

    test('the second word of a clause explains the same clause', async () => {
        await hover({ text: at('by Marketing\n'), index: 0, hover: /^\*\*by\*\* — The party in control of what the metric measures\./ });
    });

    test('a value keyword explains the value', async () => {
        await hover({
            text: at('internal'),
            index: 0,
            hover: '**internal** — Internal: between teams of the same organisation, such as sales and marketing, who describe what each needs from the other to reach its goals.'
        });
        await hover({ text: at('>= 310'), index: 0, hover: '**>=** — At least the value.' });
        await hover({ text: at('third-party'), index: 0, hover: '**third-party** — A third party that controls systems or processes the services rely on; it must be involved in the negotiations.' });
    });

    test('pace explains the finish line', async () => {
        await hover({
            text: at('pace'),
            index: 0,
            hover: '**pace** — Charts the finish line: the monthly goal times 1/n, n being the days of the month, is the part to reach each day; `over working days` counts only the working days of the clock in force.\n\n`pace daily`'
        });
    });

    test('white space and prose text have no hover', async () => {
        await hover({ text: at('hands'), index: 0, hover: undefined });
    });
});

describe('whether the metric was kept', () => {
    test('the last finished period: result, status against the target, and the credit due', async () => {
        const text = `agreement Hosting "Hosting" {
    period 2026-01-01 to 2026-12-31
    fee HostingFee 12000 EUR per month
    service Web "Web" {
        metric <|>Uptime "Uptime" {
            target >= 99.9 % per month
        }
    }
    credits Standard of HostingFee for Uptime {
        10 % from 99.0 % to below 99.9 %
        50 % below 99.0 %
    }
    measurements for Uptime {
        2026-01-31 99.95
        2026-02-28 99.5
    }
}`;
        // On 15 March, February is the last finished month: 99.5 % is in the 10 % tier, 10 % of 12000 EUR = 1200 EUR.
        await hover({ text, index: 0, hover: /\n- \*\*Last period\*\* February 2026: 99\.5% · missed \(at least 99\.9% per month\) · credit 1200 EUR$/ });
    });
});
