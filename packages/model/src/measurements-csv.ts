import { parse } from 'csv-parse/sync';
import type { MeasurementPoint, MeasurementProblem } from './agreement-model.js';
import { parseCalendarDate } from './dates.js';

export interface ParsedMeasurements {
    points: MeasurementPoint[];
    problems: MeasurementProblem[];
}

/** At most this many row problems are reported; a file that is wrong everywhere says so once. */
const MAX_ROW_PROBLEMS = 20;

/**
 * More rows than any daily series needs (273 years of one row per day). A larger file is
 * refused with a problem instead of being parsed for seconds on every keystroke.
 */
export const MAX_MEASUREMENT_ROWS = 100_000;

/**
 * Large files parsed recently, by their text. The model is rebuilt on every change to the
 * agreement while its data file rarely changes, so the same text is not parsed again.
 */
const recent = new Map<string, ParsedMeasurements>();
const RECENT_LIMIT = 4;
/** Small files parse in no time; files past the row limit are refused as quickly. */
const CACHED_LENGTHS = { from: 32 * 1024, to: 8 * 1024 * 1024 };

/**
 * Reads measurements from CSV text with the header `date,value` and an optional third
 * column `segment`. Each bad row is reported with its one-based row number (the header is
 * row 1); good rows are kept, so one typo does not hide a month of results.
 */
export function parseMeasurementsCsv(text: string): ParsedMeasurements {
    if (text.length < CACHED_LENGTHS.from || text.length > CACHED_LENGTHS.to) {
        return parseText(text);
    }
    let parsed = recent.get(text);
    if (parsed) {
        recent.delete(text);
    } else {
        parsed = parseText(text);
        if (recent.size >= RECENT_LIMIT) {
            recent.delete(recent.keys().next().value!);
        }
    }
    recent.set(text, parsed);
    // Copies, so that no caller can change what the next one gets.
    return { points: [...parsed.points], problems: [...parsed.problems] };
}

function parseText(text: string): ParsedMeasurements {
    const problems: MeasurementProblem[] = [];
    const points: MeasurementPoint[] = [];
    if (text.includes('\uFFFD') || text.includes('\u0000')) {
        return { points, problems: [{ message: 'The file is not UTF-8 text. Save it as UTF-8 CSV.' }] };
    }
    const rows = countLines(text);
    if (rows > MAX_MEASUREMENT_ROWS + 1) {
        return { points, problems: [{
            message: `The file has about ${rows.toLocaleString('en-US')} rows; at most ${MAX_MEASUREMENT_ROWS.toLocaleString('en-US')} are read. Sum the results per day (one row per day and segment).`,
            row: MAX_MEASUREMENT_ROWS + 2
        }] };
    }
    let records: string[][];
    try {
        records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true });
    } catch (error) {
        const row = (error as { lines?: number }).lines;
        return { points, problems: [{ message: `The CSV cannot be read: ${(error as Error).message}`, row }] };
    }
    if (records.length === 0) {
        return { points, problems: [{ message: 'The file is empty. Add the header `date,value` and one row per day.' }] };
    }
    const header = records[0].map(cell => cell.toLowerCase());
    if (header[0] !== 'date' || header[1] !== 'value' || (header.length > 2 && header[2] !== 'segment')) {
        problems.push({ message: 'The header must be `date,value` or `date,value,segment`.', row: 1 });
        return { points, problems };
    }
    let rowProblems = 0;
    const report = (problem: MeasurementProblem) => {
        rowProblems++;
        if (rowProblems <= MAX_ROW_PROBLEMS) {
            problems.push(problem);
        }
    };
    for (let index = 1; index < records.length; index++) {
        const row = index + 1;
        const [dateText, valueText, segment] = records[index];
        const date = parseCalendarDate(dateText);
        const value = Number(valueText);
        if (!date) {
            report({ message: `Row ${row}: '${dateText ?? ''}' is not a date; write YYYY-MM-DD.`, row });
        } else if (valueText === undefined || valueText === '' || !Number.isFinite(value)) {
            report({ message: `Row ${row}: '${valueText ?? ''}' is not a number.`, row });
        } else if (value < 0) {
            report({ message: `Row ${row}: ${value} is negative; results are counts or amounts of zero or more.`, row });
        } else {
            points.push(segment ? { date, value, segment } : { date, value });
        }
    }
    if (rowProblems > MAX_ROW_PROBLEMS) {
        problems.push({ message: `${rowProblems - MAX_ROW_PROBLEMS} more rows have problems.` });
    }
    return { points, problems };
}

/** Lines in `text` (any line ending), counted without splitting it. */
function countLines(text: string): number {
    let count = 1;
    for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) {
        count++;
    }
    if (count === 1 && text.includes('\r')) {
        count = text.split('\r').length;
    }
    return count;
}
