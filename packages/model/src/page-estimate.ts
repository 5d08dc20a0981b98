import type { ProseSegment } from './prose.js';
import type { AgreementModel, MetricModel, TargetModel } from './agreement-model.js';
import { isMonthlyCountGoal } from './targets.js';

/**
 * How long the rendered agreement is, in pages, for `document-too-long` and the preview
 * ("if they are more than 3 to 5 pages long, you are doing it wrong").
 *
 * pages = (words + HEADING_WORDS × headings + TABLE_ROW_WORDS × table rows) / WORDS_PER_PAGE
 *         + CHART_PAGES × charts
 *
 * - WORDS_PER_PAGE: a printed A4 or Letter page of 11 pt body text holds about 500 words of
 *   running prose; an agreement is mostly short lines, lists and labels, so 400.
 * - HEADING_WORDS: a section heading with the space around it takes the room of about one
 *   line of text, 12 words.
 * - TABLE_ROW_WORDS: a table row (escalation matrix, credit tiers, metrics, parties, glossary)
 *   takes about 6 words of room beyond its own words, for padding and rules.
 * - CHART_PAGES: a pacing chart with its caption, legend and status line takes a third of a
 *   page. There is one chart per paced metric and one per segment of it with a monthly goal.
 *
 * The words counted are those the document shows: every name, title and prose text, and the
 * labels and sentences the renderer writes around them ("Target: at least 400 per month").
 */
export const WORDS_PER_PAGE = 400;
export const HEADING_WORDS = 12;
export const TABLE_ROW_WORDS = 6;
export const CHART_PAGES = 1 / 3;

/** The parts of a page estimate, for a reader who wants to know where the pages go. */
export interface PageEstimate {
    words: number;
    headings: number;
    tableRows: number;
    charts: number;
    /** Pages, rounded to one decimal. */
    pages: number;
}

/** The estimated number of pages of the rendered agreement, rounded to one decimal. */
export function estimatePages(model: AgreementModel): number {
    return pageEstimate(model).pages;
}

/** The page estimate with its parts. Pure: the same model always gives the same estimate. */
export function pageEstimate(model: AgreementModel): PageEstimate {
    const counter = new WordCounter();
    let headings = 1;
    let tableRows = 0;
    const section = (present: boolean, rows = 0) => {
        if (present) {
            headings++;
            tableRows += rows;
        }
    };

    counter.add(model.title, model.version ? `Version ${model.version}` : '', model.kind, model.model);
    counter.prose(model.summary);
    if (model.period) {
        counter.add('Period: from', model.period.start?.iso, model.period.openEnded ? 'open-ended, renews every' : 'to',
            model.period.end?.iso, model.period.renewal?.text, model.period.trackingStart ? 'tracking from' : '', model.period.trackingStart?.iso);
    }

    section(model.parties.length > 0, model.parties.length + 1);
    for (const party of model.parties) {
        counter.add(party.title, party.name, party.role, party.involved ? 'involved' : '');
        for (const representative of party.representatives) {
            counter.add(representative.person, representative.jobRole);
        }
    }

    section(model.goals.length > 0);
    for (const goal of model.goals) {
        counter.add(goal.title, 'owned by', goal.owner);
        counter.prose(goal.text);
    }

    let charts = 0;
    section(model.services.length > 0);
    for (const service of model.services) {
        headings++;
        counter.add(service.title, 'Provided by', service.provider, 'to', ...service.consumers, service.hours ? 'Hours:' : '', service.hours);
        counter.prose(service.description);
        counter.add(service.dependsOn.length > 0 ? 'Depends on' : '', ...service.dependsOn);
        counter.list(service.exclusions, 'Not included:');
        for (const responsibility of service.responsibilities) {
            counter.add('Responsibilities of', responsibility.party);
            counter.list(responsibility.items);
        }
        tableRows += service.metrics.length > 0 ? service.metrics.length + 1 : 0;
        for (const metric of service.metrics) {
            counter.add(...metricWords(metric));
            charts += chartsOf(metric);
        }
    }

    section(model.deliverables.length > 0);
    for (const deliverable of model.deliverables) {
        counter.add(deliverable.title, 'from', deliverable.from, 'to', deliverable.to, 'every', deliverable.cadence);
        counter.prose(deliverable.text);
    }

    section(model.severities.length > 0, model.severities.length + 1);
    for (const severity of model.severities) {
        counter.add(severity.title, 'response within', severity.response?.text, 'resolution within', severity.resolution?.text);
        for (const step of severity.escalation) {
            counter.add('after', step.after.text, step.contact);
        }
    }

    const remedies = model.remedies;
    const hasRemedies = remedies.credits.length + remedies.caps.length + remedies.penalties.length + remedies.rewards.length > 0 || !!remedies.earnBack;
    section(hasRemedies, remedies.credits.length > 0 ? remedies.credits.length + 1 : 0);
    for (const credit of remedies.credits) {
        counter.add(`${credit.credit} %`, 'credit when below', `${credit.below} %`, credit.metric ? 'for' : '', credit.metric);
    }
    for (const cap of remedies.caps) {
        counter.add('Credits are capped at', `${cap.value} %`, 'per', cap.period);
    }
    counter.list(remedies.penalties, 'Penalty:');
    counter.list(remedies.rewards, 'Reward:');
    if (remedies.earnBack) {
        counter.add('Earn-back: credits are earned back after', String(remedies.earnBack.periods), remedies.earnBack.unit, 'at or above target');
    }

    section(model.indemnification.length > 0);
    counter.list(model.indemnification);

    section(model.exclusions.length > 0);
    counter.list(model.exclusions);

    section(model.reviews.length + model.meetings.length > 0);
    for (const review of model.reviews) {
        counter.add('Review every', review.cadence, 'with', ...review.participants);
    }
    for (const meeting of model.meetings) {
        counter.add(meeting.title, 'every', meeting.cadence, 'with', ...meeting.participants);
    }

    section(!!model.termination);
    if (model.termination) {
        for (const notice of model.termination.notices) {
            counter.add('Notice of', notice.time.text, 'by', notice.by === 'either' ? 'either party' : notice.by);
        }
        counter.list(model.termination.conditions);
        counter.list(model.termination.expiry);
    }

    section(model.references.length > 0, model.references.length > 0 ? model.references.length + 1 : 0);
    for (const reference of model.references) {
        counter.add(reference.title, reference.location);
    }

    for (const free of model.sections) {
        headings++;
        counter.add(free.title);
        counter.prose(free.text);
    }

    section(model.terms.length > 0, model.terms.length > 0 ? model.terms.length + 1 : 0);
    for (const term of model.terms) {
        counter.add(term.name, ...term.aliases);
        counter.prose(term.definition);
    }

    const raw = (counter.words + HEADING_WORDS * headings + TABLE_ROW_WORDS * tableRows) / WORDS_PER_PAGE + CHART_PAGES * charts;
    return { words: counter.words, headings, tableRows, charts, pages: Math.round(raw * 10) / 10 };
}

