import type { MeasurementPoint, MeasurementProblem, SourceLocation } from './agreement-model.js';
import { parseMeasurementsCsv } from './measurements-csv.js';

/**
 * The seam between an agreement and its recorded data. The contract (`measurements for
 * LeadsDelivered from "leads.csv"`) names what to load; a source loads it. Loading may be
 * asynchronous (a file system that only reads asynchronously, a ticket export streamed from
 * disk), so the language server loads before it checks, and the model only holds the result.
 */
export interface MeasurementRequest {
    /** The metric whose results these are. */
    metric: string;
    /** The file as written in the agreement, relative to it. */
    file: string;
    /** The agreement's URI, which `file` is relative to. */
    agreementUri: string;
    origin: SourceLocation;
}

export interface MeasurementData {
    points: MeasurementPoint[];
    /** Problems met while loading: a missing file, an unreadable row… */
    problems: MeasurementProblem[];
}

export interface MeasurementSource {
    load(request: MeasurementRequest): MeasurementData | Promise<MeasurementData>;
}

/** The outcome of reading a file's text: the text, or why it could not be read (for the user). */
export type TextRead = { text: string } | { error: string };

/** Measurements from CSV files (`date,value[,segment]`), read as text by `readText`. */
export function csvMeasurementSource(readText: (request: MeasurementRequest) => TextRead | Promise<TextRead>): MeasurementSource {
    return {
        async load(request) {
            const read = await readText(request);
            return 'error' in read ? { points: [], problems: [{ message: read.error }] } : parseMeasurementsCsv(read.text);
        }
    };
}
