import { parse } from 'csv-parse/sync';
import type { MeasurementPoint, MeasurementProblem } from './sla-model.js';
import { parseCalendarDate } from './dates.js';

export interface ParsedMeasurements {
    points: MeasurementPoint[];
    problems: MeasurementProblem[];
}

/** At most this many row problems are reported; a file that is wrong everywhere says so once. */
const MAX_ROW_PROBLEMS = 20;

/**
 * Reads measurements from CSV text with the header `date,value` and an optional third
 * column `segment`. Each bad row is reported with its one-based row number (the header is
 * row 1); good rows are kept, so one typo does not hide a month of results.
 */
export function parseMeasurementsCsv(text: string): ParsedMeasurements {
    const problems: MeasurementProblem[] = [];
    const points: MeasurementPoint[] = [];
    if (text.includes('\uFFFD') || text.includes('\u0000')) {
        return { points, problems: [{ message: 'The file is not UTF-8 text. Save it as UTF-8 CSV.' }] };
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
