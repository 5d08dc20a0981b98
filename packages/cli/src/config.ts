import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SlaSettingsValues } from 'sla-language';
import { CliError } from './cli-error.js';

export const CONFIG_FILE = 'sla.config.json';

/**
 * The workspace settings for the CLI: `--config <file>`, else the nearest `sla.config.json`
 * from the current folder upward. Same keys as the VS Code `sla.*` settings:
 * `{ "severities": { "vague-wording": "off" }, "maxMetrics": 12, "maxPages": 5 }`.
 */
export function loadConfig(explicit: string | undefined, cwd = process.cwd()): Partial<SlaSettingsValues> | undefined {
    const file = explicit ? path.resolve(explicit) : findUpward(cwd);
    if (!file) {
        return undefined;
    }
    let text: string;
    try {
        text = fs.readFileSync(file, 'utf8');
    } catch {
        throw new CliError(`sla: cannot read config '${explicit ?? file}'`);
    }
    try {
        const value = JSON.parse(text) as unknown;
        if (!value || typeof value !== 'object' || Array.isArray(value)) {
            throw new Error('not an object');
        }
        return value as Partial<SlaSettingsValues>;
    } catch (error) {
        throw new CliError(`sla: config '${path.relative(cwd, file) || file}' is not valid JSON: ${(error as Error).message}`);
    }
}

function findUpward(folder: string): string | undefined {
    let current = path.resolve(folder);
    for (;;) {
        const candidate = path.join(current, CONFIG_FILE);
        if (fs.existsSync(candidate)) {
            return candidate;
        }
        const parent = path.dirname(current);
        if (parent === current) {
            return undefined;
        }
        current = parent;
    }
}
