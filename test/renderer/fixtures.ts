import type { AgreementModel } from 'sla-model';
import { calendarDate } from 'sla-model';
import { checkDocument, modelOf } from '../helpers/sla-test-services.js';

/** Today in renderer tests: inside March 2026, the month the fixture has most data for. */
export const TODAY = calendarDate(2026, 3, 15);

/** An agreement with every building block of the document, paced data in two months. */
export const AGREEMENT = `agreement Fixture "Fixture SLA" {
    version "2.0"
    kind internal
    model service-based
    summary "Marketing generates [Qualified Leads] for Sales.

        Sales follows up within two [Business Days]."
    period 2026-01-01 to 2026-12-31
    party Marketing "Marketing team" provider {
        representative "Dana Lee" as "Service Level Manager"
    }
    party Sales "Sales team" customer
    party Crm "CRM Vendor" third-party involved
    goal Leads "Deliver 400 leads a month" owned by Marketing "So that Sales reaches its own goal."
    glossary {
        term [Qualified Lead] aka [Qualified Leads] = "A lead with a score of at least 40."
    }
    service LeadGeneration "Lead generation" {
        provided by Marketing to Sales
        hours "Every day"
        description "Campaigns and scoring."
        depends on Crm
        exclusions { "Events." }
        responsibilities of Sales { "Follow up every lead." }
        metric LeadsDelivered "Qualified leads delivered" {
            counts [Qualified Lead]
            target >= 400 per month
            measured by "CRM report" operated by Crm every day
            controlled by Marketing
            segment DecisionMakers "Decision makers" target >= 100 per month
            pace daily
        }
        metric Speed "Follow-up time" {
            times "first call"
            target <= 4 hours per request
            measured by "CRM report" every day
            controlled by Marketing
        }
    }
    deliverable Pipeline "Pipeline report" from Sales to Marketing every week "Stage of every [Qualified Lead]."
    severity Urgent "Urgent" {
        response within 30 minutes
        resolution within 4 hours
        escalate after 1 hour to "Head of Sales"
        escalate after 2 hours to "Chief Revenue Officer"
    }
    remedies {
        credit 5 % when below 95 % for LeadsDelivered
        cap 10 % per month
        penalty "A written plan."
        reward "An extra campaign."
        earn-back after 3 months at or above target
    }
    indemnification "Marketing pays third-party costs of its breach."
    exclusions { "Bought lists." }
    review every quarter with Marketing, Sales
    meeting "Pipeline review" every week with Marketing, Sales
    termination {
        notice 30 days by either party
        condition "A reorganisation."
        expiry "At the end of the period."
    }
    references {
        document "Sales playbook" at "https://example.com/playbook"
        document "Policy" at "policies/leads.pdf"
    }
    section "Scope" "Applies to inbound leads."
    measurements for LeadsDelivered from "leads.csv"
}
`;

/** February: three days; March: days 1–3 and 5 (day 4 missing), a segment row, one row after the period. */
export const LEADS_CSV = `date,value,segment
2026-02-01,10,
2026-02-02,20,
2026-02-03,30,
2026-03-01,14,
2026-03-01,3,DecisionMakers
2026-03-02,15,
2026-03-03,10,
2026-03-05,17,
2027-01-01,99,
`;

export async function fixtureModel(text = AGREEMENT, files: Record<string, string> = { '/work/leads.csv': LEADS_CSV }): Promise<AgreementModel> {
    const result = await checkDocument(text, { files });
    const model = modelOf(result);
    if (!model) {
        throw new Error('The fixture holds no agreement.');
    }
    return model;
}
