import { Command, CommanderError } from 'commander';
import { CliError } from './cli-error.js';
import { runCheck } from './commands/check.js';

export const VERSION = '0.1.0';

/**
 * The `sla` command. Exit codes: 0 clean, 1 errors found, 2 bad usage or unreadable input
 * (a one-line message, never a stack trace).
 */
export async function main(argv: string[]): Promise<number> {
    const program = new Command('sla')
        .description('Check, render and pace Service Level Agreements written as code.')
        .version(VERSION)
        .exitOverride()
        .configureOutput({ writeErr: text => process.stderr.write(text) });

    let exitCode = 0;
    program.command('check')
        .description('check agreements and report their diagnostics')
        .argument('[paths...]', '.sla files or folders (default: the current folder)')
        .option('-f, --format <format>', 'text, json or sarif', 'text')
        .option('-c, --config <file>', 'settings file (default: the nearest sla.config.json)')
        .action(async (paths: string[], options: { format: string; config?: string }) => {
            const result = await runCheck(paths, options, VERSION);
            process.stdout.write(result.output);
            exitCode = result.exitCode;
        });

    try {
        await program.parseAsync(argv, { from: 'user' });
        return exitCode;
    } catch (error) {
        if (error instanceof CommanderError) {
            // Help and version exit cleanly; every other parse problem is bad usage.
            return error.exitCode === 0 ? 0 : 2;
        }
        if (error instanceof CliError) {
            process.stderr.write(error.message + '\n');
            return error.exitCode;
        }
        process.stderr.write(`sla: ${(error as Error)?.message ?? String(error)}\n`);
        return 2;
    }
}
