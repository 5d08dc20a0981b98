import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SlaSettingsValues } from 'sla-language';
import { CliError } from './cli-error.js';
import { validateConfig } from './config-schema.js';

export const CONFIG_FILE = 'sla.config.json';

/** Files checked under the same settings file; without one, under the defaults. */
export interface ConfigGroup {
    /** The settings file, absolute; undefined when none applies. */
    config?: string;
    settings?: Partial<SlaSettingsValues>;
    files: string[];
}

/**
 * Groups `.sla` files by the settings that apply to each: `--config <file>` for all of them,
 * else the nearest `sla.config.json` from the file's own folder upward, so `a/x.sla` and
 * `b/y.sla` each get their project's settings. Groups come in the order of their first file,
 * files keep their order. Same keys as the VS Code `sla.*` settings:
 * `{ "severities": { "vague-wording": "off" }, "maxMetrics": 12, "maxPages": 5 }`.
 */
export function groupByConfig(files: readonly string[], explicit?: string): ConfigGroup[] {
    const nearest = new Map<string, string | undefined>();
    const groups = new Map<string | undefined, ConfigGroup>();
    const explicitFile = explicit === undefined ? undefined : path.resolve(explicit);
    for (const file of files) {
        const config = explicitFile ?? nearestConfig(path.dirname(file), nearest);
        let group = groups.get(config);
        if (!group) {
            group = { config, settings: config === undefined ? undefined : readConfig(config, explicit), files: [] };
            groups.set(config, group);
        }
        group.files.push(file);
    }
    return [...groups.values()];
}

/** The nearest settings file at or above `folder`; every folder passed is remembered. */
function nearestConfig(folder: string, nearest: Map<string, string | undefined>): string | undefined {
    if (nearest.has(folder)) {
        return nearest.get(folder);
    }
    const candidate = path.join(folder, CONFIG_FILE);
    const parent = path.dirname(folder);
    const found = fs.existsSync(candidate) ? candidate : parent === folder ? undefined : nearestConfig(parent, nearest);
    nearest.set(folder, found);
    return found;
}

/** Reads and checks one settings file; `explicit` is how `--config` named it, if it did. */
function readConfig(file: string, explicit: string | undefined): Partial<SlaSettingsValues> {
    let text: string;
    try {
        text = fs.readFileSync(file, 'utf8');
    } catch {
        throw new CliError(`sla: cannot read config '${explicit ?? file}'`);
    }
    const shown = path.relative(process.cwd(), file) || file;
    let value: unknown;
    try {
        // Some editors save JSON with a byte order mark, which JSON.parse refuses.
        value = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
        throw new CliError(`sla: config '${shown}' is not valid JSON: ${(error as Error).message}`);
    }
    return validateConfig(value, shown);
}
