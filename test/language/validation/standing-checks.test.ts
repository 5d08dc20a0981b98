import * as fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { calendarDate, describeMissedPeriod, evaluateAgreement, metricStandings } from 'sla-model';
import { IssueCodes } from 'sla-language';
import { buildExamples } from '../../helpers/example-documents.js';
import { createTestServices } from '../../helpers/sla-test-services.js';
import { applyQuickFix } from '../lsp/lsp-test-helpers.js';
import { base, check, expectClean, expectOnly, range } from './validation-helpers.js';

/** BASE (`Resolved`: at least 70 % per month, line 6) with these measurement rows; the test clock says 15 March 2026. */
const measured = (rows: string[], options: { replace?: [string, string][]; extra?: string[] } = {}) => base({
    replace: options.replace,
    extra: [...options.extra ?? [], '    measurements for Resolved {', ...rows.map(row => `        ${row}`), '    }']
});

const fixture = (code: string) => fs.readFileSync(new URL(`../../fixtures/diagnostics/${code}.sla`, import.meta.url), 'utf8');

/** `Resolved` in `metric Resolved "…"`, line 6. */
const RESOLVED = range(6, 15, 6, 23);

describe('missed-last-period', () => {
    test('the last complete period missed: an information on the metric name with period, value and target', async () => {
        // On 15 March 2026 February is the last complete month: 68.5 is below 70.
        expectOnly(await check(measured(['2026-01-31 75', '2026-02-28 68.5'])), IssueCodes.MissedLastPeriod, {
            range: RESOLVED,
            text: 'Resolved',
            message: 'Resolved missed its target in February 2026, the last complete period: 68.5% against at least 70% per month; no credit is due.'
        });
    });

    test('with the credit a schedule owes for it', async () => {
        const text = measured(['2026-02-28 68.5'], { extra: ['    fee DeskFee 5000 EUR per month', '    credits Standard of DeskFee for Resolved {', '        5 % from 60 % to below 70 %', '        20 % below 60 %', '    }'] });
        // 68.5 falls in the 5 % tier: 5 % of 5000 EUR = 250 EUR.
        expectOnly(await check(text), IssueCodes.MissedLastPeriod, {
            range: RESOLVED,
            text: 'Resolved',
            message: 'Resolved missed its target in February 2026, the last complete period: 68.5% against at least 70% per month; credit due 250 EUR.'
        });
    });

    test('near misses: exactly the target; a running period below it; an earlier miss before a period without data', async () => {
        expectClean(await check(measured(['2026-02-28 70'])));
        // March runs on 15 March: 50 so far is not judged yet.
        expectClean(await check(measured(['2026-02-28 71', '2026-03-10 50'])));
        // January missed, but February, the last complete period, has no data: nothing to say about it.
        expectClean(await check(measured(['2026-01-31 50'])));
    });

    test('today is the settings clock: on 1 April March is the last complete period', async () => {
        const services = createTestServices();
        services.Sla.sla.Settings.now = () => new Date(2026, 3, 1, 9, 0, 0);
        expectOnly(await check(measured(['2026-02-28 71', '2026-03-31 69.9']), { services }), IssueCodes.MissedLastPeriod, {
            range: RESOLVED,
            text: 'Resolved',
            message: 'Resolved missed its target in March 2026, the last complete period: 69.9% against at least 70% per month; no credit is due.'
        });
        // On 31 March, March still runs and February (71) met.
        services.Sla.sla.Settings.now = () => new Date(2026, 2, 31, 23, 0, 0);
        expectClean(await check(measured(['2026-02-28 71', '2026-03-31 69.9']), { services }));
    });

    test('the examples stay clean on every day from December 2026, so `sla check examples` on the real date reports no problems', async () => {
        const { services, documents } = await buildExamples();
        const models = documents.map(document => services.Sla.sla.ModelProvider.modelOf(document)).filter(model => model !== undefined);
        expect(models.length).toBe(3);
        const found: string[] = [];
        // The first of each month from December 2026 to January 2029: the last complete period changes only then.
        for (let month = 0; month < 26; month++) {
            const today = calendarDate(2026 + Math.floor((11 + month) / 12), (11 + month) % 12 + 1, 1);
            for (const model of models) {
                found.push(...metricStandings(model, { today }).flatMap(standing => describeMissedPeriod(standing) ?? []));
                found.push(...evaluateAgreement(model, { today }).series.flatMap(series => series.periods.filter(result => result.ambiguity).map(result => `${series.metric} ${result.period.label}`)));
            }
        }
        expect(found).toEqual([]);
        // A near miss for this test: in November 2026 the cloud hosting example's October had missed, for both metrics.
        const hosting = models.find(model => model.name === 'CloudHosting')!;
        expect(metricStandings(hosting, { today: calendarDate(2026, 11, 15) }).map(describeMissedPeriod).filter(Boolean)).toEqual([
            'Availability missed its target in October 2026, the last complete period: 98.8799% against at least 99.9% per month; credit due 6000 EUR (earn-back pending).',
            // The API's credit is taken to nothing by the schedule's cap, as the report says.
            'ApiAvailability missed its target in October 2026, the last complete period: 99.7312% against at least 99.9% per month; credit due 0 EUR (capped).'
        ]);
    });
});