/** The words a metric's row shows: title, what it counts or times, target, source, control. */
function metricWords(metric: MetricModel): (string | undefined)[] {
    const words: (string | undefined)[] = [metric.title, metric.counts ? 'Counts' : '', metric.counts, metric.times ? 'Times' : '', metric.times];
    words.push(...targetWords(metric.target));
    if (metric.measurement) {
        words.push('Measured by', metric.measurement.source, metric.measurement.operator, metric.measurement.method,
            metric.measurement.frequency ? `every ${metric.measurement.frequency}` : '');
    }
    words.push(metric.controlledBy ? 'Controlled by' : '', metric.controlledBy);
    for (const segment of metric.segments) {
        words.push(segment.title, ...targetWords(segment.target));
    }
    return words;
}

function targetWords(target: TargetModel | undefined): string[] {
    if (!target) {
        return [];
    }
    return ['Target: at least', String(target.value), target.unit === 'count' ? '' : target.unit, target.period ? `per ${target.period}` : ''];
}

/** One chart for a paced metric with a monthly goal, and one per segment with its own. */
function chartsOf(metric: MetricModel): number {
    if (!metric.paced) {
        return 0;
    }
    return (isMonthlyCountGoal(metric.target) ? 1 : 0) + metric.segments.filter(segment => isMonthlyCountGoal(segment.target)).length;
}

class WordCounter {
    words = 0;

    add(...texts: (string | undefined)[]): void {
        for (const text of texts) {
            this.words += countWords(text);
        }
    }

    prose(segments: ProseSegment[]): void {
        this.add(...segments.map(segment => segment.kind === 'text' ? segment.text : segment.term));
    }

    list(items: ProseSegment[][], label?: string): void {
        if (items.length > 0 && label) {
            this.add(label);
        }
        for (const item of items) {
            this.prose(item);
        }
    }
}

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** Word counts of texts seen before: most texts are the same from one keystroke to the next. */
const wordCounts = new Map<string, number>();
const MAX_REMEMBERED = 20_000;
const MAX_REMEMBERED_LENGTH = 2_000;

/** Words are runs of letters or digits; punctuation alone is no word. */
function countWords(text: string | undefined): number {
    if (!text) {
        return 0;
    }
    let count = wordCounts.get(text);
    if (count === undefined) {
        count = 0;
        WORD.lastIndex = 0;
        while (WORD.exec(text)) {
            count++;
        }
        if (text.length <= MAX_REMEMBERED_LENGTH) {
            if (wordCounts.size >= MAX_REMEMBERED) {
                wordCounts.clear();
            }
            wordCounts.set(text, count);
        }
    }
    return count;
}
