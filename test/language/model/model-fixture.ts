/** An agreement that uses every clause of the language once, with the files it reads. */
export const FULL = `import "../common.sla"
agreement Full "Full agreement" {
    version "2.1"
    kind external
    model multi-level
    summary "Hosting of the [Store] on [Business Days]."
    period 2026-01-01 to 2026-12-31 renews every 12 months tracking from 2026-02-01
    party Host "Host Ltd." provider {
        representative "Ann Lee" as "Service Level Manager"
    }
    party Shop "Shop Inc." customer
    party Probe "Probe Inc." third-party involved
    goal Uptime "Keep the store up" owned by Host "Every [Store] page answers."
    glossary {
        term [Store] aka [Stores] = "The online shop of Shop."
    }
    service Hosting "Hosting" {
        provided by Host to Shop, Probe
        hours "Always."
        description "Servers and backups."
        depends on Probe
        exclusions { "Content." "Code." }
        responsibilities of Shop { "Test releases." }
        term [Order] = "A paid basket."
        metric Orders "Orders taken" {
            counts [Order]
            target >= 400 per month
            measured by "Shop report" operated by Probe using "Count of paid baskets" every day
            controlled by Host
            segment Big "Large orders" target >= 50 per month
            segment Small
            pace daily
        }
        metric Restore "Restore time" {
            times "Restore"
            target <= 4 hours per request
        }
    }
    deliverable Report "Monthly report" from Host to Shop every month "Orders and outages."
    severity Critical "Critical" {
        response within 15 minutes
        resolution within 1 business-day
        escalate after 1 hour to "Duty manager"
    }
    remedies {
        credit 10 % when below 99.9 % for Orders
        cap 50 % per month
        penalty "A plan."
        reward "A bonus."
        earn-back after 3 months at or above target
    }
    indemnification "Host pays legal costs."
    exclusions { "Force majeure." }
    review every year with Host, Shop
    meeting "Service review" every quarter with Host
    termination {
        notice 90 days by either party
        notice 30 days by Shop
        condition "On breach."
        expiry "At the end."
    }
    references { document "MSA" at "Legal archive" }
    section "Changes" "Agreed in writing."
    measurements for Orders from "orders.csv"
    measurements for Restore { 2026-03-01 3 2026-03-02 5 }
}
`;

export const FILES = {
    '/work/common.sla': 'glossary Common {\n    term [Business Day] aka [Business Days] = "Monday to Friday."\n}\n',
    '/work/sla/orders.csv': 'date,value,segment\n2026-03-01,14,\n2026-03-01,3,Big\n2026-03-02,x,\n'
};
