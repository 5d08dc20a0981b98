import { describe, expect, test } from 'vitest';
import type { CodeAction } from 'vscode-languageserver';
import type { IssueCode } from 'sla-language';
import { IssueCodes } from 'sla-language';
import { checkDocument, createTestServices } from '../../helpers/sla-test-services.js';
import { BASE } from '../validation/validation-helpers.js';
import { applyQuickFix } from './lsp-test-helpers.js';

describe('quick-fixes for missing clauses', () => {

    test('missing-period: inserts the period after the other header clauses', async () => {
        const { fixed, titles } = await applyQuickFix(`agreement A {
    kind internal
    summary "Support for the shop."

    party Acme "Acme IT" provider
}
`, IssueCodes.MissingPeriod);
        expect(titles).toEqual(['Add the period of the agreement']);
        expect(fixed).toBe(`agreement A {
    kind internal
    summary "Support for the shop."
    period 2026-01-01 to 2026-12-31

    party Acme "Acme IT" provider
}
`);
    });

    test('missing-period: a period before any other clause goes first, a blank line before the parties', async () => {
        const { fixed } = await applyQuickFix(`agreement A {
    party Acme "Acme IT" provider
}
`, IssueCodes.MissingPeriod);
        expect(fixed).toBe(`agreement A {
    period 2026-01-01 to 2026-12-31

    party Acme "Acme IT" provider
}
`);
    });

    test('missing-period: a period that never ends gets an end date in its year', async () => {
        const { fixed, titles } = await applyQuickFix(`agreement A {
    period 2025-03-01
    party Acme "Acme IT" provider
}
`, IssueCodes.MissingPeriod);
        expect(titles).toEqual(['Add an end date to the period']);
        expect(fixed).toBe(`agreement A {
    period 2025-03-01 to 2025-12-31
    party Acme "Acme IT" provider
}
`);
    });

    test('missing-termination: inserts a termination clause after the reviews', async () => {
        const { fixed, titles } = await applyQuickFix(`agreement A {
    period 2026-01-01 to 2026-12-31

    review every year

    references {
        document "Price list" at "prices.pdf"
    }
}
`, IssueCodes.MissingTermination);
        expect(titles).toEqual(['Add a termination clause']);
        expect(fixed).toBe(`agreement A {
    period 2026-01-01 to 2026-12-31

    review every year

    termination {
        notice 30 days by either party
        condition "Either party may end this agreement when the other repeatedly misses its service levels."
        expiry "The agreement expires at the end of its period unless both parties renew it."
    }

    references {
        document "Price list" at "prices.pdf"
    }
}
`);
    });

    test('missing-notice-period: a notice for either party goes first in the termination clause', async () => {
        const { fixed, titles } = await applyQuickFix(`agreement A {
    termination {
        condition "When the shop closes."
    }
}
`, IssueCodes.MissingNoticePeriod);
        expect(titles).toEqual(['Add a notice period for either party']);
        expect(fixed).toBe(`agreement A {
    termination {
        notice 30 days by either party
        condition "When the shop closes."
    }
}
`);
    });

    test('missing-notice-period: an empty termination clause is opened up', async () => {
        const { fixed } = await applyQuickFix(`agreement A {
    termination { }
}
`, IssueCodes.MissingNoticePeriod);
        expect(fixed).toBe(`agreement A {
    termination {
        notice 30 days by either party
    }
}
`);
    });

    test('missing-notice-period: the side without notice gets one', async () => {
        const { fixed, titles } = await applyQuickFix(`agreement A {
    party Acme "Acme IT" provider
    party Shop "Shop Ltd" customer

    termination {
        notice 60 days by Acme // the provider needs time to hand over
        expiry "At the end of the period."
    }
}
`, IssueCodes.MissingNoticePeriod);
        expect(titles).toEqual(['Add a notice period for Shop']);
        expect(fixed).toBe(`agreement A {
    party Acme "Acme IT" provider
    party Shop "Shop Ltd" customer

    termination {
        notice 60 days by Acme // the provider needs time to hand over
        notice 30 days by Shop
        expiry "At the end of the period."
    }
}
`);
    });

    test('missing-escalation: adds the missing resolution time and escalation step in order', async () => {
        const { fixed, titles } = await applyQuickFix(`agreement A {
    severity Critical "Service down" {
        response within 30 minutes
    }
}
`, IssueCodes.MissingEscalation);
        expect(titles).toEqual(['Add a resolution time and an escalation step to Critical']);
        expect(fixed).toBe(`agreement A {
    severity Critical "Service down" {
        response within 30 minutes
        resolution within 8 hours
        escalate after 30 minutes to "Service Level Manager"
    }
}
`);
    });

    test('missing-escalation: an empty severity level gets the whole path', async () => {
        const { fixed } = await applyQuickFix(`agreement A {
    severity Low { }
}
`, IssueCodes.MissingEscalation);
        expect(fixed).toBe(`agreement A {
    severity Low {
        response within 1 hour
        resolution within 8 hours
        escalate after 1 hour to "Service Level Manager"
    }
}
`);
    });

    test('missing-exclusions: inserts an exclusions clause before the reviews', async () => {
        const { fixed, titles } = await applyQuickFix(`agreement A {
    severity Low "Minor issue" {
        response within 1 hour
    }

    review every year
}
`, IssueCodes.MissingExclusions);
        expect(titles).toEqual(['Add an exclusions clause']);
        expect(fixed).toBe(`agreement A {
    severity Low "Minor issue" {
        response within 1 hour
    }

    exclusions {
        "A service that is not offered."
    }

    review every year
}
`);
    });

    test('missing-exclusions: an empty exclusions clause gets an item', async () => {
        const { fixed, titles } = await applyQuickFix(`agreement A {
    exclusions {
    }
}
`, IssueCodes.MissingExclusions);
        expect(titles).toEqual(['Add an exclusion']);
        expect(fixed).toBe(`agreement A {
    exclusions {
        "A service that is not offered."
    }
}
`);
    });

    test('missing-review: a yearly review with the provider and the customer, before the termination', async () => {
        const { fixed, titles } = await applyQuickFix(`agreement A {
    party Acme "Acme IT" provider
    party Shop "Shop Ltd" customer

    exclusions {
        "Hardware repairs."
    }

    termination {
        notice 30 days by either party
    }
}
`, IssueCodes.MissingReview);
        expect(titles).toEqual(['Add a yearly review']);
        expect(fixed).toBe(`agreement A {
    party Acme "Acme IT" provider
    party Shop "Shop Ltd" customer

    exclusions {
        "Hardware repairs."
    }

    review every year with Acme, Shop

    termination {
        notice 30 days by either party
    }
}
`);
    });
});

