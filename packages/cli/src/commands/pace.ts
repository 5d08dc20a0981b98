import type { AgreementModel, CalendarDate, PaceTarget } from 'sla-model';
import {
    computePacing, describeDaysWithoutData, describeIgnored, describeProjection, describeStanding, formatAmount, formatMonth, formatNumber, formatTarget, paceTargets
} from 'sla-model';
import { renderPaceTable, renderTerminalChart } from 'sla-renderer';
import { CliError } from '../cli-error.js';
import type { CommandResult } from './command-helpers.js';
import { loadAgreement, todayOr } from './command-helpers.js';

export interface PaceOptions {
    metric: string;
    /** `YYYY-MM`. */
    month?: string;
    segment?: string;
    today?: CalendarDate;
    config?: string;
}

/**
 * `sla pace <file> --metric ID [--month YYYY-MM] [--segment ID]`: the day-by-day pacing
 * table of one monthly goal and a chart in plain characters.
 */
export async function runPace(file: string, options: PaceOptions): Promise<CommandResult> {
    const today = todayOr(options.today);
    const { model, file: shown, warning } = await loadAgreement(file, options.config);
    const target = resolveTarget(model, shown, options.metric, options.segment);
    const pacing = computePacing(model, target, { today, month: options.month });
    if (options.month !== undefined && !pacing.months.includes(pacing.month)) {
        const available = pacing.months.length > 0 ? `months with measurements: ${pacing.months.join(', ')}` : 'it has no measurements';
        throw new CliError(`sla: no measurements for ${target.id} in ${pacing.month}; ${available}`);
    }
    const title = target.segment ? `${target.metric.title}, ${target.segment.title}` : target.metric.title;
    const lines = [
        `${title} (${target.id}): pacing for ${formatMonth(pacing.year, pacing.monthNumber)}`,
        `Goal: ${formatTarget(target.goal)}; ${pacing.daysInMonth} days, so ${formatAmount(pacing.dailyTarget)} a day (${formatNumber(pacing.goal)} × 1/${pacing.daysInMonth}).`,
        '',
        renderPaceTable(pacing),
        renderTerminalChart(pacing),
        describeStanding(pacing),
        ...[describeDaysWithoutData(pacing), describeProjection(pacing), describeIgnored(pacing)].filter(text => text !== undefined)
    ];
    const others = pacing.months.filter(month => month !== pacing.month);
    if (others.length > 0) {
        lines.push(`Other months with measurements: ${others.join(', ')} (choose one with --month).`);
    }
    return { output: lines.join('\n') + '\n', warnings: warning, exitCode: 0 };
}

function resolveTarget(model: AgreementModel, file: string, metricName: string, segmentName: string | undefined): PaceTarget {
    const targets = paceTargets(model);
    const paced = [...new Set(targets.map(target => target.metric.name))];
    const pacedList = `paced metrics: ${paced.length > 0 ? paced.join(', ') : 'none'}`;
    const metric = model.services.flatMap(service => service.metrics).find(candidate => candidate.name === metricName);
    if (!metric) {
        throw new CliError(`sla: no metric '${metricName}' in ${file}; ${pacedList}`);
    }
    if (!paced.includes(metricName)) {
        throw new CliError(`sla: metric '${metricName}' is not paced (it needs 'pace daily' and a count per month, e.g. 'target >= 400 per month'); ${pacedList}`);
    }
    const target = targets.find(candidate => candidate.metric.name === metricName && candidate.segment?.name === segmentName);
    if (!target) {
        const segments = targets.filter(candidate => candidate.metric.name === metricName && candidate.segment).map(candidate => candidate.segment!.name);
        const which = segmentName === undefined ? `has no monthly count goal of its own; pace one of its segments with --segment` : `has no paced segment '${segmentName}'`;
        throw new CliError(`sla: metric '${metricName}' ${which}; paced segments: ${segments.length > 0 ? segments.join(', ') : 'none'}`);
    }
    return target;
}
