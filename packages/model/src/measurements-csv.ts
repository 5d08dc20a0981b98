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
        // csv-parse's own message quotes the text before the fault; only the line and the kind are told.
        const { lines: row, code } = error as { lines?: number; code?: string };
        const where = row === undefined ? '' : ` at line ${row}`;
        return { points, problems: [{ message: `The CSV cannot be read${where}: ${CSV_FAULTS[code ?? ''] ?? 'it is not valid CSV'}.`, row }] };
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
        const value = DECIMAL.test(valueText ?? '') ? Number(valueText) : Number.NaN;
        if (!date) {
            report({ message: `Row ${row}: ${cellExcerpt(dateText)} is not a date; write YYYY-MM-DD.`, row });
        } else if (!Number.isFinite(value)) {
            report({ message: `Row ${row}: ${cellExcerpt(valueText)} is not a number.`, row });
        } else if (Math.abs(value) > MAX_MEASUREMENT_VALUE) {
            report({ message: `Row ${row}: ${cellExcerpt(valueText)} is too large; a result is at most 9007199254740991.`, row });
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

/**
 * A number as a person writes it in a CSV: decimal digits, an optional point and exponent.
 * `Number` would also take hexadecimal (`0x1F`), binary, octal, `Infinity` and blanks.
 */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * The largest result a row may hold: the largest integer a double holds exactly. The sum of
 * every row a file may have stays finite far below the largest double, so no total, pace or
 * chart scale overflows.
 */
export const MAX_MEASUREMENT_VALUE = Number.MAX_SAFE_INTEGER;

/** At most this many characters of a cell are quoted in a message. */
const EXCERPT_LENGTH = 24;

/**
 * A cell as a message quotes it: enough to find it in the file, no more (a cell may hold
 * anything, a token included), with control characters written as escapes.
 */
export function cellExcerpt(cell: string | undefined): string {
    const chars = [...(cell ?? '')];
    const shown = chars.length > EXCERPT_LENGTH ? `${chars.slice(0, EXCERPT_LENGTH - 4).join('')}…` : chars.join('');
    return `'${shown.replace(/[\u0000-\u001f\u007f-\u009f]/g, char => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`)}'`;
}

/** What a csv-parse error code means, in the user's words. */
const CSV_FAULTS: Record<string, string> = {
    CSV_QUOTE_NOT_CLOSED: 'a quoted field is not closed',
    CSV_INVALID_CLOSING_QUOTE: 'a quote inside a field must be doubled ("")',
    CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'a quoted field is followed by other text',
    INVALID_OPENING_QUOTE: 'a quote inside a field must be doubled ("")',
    CSV_RECORD_INCONSISTENT_COLUMNS: 'a row has a different number of columns'
};

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
