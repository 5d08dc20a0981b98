import type { IssueCode, SeveritySetting } from './validation/issue-codes.js';
import { isIssueCode } from './validation/issue-codes.js';

const SEVERITY_SETTINGS: readonly string[] = ['error', 'warning', 'info', 'hint', 'off'] satisfies SeveritySetting[];

/** What a user can configure: in VS Code as `sla.*` settings, for the CLI in `sla.config.json`. */
export interface SlaSettingsValues {
    /** Severity per diagnostic code, overriding its default; `off` hides it. */
    severities: Partial<Record<IssueCode, SeveritySetting>>;
    /** `too-many-metrics` fires above this many metrics in one agreement. */
    maxMetrics: number;
    /** `document-too-long` fires when the rendered agreement is estimated above this many pages. */
    maxPages: number;
}

export const DEFAULT_SETTINGS: SlaSettingsValues = {
    severities: {},
    maxMetrics: 12,
    maxPages: 5
};

/** The settings in force, and the clock that date-dependent checks and pacing read. */
export class SlaSettings {
    private current: SlaSettingsValues = { ...DEFAULT_SETTINGS, severities: {} };
    /** Today, for checks and pace; tests replace it with a fixed date. */
    now: () => Date = () => new Date();
    /** The URI of the diagnostics page, where each code links to its section; set by the server that ships it. */
    diagnosticsPage: string | undefined;
    /** Whether the client inserts LSP snippets; read from its capabilities when it starts the server. */
    snippetSupport = true;
    /**
     * Restricted Mode (an untrusted workspace): no measurement file is read and no import outside
     * the workspace folders is followed. The VS Code client says so when it starts the server and
     * when trust is granted; the CLI and tests leave it off.
     */
    restricted = false;
    /** The workspace folders the client opened, as URI texts; in Restricted Mode imports stay inside them. */
    workspaceFolders: string[] = [];

    get values(): SlaSettingsValues {
        return this.current;
    }

    /** Merges new values over the defaults; unknown or ill-typed values are ignored. */
    update(values: Partial<SlaSettingsValues> | undefined): void {
        const next: SlaSettingsValues = { ...DEFAULT_SETTINGS, severities: {} };
        if (values && typeof values === 'object') {
            if (values.severities && typeof values.severities === 'object') {
                // Only known codes with known settings: a key such as `__proto__` or a value such
                // as `toString` must neither reach the prototype nor change a severity.
                for (const [code, setting] of Object.entries(values.severities)) {
                    if (isIssueCode(code) && typeof setting === 'string' && SEVERITY_SETTINGS.includes(setting)) {
                        next.severities[code] = setting as SeveritySetting;
                    }
                }
            }
            if (typeof values.maxMetrics === 'number' && values.maxMetrics > 0) {
                next.maxMetrics = values.maxMetrics;
            }
            if (typeof values.maxPages === 'number' && values.maxPages > 0) {
                next.maxPages = values.maxPages;
            }
        }
        this.current = next;
    }
}