const SERVICE_HEAD = `agreement A {
    party Acme "Acme IT" provider
    party Shop "Shop Ltd" customer
    party Cloud "Cloud Inc." third-party

    service Desk "Service desk" {
        provided by Acme to Shop
`;

describe('quick-fixes for metrics and services', () => {

    test('unmeasurable-metric: adds what is counted, a target and a source before the control', async () => {
        const { fixed, titles } = await applyQuickFix(`${SERVICE_HEAD}        metric Resolved "Tickets resolved" {
            controlled by Acme
        }
    }
}
`, IssueCodes.UnmeasurableMetric);
        expect(titles).toEqual(['Add what it counts, a target and a measurement source to Resolved']);
        expect(fixed).toBe(`${SERVICE_HEAD}        metric Resolved "Tickets resolved" {
            counts "what is counted"
            target >= 100 per month
            measured by "the tool that tracks it" every day
            controlled by Acme
        }
    }
}
`);
    });

    test('unmeasurable-metric: a target without a period is given one', async () => {
        const { fixed, titles } = await applyQuickFix(`${SERVICE_HEAD}        metric FirstContact "Resolved at first contact" {
            target >= 70 %
            measured by "Service desk report" every month
            controlled by Acme
        }
    }
}
`, IssueCodes.UnmeasurableMetric);
        expect(titles).toEqual(['Add the target\'s period to FirstContact']);
        expect(fixed).toContain('            target >= 70 % per month\n');
    });

    test('unmeasurable-metric: a timed metric gets a time target per incident', async () => {
        const { fixed } = await applyQuickFix(`${SERVICE_HEAD}        metric Restore "Time to restore" {
            times "time to restore service"
            measured by "Incident log" every day
            controlled by Acme
        }
    }
}
`, IssueCodes.UnmeasurableMetric);
        expect(fixed).toContain(`            times "time to restore service"
            target <= 4 hours per incident
            measured by "Incident log" every day
`);
    });

    test('uncontrolled-metric: adds controlled by the provider of the service', async () => {
        const { fixed, titles } = await applyQuickFix(`${SERVICE_HEAD}        metric Resolved "Tickets resolved" {
            counts "tickets"
            target >= 300 per month
            measured by "Service desk report" every day
            pace daily
        }
    }
}
`, IssueCodes.UncontrolledMetric);
        expect(titles).toEqual(['Add controlled by Acme']);
        expect(fixed).toContain(`            measured by "Service desk report" every day
            controlled by Acme
            pace daily
`);
    });

    test('uncontrolled-metric: a metric controlled by another party is given to the provider', async () => {
        const { fixed, titles } = await applyQuickFix(`${SERVICE_HEAD}        metric Resolved "Tickets resolved" {
            counts "tickets"
            target >= 300 per month
            measured by "Service desk report" every day
            controlled by Shop
        }
    }
}
`, IssueCodes.UncontrolledMetric);
        expect(titles).toEqual(['Controlled by Acme, the provider']);
        expect(fixed).toContain('            controlled by Acme\n');
    });

    test('service-without-metric: inserts a whole metric controlled by the provider', async () => {
        const { fixed, titles } = await applyQuickFix(`${SERVICE_HEAD}        description "Help with every shop system."
    }
}
`, IssueCodes.ServiceWithoutMetric);
        expect(titles).toEqual(['Add a metric to Desk']);
        expect(fixed).toBe(`${SERVICE_HEAD}        description "Help with every shop system."
        metric DeskMetric "Service desk metric" {
            counts "what is counted"
            target >= 100 per month
            measured by "the tool that tracks it" every day
            controlled by Acme
        }
    }
}
`);
    });

    test('third-party-not-involved: marks the third party as involved', async () => {
        const { fixed, titles } = await applyQuickFix(`${SERVICE_HEAD}        depends on Cloud
        metric Uptime "Availability" {
            target >= 99 % per month
            measured by "Cloud status page" operated by Cloud every day
            controlled by Acme
        }
    }
}
`, IssueCodes.ThirdPartyNotInvolved);
        expect(titles).toEqual(['Mark Cloud as involved in the negotiations']);
        expect(fixed).toContain('    party Cloud "Cloud Inc." third-party involved\n');
    });

    test('earn-back-without-credits: inserts a credit tier before the earn-back', async () => {
        const { fixed, titles } = await applyQuickFix(`${SERVICE_HEAD}        metric Uptime "Availability" {
            target >= 99 % per month
            measured by "Status page" every day
            controlled by Acme
        }
    }

    remedies {
        earn-back after 3 months at or above target
    }
}
`, IssueCodes.EarnBackWithoutCredits);
        expect(titles).toEqual(['Add a service credit tier']);
        expect(fixed).toContain(`    remedies {
        credit 5 % when below 95 % for Uptime
        earn-back after 3 months at or above target
    }
`);
    });

    test('pacing-needs-count-goal: a percentage target cannot be paced, so the pace goes', async () => {
        const { fixed, titles } = await applyQuickFix(`${SERVICE_HEAD}        metric Uptime "Availability" {
            target >= 99 % per month
            measured by "Status page" every day
            controlled by Acme
            pace daily
        }
    }
}
`, IssueCodes.PacingNeedsCountGoal);
        expect(titles).toEqual(['Remove pace daily']);
        expect(fixed).toBe(`${SERVICE_HEAD}        metric Uptime "Availability" {
            target >= 99 % per month
            measured by "Status page" every day
            controlled by Acme
        }
    }
}
`);
    });

    test('pacing-needs-count-goal: a weekly count becomes monthly', async () => {
        const { fixed, titles } = await applyQuickFix(`${SERVICE_HEAD}        metric Resolved "Tickets resolved" {
            counts "tickets"
            target >= 80 per week
            measured by "Service desk report" every day
            controlled by Acme
            pace daily
        }
    }
}
`, IssueCodes.PacingNeedsCountGoal);
        expect(titles).toEqual(['Count Resolved per month']);
        expect(fixed).toContain('            target >= 80 per month\n');
    });

    test('pacing-needs-count-goal: a segment of a paced metric gets a monthly goal below the whole', async () => {
        const { fixed, titles } = await applyQuickFix(`${SERVICE_HEAD}        metric Resolved "Tickets resolved" {
            counts "tickets"
            target >= 400 per month
            measured by "Service desk report" every day
            controlled by Acme
            segment Urgent "Urgent tickets" target <= 4 hours per incident
            pace daily
        }
    }
}
`, IssueCodes.PacingNeedsCountGoal);
        expect(titles).toEqual(['Give Urgent a monthly goal']);
        expect(fixed).toContain('            segment Urgent "Urgent tickets" target >= 100 per month\n');
    });
});

