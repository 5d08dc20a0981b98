#!/usr/bin/env node
// Renders every example agreement under examples/ to out/examples/<name>.html, pacing charts
// included, and an index page linking them. Run from the repository root after a build:
// `npm run render:examples`. Shared glossary files are not agreements and are skipped.
// Usage: render-examples.js [source folder] [output folder]; SLA_TODAY=YYYY-MM-DD fixes today.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { calendarDateOf, parseCalendarDate } from 'sla-model';
import { createNonce, escapeHtml, htmlPage, PREVIEW_CSS, renderHtmlPage } from 'sla-renderer';
import { CliError } from '../out/cli-error.js';
import { loadAgreement } from '../out/commands/command-helpers.js';
import { writeOutputFile } from '../out/output-file.js';
import { collectSlaFiles } from '../out/workspace.js';

async function renderExamples(source, target, today) {
    fs.mkdirSync(target, { recursive: true });
    const pages = [];
    for (const file of collectSlaFiles([source])) {
        let loaded;
        try {
            loaded = await loadAgreement(file);
        } catch (error) {
            if (error instanceof CliError) {
                continue;
            }
            throw error;
        }
        process.stderr.write(loaded.warning);
        const name = path.basename(file, '.sla');
        const output = path.join(target, `${name}.html`);
        writeOutputFile(output, renderHtmlPage(loaded.model, { today }), loaded.sources);
        pages.push({ name, title: loaded.model.title, file: loaded.file });
        process.stdout.write(`${output}\n`);
    }
    const index = path.join(target, 'index.html');
    writeOutputFile(index, indexPage(pages, today), []);
    process.stdout.write(`${index}\n`);
}

function indexPage(pages, today) {
    const items = pages.map(page => `<li><a href="${escapeHtml(encodeURIComponent(page.name))}.html">${escapeHtml(page.title)}</a> `
        + `<span class="sla-term-source">${escapeHtml(page.file)}</span></li>`);
    return htmlPage({
        title: 'SLA Studio examples',
        nonce: createNonce(),
        css: `${PREVIEW_CSS} body { margin: 0; background: var(--sla-bg); color: var(--sla-fg); }`,
        body: `<article class="sla-document">
<h1>SLA Studio examples</h1>
<p class="sla-subtitle">Rendered on ${escapeHtml(today.iso)} by <code>npm run render:examples</code>.</p>
<ul class="sla-list">
${items.join('\n')}
</ul>
</article>`
    });
}

/** `SLA_TODAY`, else the real date. */
function today(text) {
    if (text === undefined) {
        return calendarDateOf(new Date());
    }
    const date = parseCalendarDate(text);
    if (!date) {
        throw new CliError(`sla: SLA_TODAY '${text}' is not a date; write YYYY-MM-DD`);
    }
    return date;
}

try {
    await renderExamples(process.argv[2] ?? 'examples', process.argv[3] ?? path.join('out', 'examples'), today(process.env.SLA_TODAY));
} catch (error) {
    process.stderr.write(`${error instanceof CliError ? error.message : `sla: ${error?.message ?? error}`}\n`);
    process.exitCode = 2;
}
