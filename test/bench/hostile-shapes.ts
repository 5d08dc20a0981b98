/**
 * Hostile shapes of issue #15, each built in process with every check, as `sla check` does:
 * the seconds it takes and the seconds per MB of text. The shapes are those that overflowed
 * the stack or took time quadratic in the input; the goal is under 2 s per MB. A shape with
 * `render` is also rendered to HTML and Markdown, as the preview and `sla render` do; one with
 * `csv` has its measurements file beside it (the MB then count the CSV too).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { calendarDate } from 'sla-model';
import { createSlaServices } from 'sla-language';
import { renderHtmlFragment, renderMarkdown } from 'sla-renderer';

export interface HostileShapeResult {
    shape: string;
    megabytes: number;
    seconds: number;
    diagnostics: number;
}

/** An agreement with one metric and a summary, whose measurements are `results.csv`. */
const agreement = (summary: string) => `agreement A "A" {
    summary "${summary}"
    period 2026-01-01 to 2026-12-31
    party P "P" provider
    party C "C" customer
    service S "S" {
        provided by P to C
        metric M "M" {
            target >= 1 per day
            measured by "Log" every day
            controlled by P
        }
    }
    measurements for M from "results.csv"
}
`;

/** `rows` CSV rows naming the segment `Vip`, which the metric does not have. */
const unknownSegmentRows = (rows: number) => ['date,value,segment', ...Array.from({ length: rows }, (_, index) =>
    `2026-03-${String(index % 28 + 1).padStart(2, '0')},1,Vip`)].join('\n');

/**
 * Each shape at about 1 MB (the prose string at 9 MB, the size that overflowed: over the
 * 4 MiB limit, it now measures the refusal, `document-too-large`).
 */
export const HOSTILE_SHAPES: Array<{ shape: string; text: () => string; csv?: () => string; render?: boolean }> = [
    { shape: '125,000 comment lines (1 MB)', text: () => 'glossary G {\n}\n' + '// line\n'.repeat(125_000) },
    { shape: 'One quoted string of 9 MB (refused: document-too-large)', text: () => `glossary G "${'a'.repeat(9_000_000)}" {\n}\n` },
    { shape: '1 MB of `[` in a string', text: () => `glossary G "${'['.repeat(1_000_000)}" {\n}\n` },
    { shape: '1 MB of unclosed `/*`', text: () => '/*'.repeat(500_000) },
    { shape: '1 MB of NUL', text: () => '\u0000'.repeat(1_000_000) },
    { shape: '50,000 mentions of a defined term (200 KB)', text: () => `glossary G "${'[X] '.repeat(50_000)}" {\n term [X] = "x"\n}\n` },
    { shape: 'Summary of 100,000 short lines (1 MB), rendered', text: () => agreement('word word\n'.repeat(100_000)), csv: () => 'date,value\n', render: true },
    { shape: 'Summary of 250,000 `*a* ` (1 MB), rendered', text: () => agreement('*a* '.repeat(250_000)), csv: () => 'date,value\n', render: true },
    { shape: '30,000 CSV rows of a segment the metric lacks (0.5 MB)', text: () => agreement('Results.'), csv: () => unknownSegmentRows(30_000) }
];

export async function measureHostileShapes(): Promise<HostileShapeResult[]> {
    const results: HostileShapeResult[] = [];
    const folder = mkdtempSync(join(tmpdir(), 'sla-hostile-'));
    try {
        for (const [index, { shape, text: make, csv, render }] of HOSTILE_SHAPES.entries()) {
            const services = createSlaServices(NodeFileSystem);
            const text = make();
            const data = csv?.() ?? '';
            if (csv) {
                writeFileSync(join(folder, 'results.csv'), data);
            }
            const started = performance.now();
            const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(join(folder, `hostile-${index}.sla`)));
            services.shared.workspace.LangiumDocuments.addDocument(document);
            await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
            const model = render ? services.Sla.sla.ModelProvider.modelOf(document) : undefined;
            if (model) {
                renderHtmlFragment(model, { today: calendarDate(2026, 3, 15) });
                renderMarkdown(model, { today: calendarDate(2026, 3, 15) });
            }
            const seconds = (performance.now() - started) / 1000;
            results.push({ shape, megabytes: (text.length + data.length) / 1e6, seconds, diagnostics: document.diagnostics?.length ?? 0 });
        }
    } finally {
        rmSync(folder, { recursive: true, force: true });
    }
    return results;
}