const GLOSSARY = `glossary Common "Common terms" {
    term [Business Day] aka [Business Days] = "Monday to Friday, except public holidays."
}
`;

describe('quick-fixes for terms', () => {

    test('undefined-term: did you mean a near miss, or define it in the glossary', async () => {
        const { fixed, titles } = await applyQuickFix(`agreement A {
    summary "Every [Qualifed Lead] is called back."

    glossary {
        term [Qualified Lead] aka [Qualified Leads] = "A lead with a score of at least 40."
    }
}
`, IssueCodes.UndefinedTerm);
        expect(titles).toEqual(['Did you mean [Qualified Lead]?', 'Did you mean [Qualified Leads]?', 'Define [Qualifed Lead] in the glossary']);
        expect(fixed).toContain('    summary "Every [Qualified Lead] is called back."\n');
    });

    test('undefined-term: defining the term adds it at the end of the glossary', async () => {
        const { fixed } = await applyQuickFix(`agreement A {
    summary "Every [Qualified Lead] is called back within one [Workday]."

    glossary {
        term [Qualified Lead] = "A lead with a score of at least 40."
    }
}
`, IssueCodes.UndefinedTerm, { title: 'Define [Workday] in the glossary' });
        expect(fixed).toBe(`agreement A {
    summary "Every [Qualified Lead] is called back within one [Workday]."

    glossary {
        term [Qualified Lead] = "A lead with a score of at least 40."
        term [Workday] = "What Workday means in this agreement."
    }
}
`);
    });

    test('undefined-term: without a glossary, one is created after the parties', async () => {
        const { fixed, titles } = await applyQuickFix(`agreement A {
    party Acme "Acme IT" provider

    service Desk {
        metric Resolved {
            counts [Ticket]
        }
    }
}
`, IssueCodes.UndefinedTerm);
        expect(titles).toEqual(['Define [Ticket] in a new glossary']);
        expect(fixed).toBe(`agreement A {
    party Acme "Acme IT" provider

    glossary {
        term [Ticket] = "What Ticket means in this agreement."
    }

    service Desk {
        metric Resolved {
            counts [Ticket]
        }
    }
}
`);
    });

    test('undefined-term: near misses include the names and aliases of imported glossaries', async () => {
        const { fixed, titles } = await applyQuickFix(`import "common.sla"

agreement A {
    summary "Answers within two [Busines Days]."
}
`, IssueCodes.UndefinedTerm, { path: '/work/a.sla', files: { '/work/common.sla': GLOSSARY } });
        expect(titles).toEqual(['Did you mean [Business Days]?', 'Did you mean [Business Day]?', 'Define [Busines Days] in a new glossary']);
        expect(fixed).toContain('    summary "Answers within two [Business Days]."\n');
    });

    test('undefined-term: a workspace glossary that defines the term can be imported', async () => {
        const { fixed, titles } = await applyQuickFix(`agreement A {
    summary "Answers within two [Business Days]."
}
`, IssueCodes.UndefinedTerm, { path: '/work/a.sla', files: { '/work/shared/common.sla': GLOSSARY }, title: 'Import [Business Days] from shared/common.sla' });
        expect(titles).toEqual(['Define [Business Days] in a new glossary', 'Import [Business Days] from shared/common.sla']);
        expect(fixed).toBe(`import "shared/common.sla"

agreement A {
    summary "Answers within two [Business Days]."
}
`);
    });

    test('unused-term: removes the term', async () => {
        const { fixed, titles } = await applyQuickFix(`agreement A {
    summary "Every [Qualified Lead] is called back."

    glossary {
        term [Qualified Lead] = "A lead with a score of at least 40."
        term [Cold Lead] = "A lead nobody called."
    }
}
`, IssueCodes.UnusedTerm);
        expect(titles).toEqual(['Remove the unused term [Cold Lead]']);
        expect(fixed).toBe(`agreement A {
    summary "Every [Qualified Lead] is called back."

    glossary {
        term [Qualified Lead] = "A lead with a score of at least 40."
    }
}
`);
    });

    test('unused-term: removing the only term of a glossary removes the glossary', async () => {
        const { fixed } = await applyQuickFix(`agreement A {
    kind internal

    glossary {
        term [Cold Lead] = "A lead nobody called."
    }

    review every year
}
`, IssueCodes.UnusedTerm);
        expect(fixed).toBe(`agreement A {
    kind internal

    review every year
}
`);
    });

    test('unused-term: an inline term is removed with its line', async () => {
        const { fixed } = await applyQuickFix(`agreement A {
    service Desk {
        term [Ticket] = "A request for help."
        description "The service desk."
    }
}
`, IssueCodes.UnusedTerm);
        expect(fixed).toBe(`agreement A {
    service Desk {
        description "The service desk."
    }
}
`);
    });
});

