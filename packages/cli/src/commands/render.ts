import type { CalendarDate } from 'sla-model';
import { renderHtmlPage, renderMarkdown } from 'sla-renderer';
import { writeOutputFile } from '../output-file.js';
import type { CommandResult } from './command-helpers.js';
import { loadAgreement, todayOr } from './command-helpers.js';

export const RENDER_FORMATS = ['html', 'md'] as const;
export type RenderFormat = typeof RENDER_FORMATS[number];

export interface RenderCommandOptions {
    format: RenderFormat;
    output?: string;
    today?: CalendarDate;
    config?: string;
}

/** `sla render <file> --format html|md [-o out]`: a standalone page or Markdown. */
export async function runRender(file: string, options: RenderCommandOptions): Promise<CommandResult> {
    const today = todayOr(options.today);
    const { model, warning, sources } = await loadAgreement(file, options.config);
    const rendered = options.format === 'md' ? renderMarkdown(model, { today }) : renderHtmlPage(model, { today });
    if (options.output === undefined) {
        return { output: rendered, warnings: warning, exitCode: 0 };
    }
    writeOutputFile(options.output, rendered, sources);
    return { output: `Wrote ${options.output}\n`, warnings: warning, exitCode: 0 };
}
