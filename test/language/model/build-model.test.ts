import { beforeAll, describe, expect, test } from 'vitest';
import type { AgreementModel, CalendarDate } from 'sla-model';
import { buildAgreementModel, isAgreement, isSlaFile } from 'sla-language';
import { checkDocument, modelOf } from '../../helpers/sla-test-services.js';
import { FILES, FULL } from './model-fixture.js';

const date = (year: number, month: number, day: number): CalendarDate =>
    ({ year, month, day, iso: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` });
/** Where an element of the agreement under test was written. */
const at = (line: number) => ({ uri: 'file:///work/sla/full.sla', line });
const text = (value: string) => ({ kind: 'text' as const, text: value });
const mention = (term: string, defined = true) => ({ kind: 'mention' as const, term, defined });

let model: AgreementModel;

beforeAll(async () => {
    const result = await checkDocument(FULL, { files: FILES, path: '/work/sla/full.sla' });
    model = modelOf(result)!;
});

describe('buildAgreementModel', () => {
    test('heading: name, title, version, kind, model, summary with mentions of local and imported terms', () => {
        expect([model.name, model.title, model.origin, model.version, model.kind, model.model]).toEqual(['Full', 'Full agreement', at(1), '2.1', 'external', 'multi-level']);
        expect(model.summary).toEqual([text('Hosting of the '), mention('Store'), text(' on '), mention('Business Days'), text('.')]);
    });

    test('period with renewal and tracking start', () => {
        expect(model.period).toEqual({
            origin: at(6),
            start: date(2026, 1, 1),
            end: date(2026, 12, 31),
            openEnded: false,
            renewal: { value: 12, unit: 'months', minutes: 12 * 30 * 24 * 60, text: '12 months' },
            trackingStart: date(2026, 2, 1)
        });
    });

    test('parties, goals and terms (local first, then imported with their source)', () => {
        expect(model.parties).toEqual([
            { name: 'Host', title: 'Host Ltd.', role: 'provider', involved: false, representatives: [{ person: 'Ann Lee', jobRole: 'Service Level Manager' }], origin: at(7) },
            { name: 'Shop', title: 'Shop Inc.', role: 'customer', involved: false, representatives: [], origin: at(10) },
            { name: 'Probe', title: 'Probe Inc.', role: 'third-party', involved: true, representatives: [], origin: at(11) }
        ]);
        expect(model.goals).toEqual([
            { name: 'Uptime', title: 'Keep the store up', owner: 'Host', text: [text('Every '), mention('Store'), text(' page answers.')], origin: at(12) }
        ]);
        expect(model.terms).toEqual([
            { name: 'Store', aliases: ['Stores'], definition: [text('The online shop of Shop.')], origin: at(14) },
            { name: 'Order', aliases: [], definition: [text('A paid basket.')], origin: at(23) },
            { name: 'Business Day', aliases: ['Business Days'], definition: [text('Monday to Friday.')], origin: { uri: 'file:///work/common.sla', line: 1 } }
        ]);
    });

    test('services with their metrics, segments and pace', () => {
        expect(model.services).toEqual([{
            name: 'Hosting',
            title: 'Hosting',
            provider: 'Host',
            consumers: ['Shop', 'Probe'],
            hours: 'Always.',
            description: [text('Servers and backups.')],
            dependsOn: ['Probe'],
            exclusions: [[text('Content.')], [text('Code.')]],
            responsibilities: [{ party: 'Shop', items: [[text('Test releases.')]] }],
            metrics: [
                {
                    name: 'Orders',
                    title: 'Orders taken',
                    service: 'Hosting',
                    counts: 'Order',
                    target: { comparator: '>=', value: 400, unit: 'count', period: 'month', origin: at(26) },
                    measurement: { source: 'Shop report', operator: 'Probe', method: 'Count of paid baskets', frequency: 'day' },
                    controlledBy: 'Host',
                    severities: [],
                    segments: [
                        { name: 'Big', title: 'Large orders', target: { comparator: '>=', value: 50, unit: 'count', period: 'month', origin: at(29) }, origin: at(29) },
                        { name: 'Small', title: 'Small', target: undefined, origin: at(30) }
                    ],
                    paced: true,
                    origin: at(24)
                },
                {
                    name: 'Restore',
                    title: 'Restore time',
                    service: 'Hosting',
                    counts: undefined,
                    times: 'Restore',
                    target: { comparator: '<=', value: 4, unit: 'hours', period: 'request', origin: at(35) },
                    measurement: undefined,
                    controlledBy: undefined,
                    severities: [],
                    segments: [],
                    paced: false,
                    origin: at(33)
                }
            ],
            origin: at(16)
        }]);
    });

    test('deliverables, severities and remedies', () => {
        expect(model.deliverables).toEqual([
            { name: 'Report', title: 'Monthly report', from: 'Host', to: 'Shop', cadence: 'month', service: undefined, text: [text('Orders and outages.')], origin: at(38) }
        ]);
        expect(model.severities).toEqual([{
            name: 'Critical',
            title: 'Critical',
            response: { value: 15, unit: 'minutes', minutes: 15, text: '15 minutes' },
            resolution: { value: 1, unit: 'business-days', minutes: 480, text: '1 business-day' },
            escalation: [{ after: { value: 1, unit: 'hours', minutes: 60, text: '1 hour' }, contact: 'Duty manager', origin: at(42) }],
            origin: at(39)
        }]);
        expect(model.remedies).toEqual({
            // The tier line of Orders is its schedule: 10 % below 99.9 %, worst tier, the remedies' cap.
            schedules: [{
                name: '',
                combine: 'worst',
                tiers: [{ amount: { kind: 'percent', value: 10 }, upper: { value: 99.9, inclusive: false }, origin: at(45) }],
                caps: [{ amount: { kind: 'percent', value: 50 }, per: 'month', origin: at(46) }],
                metrics: ['Orders'],
                origin: at(45)
            }],
            credits: [{ credit: 10, below: 99.9, metric: 'Orders', origin: at(45) }],
            caps: [{ value: 50, period: 'month', origin: at(46) }],
            penalties: [[text('A plan.')]],
            rewards: [[text('A bonus.')]],
            triggers: [],
            earnBack: { periods: 3, unit: 'months', origin: at(49) },
            origin: at(44)
        });
    });

    test('indemnification, exclusions, reviews, meetings, termination, references and sections', () => {
        expect(model.indemnification).toEqual([[text('Host pays legal costs.')]]);
        expect(model.exclusions).toEqual([[text('Force majeure.')]]);
        expect(model.reviews).toEqual([{ cadence: 'year', participants: ['Host', 'Shop'], origin: at(53) }]);
        expect(model.meetings).toEqual([{ title: 'Service review', cadence: 'quarter', participants: ['Host'], origin: at(54) }]);
        expect(model.termination).toEqual({
            notices: [
                { time: { value: 90, unit: 'days', minutes: 90 * 24 * 60, text: '90 days' }, by: 'either', origin: at(56) },
                { time: { value: 30, unit: 'days', minutes: 30 * 24 * 60, text: '30 days' }, by: 'Shop', origin: at(57) }
            ],
            conditions: [[text('On breach.')]],
            expiry: [[text('At the end.')]],
            origin: at(55)
        });
        expect(model.references).toEqual([{ title: 'MSA', location: 'Legal archive', origin: at(61) }]);
        expect(model.sections).toEqual([{ title: 'Changes', text: [text('Agreed in writing.')], origin: at(62) }]);
    });

    test('measurements from a CSV file next to the agreement, and inline', () => {
        expect(model.measurements).toEqual([
            {
                metric: 'Orders',
                file: 'orders.csv',
                points: [{ date: date(2026, 3, 1), value: 14 }, { date: date(2026, 3, 1), value: 3, segment: 'Big' }],
                problems: [{ message: 'Row 4: \'x\' is not a number.', row: 4 }],
                origin: at(63)
            },
            {
                metric: 'Restore',
                points: [{ date: date(2026, 3, 1), value: 3 }, { date: date(2026, 3, 2), value: 5 }],
                problems: [],
                origin: at(64)
            }
        ]);
    });

    test('a metric scoped to severity levels, and a deliverable about a service', async () => {
        const result = await checkDocument([
            'agreement A {',
            '    party P provider',
            '    party C customer',
            '    service Desk { provided by P to C metric Fix { for severity Critical, High } }',
            '    deliverable Report from P to C every week about Desk',
            '    severity Critical { } severity High { }',
            '}'
        ].join('\n'));
        const built = modelOf(result)!;
        expect(built.services[0].metrics[0].severities).toEqual(['Critical', 'High']);
        expect(built.deliverables[0].service).toBe('Desk');
        expect(result.diagnostics.filter(diagnostic => diagnostic.code === 'unresolved-reference')).toEqual([]);
    });

    test('without a file reader, a CSV is a problem, not a failure; an undefined mention is marked', async () => {
        const result = await checkDocument('agreement A { summary "See [Nothing]." measurements for M from "m.csv" }');
        const root = result.document.parseResult.value;
        expect(isSlaFile(root) && isAgreement(root.agreement)).toBe(true);
        const built = buildAgreementModel(root.agreement!);
        expect(built.summary).toEqual([text('See '), mention('Nothing', false), text('.')]);
        expect(built.measurements).toEqual([{ metric: 'M', file: 'm.csv', points: [], problems: [{ message: 'Files cannot be read here.' }], origin: { uri: result.document.uri.toString(), line: 0 } }]);
        expect([built.title, built.period, built.termination, built.remedies.origin]).toEqual(['A', undefined, undefined, undefined]);
    });

    test('a missing CSV file is a problem with the reason', async () => {
        const result = await checkDocument('agreement A { measurements for M from "none.csv" measurements for M from "" }');
        expect(modelOf(result)!.measurements.map(series => series.problems)).toEqual([
            [{ message: 'The file \'none.csv\' cannot be read. Put it next to the agreement or fix the path.' }],
            [{ message: 'No file is named. Write the CSV file name, relative to this agreement.' }]
        ]);
    });

    test('a shared glossary file has no agreement model', async () => {
        const result = await checkDocument('glossary G { term [A] = "a" }');
        expect(modelOf(result)).toBeUndefined();
    });
});

describe('fees, credit schedules and period rules', () => {
    const AGREEMENT = `agreement Hosting "Hosting" {
    fee HostingFee 12000 EUR per month
    service Web "Web" {
        fee SupportFee 800 EUR per month
        metric Availability "Availability" {
            target >= 99.9 % per month
            computed as availability from downtime
        }
        metric Resolved "First-contact resolution" {
            target >= 70 % per month
            segment AtFirstContact "At first contact"
            segment All "All cases"
            computed as ratio of AtFirstContact over All
        }
        metric Leads "Leads" {
            target >= 400 per month
            computed as sum
        }
    }
    credits Standard of HostingFee for Availability, Resolved, Availability {
        10 % from 99.0 % to below 99.9 %
        30 % above 95.0 % to 99.0 %
        100 % below 95.0 %
        50 % at or below 90
        2 days of service from 80 to below 85
        10 times downtime fees below 80
        500 EUR below 50
        cumulative
        cap 100 % per month
        cap 50000 EUR per rolling 12 months
        minimum 50 EUR
    }
}`;

    test('every form of tier bound, amount, cap and minimum; a metric named twice counts once', async () => {
        const result = await checkDocument(AGREEMENT, { path: '/work/sla/hosting.sla' });
        const built = modelOf(result)!;
        const here = (line: number) => ({ uri: 'file:///work/sla/hosting.sla', line });
        expect(built.fees).toEqual([
            { name: 'HostingFee', amount: 12000, currency: 'EUR', period: 'month', service: undefined, origin: here(1) },
            { name: 'SupportFee', amount: 800, currency: 'EUR', period: 'month', service: 'Web', origin: here(3) }
        ]);
        const percent = (value: number) => ({ kind: 'percent', value });
        expect(built.remedies.schedules).toEqual([{
            name: 'Standard',
            fee: 'HostingFee',
            combine: 'cumulative',
            tiers: [
                { amount: percent(10), lower: { value: 99, inclusive: true }, upper: { value: 99.9, inclusive: false }, origin: here(20) },
                { amount: percent(30), lower: { value: 95, inclusive: false }, upper: { value: 99, inclusive: true }, origin: here(21) },
                { amount: percent(100), lower: undefined, upper: { value: 95, inclusive: false }, origin: here(22) },
                { amount: percent(50), lower: undefined, upper: { value: 90, inclusive: true }, origin: here(23) },
                { amount: { kind: 'service-days', value: 2 }, lower: { value: 80, inclusive: true }, upper: { value: 85, inclusive: false }, origin: here(24) },
                { amount: { kind: 'downtime-multiple', value: 10 }, lower: undefined, upper: { value: 80, inclusive: false }, origin: here(25) },
                { amount: { kind: 'fixed', value: 500, currency: 'EUR' }, lower: undefined, upper: { value: 50, inclusive: false }, origin: here(26) }
            ],
            caps: [
                { amount: percent(100), per: 'month', origin: here(28) },
                { amount: { kind: 'fixed', value: 50000, currency: 'EUR' }, per: 'rolling-12-months', origin: here(29) }
            ],
            minimum: { amount: { kind: 'fixed', value: 50, currency: 'EUR' }, origin: here(30) },
            metrics: ['Availability', 'Resolved'],
            origin: here(19)
        }]);
        const metrics = built.services[0].metrics;
        expect(metrics.map(metric => metric.computed)).toEqual([
            { rule: { kind: 'availability' }, origin: here(6) },
            { rule: { kind: 'ratio', good: 'AtFirstContact', total: 'All' }, origin: here(12) },
            { rule: { kind: 'sum' }, origin: here(16) }
        ]);
        expect(result.diagnostics.filter(diagnostic => diagnostic.code === 'syntax-error' || diagnostic.code === 'unresolved-reference')).toEqual([]);
    });
});

describe('penalties and rewards with a trigger', () => {
    const AGREEMENT = `agreement Hosting "Hosting" {
    service Web "Web" {
        metric Availability "Availability" { target >= 99.9 % per month }
    }
    remedies {
        penalty "A plan." when Availability below target 2 periods in a row
        reward "A bonus." when Availability at or above target in 3 of the last 6 periods
        penalty "A review." when Availability below target
        penalty "Prose alone."
    }
}`;

    test('each form gives its count, window and condition; every prose stays in the penalties and rewards', async () => {
        const result = await checkDocument(AGREEMENT, { path: '/work/sla/hosting.sla' });
        const built = modelOf(result)!;
        const here = (line: number) => ({ uri: 'file:///work/sla/hosting.sla', line });
        expect(built.remedies.triggers).toEqual([
            { kind: 'penalty', text: [text('A plan.')], metric: 'Availability', condition: 'missed', count: 2, window: 2, consecutive: true, origin: here(5) },
            { kind: 'reward', text: [text('A bonus.')], metric: 'Availability', condition: 'met', count: 3, window: 6, consecutive: false, origin: here(6) },
            { kind: 'penalty', text: [text('A review.')], metric: 'Availability', condition: 'missed', count: 1, window: 1, consecutive: true, origin: here(7) }
        ]);
        expect(built.remedies.penalties).toEqual([[text('A plan.')], [text('A review.')], [text('Prose alone.')]]);
        expect(built.remedies.rewards).toEqual([[text('A bonus.')]]);
        expect(result.diagnostics.filter(diagnostic => diagnostic.code === 'syntax-error' || diagnostic.code === 'unresolved-reference')).toEqual([]);
    });
});
