/** A failure the user can act on: printed as one line, no stack trace, with exit code 2. */
export class CliError extends Error {
    constructor(message: string, readonly exitCode = 2) {
        super(message);
    }
}