describe('every fix on a first draft', () => {

    /** A new user's first draft: most checks fire once. */
    const DRAFT = `agreement Draft "First draft" {
    kind internal
    party Marketing "Marketing team" provider
    party Sales "Sales team" customer
    party Crm "CRM vendor" third-party

    glossary {
        term [Qualified Lead] aka [Qualified Leads] = "A lead with a score of at least 40."
        term [Cold Lead] = "A lead nobody called."
    }

    service Leads "Lead generation" {
        provided by Marketing to Sales
        depends on Crm
        metric Delivered "Leads delivered" {
            counts [Qualifed Lead]
            target >= 20 per week
            controlled by Sales
            pace daily
        }
    }
    service Nurture "Lead nurturing" {
        provided by Marketing to Sales
    }

    severity Urgent "Lead flow stopped" {
        response within 1 hour
    }

    remedies {
        earn-back after 3 months at or above target
    }

    termination {
        condition "When the teams merge."
    }
}
`;

    test('each offered fix parses, is formatted and clears its diagnostic', async () => {
        const { document, diagnostics, services } = await checkDocument(DRAFT);
        const fixable = diagnostics.filter(diagnostic => diagnostic.code !== 'too-many-metrics' && diagnostic.code !== 'vague-wording');
        const codes = new Set(fixable.map(diagnostic => diagnostic.code));
        expect([...codes].sort()).toEqual([
            'earn-back-without-credits', 'missing-escalation', 'missing-exclusions', 'missing-notice-period', 'missing-period',
            'missing-review', 'pacing-needs-count-goal', 'service-without-metric', 'third-party-not-involved',
            'uncontrolled-metric', 'undefined-term', 'unmeasurable-metric', 'unused-term'
        ]);
        let fixes = 0;
        for (const diagnostic of fixable) {
            const actions = (await services.Sla.lsp.CodeActionProvider!.getCodeActions(document, {
                textDocument: { uri: document.textDocument.uri },
                range: diagnostic.range,
                context: { diagnostics: [diagnostic] }
            }) ?? []) as CodeAction[];
            expect(actions.length, `no fix for ${diagnostic.code}`).toBeGreaterThan(0);
            for (const action of actions) {
                const index = fixable.filter(other => other.code === diagnostic.code).indexOf(diagnostic);
                await applyQuickFix(DRAFT, diagnostic.code as IssueCode, { title: action.title, index });
                fixes++;
            }
        }
        expect(fixes).toBeGreaterThanOrEqual(codes.size);
    });
});

