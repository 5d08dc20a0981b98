import type { IssueCode, SeveritySetting, SlaSettingsValues } from 'sla-language';
import { ALL_ISSUE_CODES } from 'sla-language';
import { CliError } from './cli-error.js';

const KNOWN_KEYS = ['severities', 'maxMetrics', 'maxPages'] as const;
const SEVERITY_SETTINGS: readonly string[] = ['error', 'warning', 'info', 'hint', 'off'] satisfies SeveritySetting[];
const KNOWN_CODES: readonly string[] = ALL_ISSUE_CODES;

/**
 * The settings of a parsed `sla.config.json`, or the first problem in it as one line naming
 * the file, the key and what it should be. Keys are compared with lists, never looked up on
 * an object, so `__proto__`, `constructor` or `toString` are unknown like any other word.
 */
export function validateConfig(value: unknown, shown: string): Partial<SlaSettingsValues> {
    // Typed, not inferred, so that TypeScript narrows the values checked before it.
    const fail: (problem: string) => never = problem => {
        throw new CliError(`sla: config '${shown}': ${problem}`);
    };
    if (!isObject(value)) {
        return fail('expected a JSON object, e.g. { "maxPages": 5 }');
    }
    const settings: Partial<SlaSettingsValues> = {};
    for (const [key, entry] of Object.entries(value)) {
        if (key === 'severities') {
            settings.severities = validateSeverities(entry, fail);
        } else if (key === 'maxMetrics' || key === 'maxPages') {
            if (typeof entry !== 'number' || !Number.isInteger(entry) || entry < 1) {
                fail(`'${key}' must be a whole number of at least 1`);
            }
            settings[key] = entry;
        } else {
            fail(`unknown key ${quote(key)}; known keys: ${KNOWN_KEYS.join(', ')}`);
        }
    }
    return settings;
}

function validateSeverities(value: unknown, fail: (problem: string) => never): Partial<Record<IssueCode, SeveritySetting>> {
    if (!isObject(value)) {
        return fail('\'severities\' must map codes to severities, e.g. { "vague-wording": "off" }');
    }
    const severities: Partial<Record<IssueCode, SeveritySetting>> = {};
    for (const [code, severity] of Object.entries(value)) {
        if (!isKnownCode(code)) {
            fail(`severities: unknown code ${quote(code)}; known codes: ${KNOWN_CODES.join(', ')}`);
        }
        if (typeof severity !== 'string' || !SEVERITY_SETTINGS.includes(severity)) {
            fail(`severity ${typeof severity === 'string' ? quote(severity) : JSON.stringify(severity)} for '${code}': use ${SEVERITY_SETTINGS.slice(0, -1).join(', ')} or ${SEVERITY_SETTINGS.at(-1)}`);
        }
        severities[code] = severity as SeveritySetting;
    }
    return severities;
}

function isKnownCode(code: string): code is IssueCode {
    return KNOWN_CODES.includes(code);
}

function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A word from the file in quotes, its line breaks escaped so the message stays one line. */
function quote(text: string): string {
    return `'${JSON.stringify(text).slice(1, -1)}'`;
}
