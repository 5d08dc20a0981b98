/**
 * Measurements inside this process, on the same services the server uses: Chevrotain's bare
 * lexing, Langium's bare parse, the full document build (parse, index, scopes, linking,
 * reference index, checks) and the preview pipeline (semantic model, then HTML with SVG
 * charts from the renderer package): a first render with the renderer's chart cache empty,
 * and the update the live preview makes after each keystroke.
 */
import { URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { calendarDate, type AgreementModel, type CalendarDate } from 'sla-model';
import { createSlaServices } from 'sla-language';
import { positionsIn } from './server-bench.js';
import { quantile, summarize, type Summary } from './statistics.js';

export interface InProcessFigures {
    lines: number;
    lex: Summary;
    parse: Summary;
    /** Parse + build with every check category, as `sla check` and a full validation do. */
    fullBuild: Summary;
    /** Parse + build with the categories the editor runs on each change (built-in, fast). */
    editorBuild: Summary;
    /** Medians of the per-run ratios. */
    ratios: { fullBuildOverParse: number; editorBuildOverParse: number; parseOverLex: number };
    model: Summary;
    /** A first render, with the renderer's chart cache emptied before each sample. */
    render?: Summary;
    /**
     * What the live preview does per keystroke: after a one-character edit in prose, the new
     * document's model, then its render (charts from the cache of the previous renders).
     */
    preview?: Summary;
    /** Whether the rendered HTML held an SVG chart. */
    renderHasSvg?: boolean;
}

/** `renderHtmlFragment`, with the renderer's `clearChartCache` when it has one. */
export type RenderHtml = ((model: AgreementModel, options: { today: CalendarDate }) => string) & { clearCache?: () => void };

/**
 * The renderer's `renderHtmlFragment`, if the renderer package is built and exports it.
 * Imported by name at run time, so the benchmark also runs before the renderer exists.
 */
export async function loadRenderer(): Promise<{ render?: RenderHtml; why?: string }> {
    const name = 'sla-renderer';
    try {
        const module = await import(name) as { renderHtmlFragment?: RenderHtml; clearChartCache?: () => void };
        const renderHtmlFragment = module.renderHtmlFragment;
        if (typeof renderHtmlFragment !== 'function') {
            return { why: 'sla-renderer does not export renderHtmlFragment yet' };
        }
        const render: RenderHtml = (model, options) => renderHtmlFragment(model, options);
        render.clearCache = module.clearChartCache;
        return { render };
    } catch (error) {
        return { why: `sla-renderer cannot be loaded (${(error as Error).message.split('\n')[0]})` };
    }
}

/** Today for pacing in the preview: mid-March, inside the generated measurement month. */
export const RENDER_TODAY = calendarDate(2026, 3, 15);

/**
 * Unmeasured runs before the samples, so that the samples time code the JIT has compiled, as
 * after a few seconds of typing: a tenth of the runs, at least 3 and at most 20.
 */
function warmupRuns(runs: number): number {
    return Math.max(3, Math.min(20, Math.floor(runs / 10)));
}

export async function measureInProcess(text: string, runs: number, render?: RenderHtml): Promise<InProcessFigures> {
    const { shared, Sla } = createSlaServices({ ...NodeFileSystem });
    Sla.sla.Settings.now = () => new Date(2026, 2, 15, 12);
    const documents = shared.workspace.LangiumDocuments;
    const factory = shared.workspace.LangiumDocumentFactory;
    let counter = 0;
    // A fresh URI per run, removed afterwards, so no run profits from the previous one's caches.
    const buildOnce = async (validation: boolean | { categories: ('built-in' | 'fast')[] }, source = text): Promise<LangiumDocument> => {
        const document = factory.fromString(source, URI.file(`/bench/in-process-${++counter}.sla`));
        documents.addDocument(document);
        await shared.workspace.DocumentBuilder.build([document], { validation });
        return document;
    };
    // Deleting through the builder also empties the caches (model, scopes) kept per document.
    const release = async (document: LangiumDocument) => {
        await shared.workspace.DocumentBuilder.update([], [document.uri]);
    };
    const timeBuild = async (validation: boolean | { categories: ('built-in' | 'fast')[] }): Promise<number> => {
        const start = performance.now();
        const document = await buildOnce(validation);
        const elapsed = performance.now() - start;
        await release(document);
        return elapsed;
    };

    // Lexing, bare parse, full and editor build back to back in each run: the ratios are
    // taken per run, so that load from other processes, which drifts, cancels out.
    const time = (action: () => unknown) => {
        const start = performance.now();
        action();
        return performance.now() - start;
    };
    const lex: number[] = [];
    const parse: number[] = [];
    const fullBuild: number[] = [];
    const editorBuild: number[] = [];
    for (let run = -warmupRuns(runs); run < runs; run++) {
        const sample = [
            time(() => Sla.parser.Lexer.tokenize(text)),
            time(() => Sla.parser.LangiumParser.parse(text)),
            await timeBuild(true),
            await timeBuild({ categories: ['built-in', 'fast'] })
        ];
        if (run >= 0) {
            lex.push(sample[0]);
            parse.push(sample[1]);
            fullBuild.push(sample[2]);
            editorBuild.push(sample[3]);
        }
    }
    const ratios = (over: number[], under: number[]) => quantile(over.map((value, index) => value / under[index]), 0.5);

    const document = await buildOnce(true);
    const modelProvider = Sla.sla.ModelProvider;
    // The model is cached per document state, so each sample builds a fresh document first.
    await timeModel(2, buildOnce, release, modelProvider);
    const model = await timeModel(runs, buildOnce, release, modelProvider);

    const figures: InProcessFigures = {
        lines: text.split('\n').length - 1,
        lex: summarize(lex),
        parse: summarize(parse),
        fullBuild: summarize(fullBuild),
        editorBuild: summarize(editorBuild),
        ratios: {
            fullBuildOverParse: ratios(fullBuild, parse),
            editorBuildOverParse: ratios(editorBuild, parse),
            parseOverLex: ratios(parse, lex)
        },
        model: summarize(model)
    };
    const agreement = modelProvider.modelOf(document);
    if (render && agreement) {
        let html = '';
        const cold: number[] = [];
        for (let run = -warmupRuns(runs); run < runs; run++) {
            render.clearCache?.();
            const start = performance.now();
            html = render(agreement, { today: RENDER_TODAY });
            const elapsed = performance.now() - start;
            if (run >= 0) {
                cold.push(elapsed);
            }
        }
        figures.render = summarize(cold);
        figures.renderHasSvg = html.includes('<svg');
        figures.preview = summarize(await timePreviewUpdates(text, runs, buildOnce, release, modelProvider, render));
    }
    await release(document);
    return figures;
}

/** Times `modelOf` alone: each sample builds a fresh document first, outside the clock. */
async function timeModel(
    runs: number,
    buildOnce: (validation: boolean) => Promise<LangiumDocument>,
    release: (document: LangiumDocument) => Promise<void>,
    modelProvider: { modelOf(document: LangiumDocument): unknown }
): Promise<number[]> {
    const samples: number[] = [];
    for (let run = 0; run < runs; run++) {
        const copy = await buildOnce(false);
        const start = performance.now();
        modelProvider.modelOf(copy);
        samples.push(performance.now() - start);
        await release(copy);
    }
    return samples;
}

/**
 * Times what the live preview does per keystroke: a character typed into a description mid-
 * document, then deleted, by turns, so that each run's text differs from the one before. The
 * document is built outside the clock; `modelOf` and the render of the new model are timed.
 */
async function timePreviewUpdates(
    text: string,
    runs: number,
    buildOnce: (validation: boolean, source: string) => Promise<LangiumDocument>,
    release: (document: LangiumDocument) => Promise<void>,
    modelProvider: { modelOf(document: LangiumDocument): AgreementModel | undefined },
    render: RenderHtml
): Promise<number[]> {
    const at = positionsIn(text).edit;
    const offset = text.split('\n').slice(0, at.line).reduce((length, line) => length + line.length + 1, 0) + at.character;
    const typed = `${text.slice(0, offset)}s${text.slice(offset)}`;
    const samples: number[] = [];
    for (let run = -warmupRuns(runs); run < runs; run++) {
        const copy = await buildOnce(false, run % 2 === 0 ? typed : text);
        const start = performance.now();
        const model = modelProvider.modelOf(copy);
        if (model) {
            render(model, { today: RENDER_TODAY });
        }
        const elapsed = performance.now() - start;
        await release(copy);
        if (run >= 0) {
            samples.push(elapsed);
        }
    }
    return samples;
}