describe('quick-fixes for unresolved references', () => {
    /** The titles of the fixes offered for the first unresolved-reference of `text`. */
    async function titlesFor(text: string): Promise<string[]> {
        const services = createTestServices();
        const { document, diagnostics } = await checkDocument(text, { services });
        const diagnostic = diagnostics.find(candidate => candidate.code === IssueCodes.UnresolvedReference)!;
        expect(diagnostic).toBeDefined();
        const actions = (await services.Sla.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.textDocument.uri },
            range: diagnostic.range,
            context: { diagnostics: [diagnostic] }
        }) ?? []) as CodeAction[];
        return actions.map(action => action.title);
    }

    test('unresolved-reference: did you mean the nearest party', async () => {
        // `Provder` is one edit from `Provider`; `Customer` is far.
        const text = (party: string) => `agreement A {
    party Provider "Provider Ltd." provider
    party Customer "Customer Inc." customer
    review every year with ${party}, Customer
}
`;
        const { fixed, titles } = await applyQuickFix(text('Provder'), IssueCodes.UnresolvedReference);
        expect(titles).toEqual(['Did you mean Provider?']);
        expect(fixed).toBe(text('Provider'));
    });

    test('unresolved-reference: the names offered are of the kind the reference asks for', async () => {
        // `Dsk` is one edit from the service `Desk`, but `controlled by` names a party.
        expect(await titlesFor(BASE.replace('controlled by Provider', 'controlled by Dsk'))).toEqual([]);
        // Near miss: where a service goes, `Desk` is offered.
        expect(await titlesFor(`${BASE.slice(0, -1)}    deliverable Report "Report" from Provider to Customer every month about Dsk\n}`)).toEqual(['Did you mean Desk?']);
    });

    test('unresolved-reference: a broken import offers no name', async () => {
        expect(await titlesFor(`import "comon.sla"\n${BASE}`)).toEqual([]);
    });
});