describe('ambiguous-period-value', () => {
    test('two values in a month of a percentage without a rule: a warning on the metric name saying how to state it', async () => {
        expectOnly(await check(measured(['2026-02-14 68', '2026-02-28 74'])), IssueCodes.AmbiguousPeriodValue, {
            range: RESOLVED,
            text: 'Resolved',
            message: 'Resolved has 2 values in February 2026, but without a `computed as` rule a percentage target takes one value per month, so February 2026 has no result. '
                + 'State how they combine on the metric, e.g. `computed as average` (or `maximum`, `minimum`), or record one value per month.'
        });
    });

    test('several periods, the running one too, and a written `computed as recorded`', async () => {
        const text = measured(['2026-01-10 71', '2026-01-20 72', '2026-01-30 73', '2026-02-28 74', '2026-03-01 75', '2026-03-02 76'],
            { replace: [['target >= 70 % per month', 'target >= 70 % per month\n            computed as recorded']] });
        expectOnly(await check(text), IssueCodes.AmbiguousPeriodValue, {
            range: RESOLVED,
            text: 'Resolved',
            message: 'Resolved has 3 values in January 2026 and 2 values in March 2026, but its rule `computed as recorded` takes one value per month, so those periods have no result. '
                + 'State how they combine on the metric, e.g. `computed as average` (or `maximum`, `minimum`), or record one value per month.'
        });
    });

    test('two rows for one day of a count added up by day, on the metric name', async () => {
        const text = measured(['2026-02-05 2', '2026-02-05 1', '2026-02-06 4'], { replace: [['target >= 70 % per month', 'target >= 3 per month']] });
        expectOnly(await check(text), IssueCodes.AmbiguousPeriodValue, {
            range: RESOLVED,
            text: 'Resolved',
            message: 'Resolved has two or more rows for one day in February 2026 (2 values recorded for 2026-02-05), but its rule (`sum`, the default for a count) adds up one value a day, so February 2026 has no result. '
                + 'Record one row per day, with the day\'s values added up into it.'
        });
    });

    test('near misses: the values combined by a rule; one row per day of a count', async () => {
        // (68 + 74) / 2 = 71: at least 70, met.
        expectClean(await check(measured(['2026-02-14 68', '2026-02-28 74'], { replace: [['target >= 70 % per month', 'target >= 70 % per month\n            computed as average']] })));
        // 2 + 1 + 4 = 7 on three days: at least 3, met.
        expectClean(await check(measured(['2026-02-05 2', '2026-02-06 1', '2026-02-07 4'], { replace: [['target >= 70 % per month', 'target >= 3 per month']] })));
    });

    test('the quick-fix writes `computed as average` after the target (maximum and minimum offered too), and the agreement is clean', async () => {
        const text = fixture('ambiguous-period-value');
        const { fixed, titles } = await applyQuickFix(text, IssueCodes.AmbiguousPeriodValue);
        expect(titles).toEqual(['Compute Availability as the average of its values', 'Compute Availability as the maximum of its values', 'Compute Availability as the minimum of its values']);
        expect(fixed).toBe(text.replace('            target >= 99.9 % per month\n', '            target >= 99.9 % per month\n            computed as average\n'));
        // November: (99.95 + 99.97) / 2 = 99.96, at least 99.9; December's 99.92 too: clean.
        expectClean(await check(fixed));
    });

    test('the quick-fix replaces a written `computed as recorded`; none for two rows on one day', async () => {
        const text = fixture('ambiguous-period-value').replace('            target >= 99.9 % per month\n', '            target >= 99.9 % per month\n            computed as recorded\n');
        const { fixed } = await applyQuickFix(text, IssueCodes.AmbiguousPeriodValue, { title: 'Compute Availability as the maximum of its values' });
        expect(fixed).toBe(text.replace('computed as recorded', 'computed as maximum'));
        const daily = await check(measured(['2026-02-05 2', '2026-02-05 1'], { replace: [['target >= 70 % per month', 'target >= 3 per month']] }));
        const diagnostic = daily.diagnostics.find(candidate => candidate.code === IssueCodes.AmbiguousPeriodValue)!;
        const actions = await daily.services.Sla.lsp.CodeActionProvider!.getCodeActions(daily.document, {
            textDocument: { uri: daily.document.textDocument.uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
        });
        expect(actions).toEqual([]);
    });
});
