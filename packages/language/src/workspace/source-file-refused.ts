/**
 * A file the language does not read: not a regular file (a folder, a pipe, a device such as
 * `/dev/zero`), or larger than the limit. Its message says which and is shown as is, in a
 * diagnostic or on the command line. The reader is `node/source-file-reader.ts`.
 */
export class SourceFileRefused extends Error {
    override readonly name = 'SourceFileRefused';
}

/** The most bytes a `.sla` or measurement file may have: 16 MiB, some hundred times a long agreement. */
export const MAX_SOURCE_FILE_BYTES = 16 * 1024 * 1024;

/** Whether `error` is a refusal, also when it crossed a module copy (`instanceof` would not see it). */
export function isSourceFileRefused(error: unknown): error is SourceFileRefused {
    return error instanceof Error && error.name === 'SourceFileRefused';
}
