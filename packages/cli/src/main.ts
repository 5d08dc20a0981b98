import { Command, CommanderError, Option } from 'commander';
import { CliError } from './cli-error.js';
import type { CheckOptions } from './commands/check.js';
import { CHECK_FORMATS, runCheck } from './commands/check.js';
import type { CommandResult } from './commands/command-helpers.js';
import type { ExportOptions } from './commands/export.js';
import { EXPORT_FORMATS, parseTimeZoneOption, runExport } from './commands/export.js';
import type { PaceOptions } from './commands/pace.js';
import { runPace } from './commands/pace.js';
import type { RenderCommandOptions } from './commands/render.js';
import { RENDER_FORMATS, runRender } from './commands/render.js';
import type { ReportOptions } from './commands/report.js';
import { REPORT_FORMATS, runReport } from './commands/report.js';
import { parseDateOption, parseMonthOption, parseQuarterOption } from './option-values.js';
import { terminalField, terminalLines } from './terminal-text.js';

export const VERSION = '0.1.0';

const CONFIG_HELP = 'settings file (default: the nearest sla.config.json from each file\'s folder up)';
/** The month pacing shows when none is given, as `defaultPaceMonth` chooses it. */
const MONTH_DEFAULT = 'default: this month, else the latest with measurements';

/** Exit codes of every command (README, "The command line"). */
export const EXIT_CLEAN = 0;
export const EXIT_ERRORS_FOUND = 1;
export const EXIT_BAD_USAGE = 2;
export const EXIT_INTERNAL_ERROR = 3;

/** The one line an internal failure prints: what failed, and that it is ours to fix. */
export function internalErrorLine(error: unknown): string {
    const reason = error instanceof Error ? error.message : String(error);
    return `sla: internal error (${terminalField(firstLine(reason))}). This is a fault in SLA Studio, not in your input: please report it with the command and the files it read.`;
}

function firstLine(text: string): string {
    return text.split('\n', 1)[0].trim() || 'no message';
}

/**
 * The `sla` command. Exit codes: 0 clean, 1 errors found, 2 bad usage or unreadable input,
 * 3 an internal error; each failure is one line on standard error, never a stack trace.
 */
export async function main(argv: string[]): Promise<number> {
    // The language services log a failing check or a failed read with its stack (Langium's
    // own validator does); on the command line each such log is one escaped line.
    const logged = { error: console.error, warn: console.warn };
    console.error = console.warn = (...args: unknown[]) => {
        process.stderr.write(`${terminalField(firstLine(args.map(arg => arg instanceof Error ? arg.message : String(arg)).join(' ')))}\n`);
    };
    try {
        return await runMain(argv);
    } finally {
        console.error = logged.error;
        console.warn = logged.warn;
    }
}

async function runMain(argv: string[]): Promise<number> {
    const program = new Command('sla')
        .description('Check, render and pace Service Level Agreements written as code.')
        .version(VERSION)
        .exitOverride()
        .configureOutput({ writeErr: text => process.stderr.write(text) });

    let exitCode = 0;
    program.command('check')
        .description('check agreements and report their diagnostics')
        .argument('[paths...]', '.sla files or folders (default: the current folder)')
        .addOption(new Option('-f, --format <format>', 'output format').choices(CHECK_FORMATS).default('text'))
        .option('-c, --config <file>', CONFIG_HELP)
        .action(async (paths: string[], options: CheckOptions) => {
            const result = await runCheck(paths, options, VERSION);
            // JSON and SARIF escape control characters themselves; the text format escapes each field.
            process.stdout.write(result.output);
            exitCode = result.exitCode;
        });

    /** `toTerminal`: text meant for a terminal, whose control characters come from user data. */
    const report = (result: CommandResult, toTerminal: boolean) => {
        process.stderr.write(terminalLines(result.warnings));
        process.stdout.write(toTerminal || process.stdout.isTTY ? terminalLines(result.output) : result.output);
        exitCode = result.exitCode;
    };
    program.command('render')
        .description('render an agreement as a standalone HTML page, as Markdown or as PDF (printed by Chromium), pacing charts included')
        .argument('<file>', 'the .sla file')
        .addOption(new Option('-f, --format <format>', 'output format').choices(RENDER_FORMATS).default('html'))
        .option('-o, --output <file>', 'write to this file instead of standard output')
        .option('--today <date>', 'today for the pacing charts, YYYY-MM-DD (default: the real date)', parseDateOption)
        .option('--month <month>', `the month the pacing charts show first, YYYY-MM (${MONTH_DEFAULT})`, parseMonthOption)
        .option('-c, --config <file>', CONFIG_HELP)
        .action(async (file: string, options: RenderCommandOptions) => {
            report(await runRender(file, options), false);
        });

    program.command('pace')
        .description('print the day-by-day pacing of a monthly goal and a chart of it')
        .argument('<file>', 'the .sla file')
        .requiredOption('-m, --metric <id>', 'the paced metric')
        .option('--month <month>', `the month, YYYY-MM (${MONTH_DEFAULT})`, parseMonthOption)
        .option('-s, --segment <id>', 'one of the metric\'s segments')
        .option('--today <date>', 'today, YYYY-MM-DD (default: the real date)', parseDateOption)
        .option('-c, --config <file>', CONFIG_HELP)
        .action(async (file: string, options: PaceOptions) => {
            report(await runPace(file, options), true);
        });

    program.command('report')
        .description('say whether the agreement was kept: each metric\'s result, status and margin per period, and the credits due')
        .argument('<file>', 'the .sla file')
        .addOption(new Option('-f, --format <format>', 'text, json, md or html').choices(REPORT_FORMATS).default('text'))
        .addOption(new Option('--month <month>', 'one month, YYYY-MM (default: every period so far)').argParser(parseMonthOption).conflicts('quarter'))
        .option('--quarter <quarter>', 'one quarter, YYYY-Qn', parseQuarterOption)
        .option('-o, --output <file>', 'write to this file instead of standard output')
        .option('--today <date>', 'today, YYYY-MM-DD (default: the real date)', parseDateOption)
        .option('-c, --config <file>', CONFIG_HELP)
        .action(async (file: string, options: ReportOptions) => {
            report(await runReport(file, options), options.format === 'text' && options.output === undefined);
        });

    program.command('export')
        .description('write the agreement\'s services and targets for SRE tooling: OpenSLO v1 Service, SLI and SLO objects')
        .argument('<file>', 'the .sla file')
        .addOption(new Option('-f, --format <format>', 'output format').choices(EXPORT_FORMATS).makeOptionMandatory())
        .option('--time-zone <zone>', 'the IANA time zone the calendar windows start in (default: UTC)', parseTimeZoneOption)
        .option('-o, --output <file>', 'write to this file instead of standard output')
        .option('-c, --config <file>', CONFIG_HELP)
        .action(async (file: string, options: ExportOptions) => {
            report(await runExport(file, options), false);
        });

    try {
        await program.parseAsync(argv, { from: 'user' });
        return exitCode;
    } catch (error) {
        if (error instanceof CommanderError) {
            // Help and version exit cleanly; every other parse problem is bad usage.
            return error.exitCode === 0 ? EXIT_CLEAN : EXIT_BAD_USAGE;
        }
        if (error instanceof CliError) {
            process.stderr.write(terminalField(error.message) + '\n');
            return error.exitCode;
        }
        process.stderr.write(internalErrorLine(error) + '\n');
        return EXIT_INTERNAL_ERROR;
    }
}
