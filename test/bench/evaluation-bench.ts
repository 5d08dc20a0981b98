/**
 * Evaluation and the service level report on a year of daily data (issue #11: "a year of daily
 * data on 20 metrics (target: evaluation ≤ 5 ms, report render ≤ 20 ms, median)"): a generated
 * agreement with 20 metrics, half availability from daily downtime under a credit schedule with
 * caps and earn-back, half daily counts summed per month, two triggers; 365 daily values each.
 * The model is built once through the language; `evaluateAgreement`, and `serviceLevelReport`
 * with its text and Markdown, are timed on it.
 */
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { calendarDate, evaluateAgreement, serviceLevelReport, type AgreementModel } from 'sla-model';
import { createSlaServices } from 'sla-language';
import { renderReportMarkdown, renderReportText } from 'sla-renderer';
import { summarize, type Summary } from './statistics.js';

export interface EvaluationFigures {
    metrics: number;
    days: number;
    /** The model's recorded values, and the periods and credits evaluated: what the timings covered. */
    values: number;
    periods: number;
    credits: number;
    evaluation: Summary;
    /** `serviceLevelReport` for the year (evaluation included), then its text and its Markdown. */
    report: Summary;
    /**
     * The same runs in CPU time of this process (`process.cpuUsage`, garbage collection
     * included): on a machine shared with other work, the wall clock also counts the waits.
     */
    evaluationCpu: Summary;
    reportCpu: Summary;
}

export const EVALUATION_SHAPE = { metrics: 20, days: 365 };

/** After the year: every month is finished, so every one is evaluated and credited. */
const TODAY = calendarDate(2027, 1, 15);

/** A fixed pseudo-random sequence, so every run measures the same data. */
function sequence(seed: number): () => number {
    let state = seed;
    return () => {
        state = (state * 1103515245 + 12345) % 2 ** 31;
        return state / 2 ** 31;
    };
}

/** The agreement's text: 20 metrics in one service, and 365 inline rows for each. */
export function evaluationAgreement(metrics = EVALUATION_SHAPE.metrics, days = EVALUATION_SHAPE.days): string {
    const random = sequence(7);
    const names = Array.from({ length: metrics }, (_, index) => index % 2 === 0 ? `Availability${index}` : `Tickets${index}`);
    const lines = [
        'agreement EvaluationBench "Evaluation benchmark" {',
        '    period 2026-01-01 to 2026-12-31',
        '    party Host "Host" provider',
        '    party Shop "Shop" customer',
        '    fee HostingFee 12000 EUR per month',
        '    service Hosting "Hosting" {',
        '        provided by Host to Shop'
    ];
    for (const name of names) {
        const availability = name.startsWith('Availability');
        lines.push(
            `        metric ${name} "${name}" {`,
            availability ? '            target >= 99.9 % per month' : '            target >= 300 per month',
            availability ? '            computed as availability from downtime' : '            computed as sum',
            '            measured by "Monitoring" every day',
            '            controlled by Host',
            '        }'
        );
    }
    lines.push('    }');
    const credited = names.filter(name => name.startsWith('Availability'));
    lines.push(
        `    credits Standard of HostingFee for ${credited.join(', ')} {`,
        '        10 % from 99.5 % to below 99.9 %',
        '        25 % from 99.0 % to below 99.5 %',
        '        50 % below 99.0 %',
        '        cap 50 % per month',
        '        cap 30000 EUR per rolling 12 months',
        '    }',
        '    remedies {',
        '        earn-back after 3 months at or above target',
        `        penalty "A remediation plan." when ${credited[0]} below target 2 periods in a row`,
        `        reward "A bonus." when ${names[1]} at or above target in 3 of the last 6 periods`,
        '    }'
    );
    const start = Date.UTC(2026, 0, 1);
    for (const name of names) {
        lines.push(`    measurements for ${name} {`);
        for (let day = 0; day < days; day++) {
            const date = new Date(start + day * 86_400_000).toISOString().slice(0, 10);
            // Downtime minutes: mostly none, now and then an outage; counts around 10 a day.
            const value = name.startsWith('Availability') ? (random() < 0.1 ? Math.floor(random() * 120) : 0) : 6 + Math.floor(random() * 9);
            lines.push(`        ${date} ${value}`);
        }
        lines.push('    }');
    }
    lines.push('}');
    return `${lines.join('\n')}\n`;
}

async function buildModel(text: string): Promise<AgreementModel> {
    const { shared, Sla } = createSlaServices({ ...NodeFileSystem });
    const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file('/bench/evaluation.sla'));
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: false });
    const model = Sla.sla.ModelProvider.modelOf(document);
    if (!model) {
        throw new Error('the evaluation benchmark agreement gives no model');
    }
    return model;
}

export async function measureEvaluation(runs: number): Promise<EvaluationFigures> {
    const model = await buildModel(evaluationAgreement());
    /** Wall-clock and CPU milliseconds of one call. */
    const time = (action: () => unknown): [number, number] => {
        const cpu = process.cpuUsage();
        const start = performance.now();
        action();
        const wall = performance.now() - start;
        const used = process.cpuUsage(cpu);
        return [wall, (used.user + used.system) / 1000];
    };
    const [evaluation, report, evaluationCpu, reportCpu]: number[][] = [[], [], [], []];
    const warmups = Math.max(3, Math.min(20, Math.floor(runs / 10)));
    for (let run = -warmups; run < runs; run++) {
        const evaluated = time(() => evaluateAgreement(model, { today: TODAY }));
        const reported = time(() => {
            const year = serviceLevelReport(model, { today: TODAY });
            renderReportText(year);
            renderReportMarkdown(year);
        });
        if (run >= 0) {
            evaluation.push(evaluated[0]);
            evaluationCpu.push(evaluated[1]);
            report.push(reported[0]);
            reportCpu.push(reported[1]);
        }
    }
    const result = evaluateAgreement(model, { today: TODAY });
    return {
        metrics: model.services.flatMap(service => service.metrics).length,
        days: EVALUATION_SHAPE.days,
        values: model.measurements.reduce((sum, series) => sum + series.points.length, 0),
        periods: result.series.reduce((sum, series) => sum + series.periods.length, 0),
        credits: result.series.reduce((sum, series) => sum + series.periods.reduce((count, period) => count + period.credits.length, 0), 0),
        evaluation: summarize(evaluation),
        report: summarize(report),
        evaluationCpu: summarize(evaluationCpu),
        reportCpu: summarize(reportCpu)
    };
}

/** The targets, judged by the median. */
export function evaluationTargets(figures: EvaluationFigures): { what: string; goal: string; measured: string; ok: boolean }[] {
    const ms = (value: number) => value.toFixed(2);
    return [
        { what: `Evaluation, ${figures.metrics} metrics × ${figures.days} days, median`, goal: '≤ 5 ms', measured: `${ms(figures.evaluation.median)} ms (p95 ${ms(figures.evaluation.p95)} ms; CPU ${ms(figures.evaluationCpu.median)} ms)`, ok: figures.evaluation.median <= 5 },
        { what: `Report render (report + text + Markdown), ${figures.metrics} metrics × ${figures.days} days, median`, goal: '≤ 20 ms', measured: `${ms(figures.report.median)} ms (p95 ${ms(figures.report.p95)} ms; CPU ${ms(figures.reportCpu.median)} ms)`, ok: figures.report.median <= 20 }
    ];
}
