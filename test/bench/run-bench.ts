/**
 * `npm run bench`: measures the language server and the preview pipeline on generated
 * agreements of 1k, 10k and 50k lines and on a workspace of 500 agreements sharing one
 * glossary, and evaluation and the service level report on a year of daily data for 20
 * metrics, then writes BENCHMARKS.md and test-artifacts/bench/results.json.
 *
 * `--quick` runs fewer samples (to try the runner); `--only=1k,workspace,evaluation,hostile` picks parts;
 * `--profile` runs the server under `node --cpu-prof`, writing test-artifacts/bench/profiles.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { generateAgreement, generateWorkspace } from './generate-agreements.js';
import { cpuTimes, stealPercent } from './cpu-steal.js';
import { evaluationTargets, measureEvaluation, type EvaluationFigures } from './evaluation-bench.js';
import { measureHostileShapes, type HostileShapeResult } from './hostile-shapes.js';
import { loadRenderer, measureInProcess } from './in-process.js';
import { writeReport, targets, type BenchResults, type SizeResult } from './report.js';
import { measureDocument, measureWorkspace, type WorkspaceFigures } from './server-bench.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const quick = process.argv.includes('--quick');
const only = process.argv.find(arg => arg.startsWith('--only='))?.slice('--only='.length).split(',');
const wanted = (part: string) => !only || only.includes(part);
const profileFolder = `${root}test-artifacts/bench/profiles`;
const nodeArgs = process.argv.includes('--profile') ? ['--cpu-prof', `--cpu-prof-dir=${profileFolder}`] : [];

/** Samples per size: fewer for large documents, whose figures are steadier and slower to get. */
const SIZES = [
    { label: '1k', lines: 1_000, runs: quick ? 10 : 200, coldStarts: 3 },
    { label: '10k', lines: 10_000, runs: quick ? 5 : 15, coldStarts: 2 },
    { label: '50k', lines: 50_000, runs: quick ? 3 : 6, coldStarts: 1 }
];
const WORKSPACE = { agreements: 500, linesEach: 100, glossaryTerms: 200, editRuns: quick ? 10 : 30, indexRuns: quick ? 1 : 5 };
const EVALUATION_RUNS = quick ? 10 : 100;

function log(message: string): void {
    process.stdout.write(`${message}\n`);
}

async function main(): Promise<void> {
    const started = performance.now();
    const loadAtStart = loadavg()[0];
    const cpuAtStart = cpuTimes();
    const renderer = await loadRenderer();
    log(renderer.render ? 'renderer: sla-renderer renderHtmlFragment' : `renderer: ${renderer.why}`);

    const sizes: SizeResult[] = [];
    for (const size of SIZES.filter(size => wanted(size.label))) {
        const text = generateAgreement(size.lines, { name: `Bench${size.label}`, defect: true });
        log(`${size.label}: in process …`);
        const inProcess = await measureInProcess(text, size.runs, renderer.render);
        log(`${size.label}: through the server …`);
        const server = await measureDocument(text, { coldStarts: size.coldStarts, runs: size.runs, name: size.label, nodeArgs });
        sizes.push({ label: size.label, lines: inProcess.lines, inProcess, server });
        log(`${size.label}: parse ${inProcess.parse.median.toFixed(1)} ms, full build ${inProcess.fullBuild.median.toFixed(1)} ms, `
            + `edit p95 ${server.edit.p95.toFixed(1)} ms, completion p95 ${server.completion.p95.toFixed(1)} ms, hover p95 ${server.hover.p95.toFixed(1)} ms`);
    }

    let workspace: WorkspaceFigures | undefined;
    if (wanted('workspace')) {
        log(`workspace: ${WORKSPACE.agreements} agreements …`);
        const files = generateWorkspace(WORKSPACE.agreements, WORKSPACE.linesEach, WORKSPACE.glossaryTerms);
        workspace = await measureWorkspace(files, '[Company Term 0]', WORKSPACE.glossaryTerms, WORKSPACE.editRuns, WORKSPACE.indexRuns, nodeArgs);
        log(`workspace: indexed in ${workspace.referencesMs.toFixed(0)} ms, RSS ${(workspace.rssAfterIndex / 2 ** 20).toFixed(0)} MB`);
    }

    let evaluation: EvaluationFigures | undefined;
    if (wanted('evaluation')) {
        log(`evaluation: a year of daily data on 20 metrics (load average ${loadavg()[0].toFixed(1)}) …`);
        evaluation = await measureEvaluation(EVALUATION_RUNS);
        log(`evaluation: ${evaluation.values} values, ${evaluation.periods} periods, ${evaluation.credits} credits; `
            + `evaluateAgreement median ${evaluation.evaluation.median.toFixed(2)} ms (p95 ${evaluation.evaluation.p95.toFixed(2)} ms), `
            + `report + text + Markdown median ${evaluation.report.median.toFixed(2)} ms (p95 ${evaluation.report.p95.toFixed(2)} ms); `
            + `CPU time medians ${evaluation.evaluationCpu.median.toFixed(2)} ms and ${evaluation.reportCpu.median.toFixed(2)} ms`);
        for (const target of evaluationTargets(evaluation)) {
            log(`${target.ok ? 'met   ' : 'MISSED'} ${target.what}: ${target.measured} (goal ${target.goal})`);
        }
    }

    let hostile: HostileShapeResult[] | undefined;
    if (wanted('hostile')) {
        log('hostile shapes …');
        hostile = await measureHostileShapes();
        for (const result of hostile) {
            log(`hostile: ${result.shape}: ${result.seconds.toFixed(2)} s, ${(result.seconds / result.megabytes).toFixed(2)} s per MB`);
        }
    }

    const outFolder = `${root}test-artifacts/bench`;
    mkdirSync(outFolder, { recursive: true });
    const raw = { date: new Date().toISOString(), sizes, workspace, evaluation, hostile, renderer: renderer.why ?? 'measured' };
    writeFileSync(`${outFolder}/results.json`, JSON.stringify(raw, null, 2));
    if (!workspace || !evaluation || sizes.length === 0 || only) {
        log(`partial run: results in ${outFolder}/results.json; BENCHMARKS.md is written by a full run.`);
        return;
    }
    const results: BenchResults = {
        date: raw.date.slice(0, 10),
        load: [loadAtStart, loadavg()[0]],
        stealPercent: stealPercent(cpuAtStart, cpuTimes()),
        sizes,
        workspace,
        evaluation,
        renderer: renderer.why ?? 'measured',
        hostile,
        durationSeconds: (performance.now() - started) / 1000
    };
    writeReport(`${root}BENCHMARKS.md`, results);
    for (const target of targets(results)) {
        log(`${target.ok ? 'met   ' : 'MISSED'} ${target.what}: ${target.measured} (goal ${target.goal})`);
    }
    log(`BENCHMARKS.md written in ${results.durationSeconds.toFixed(0)} s.`);
}

main().catch(error => {
    process.stderr.write(`${(error as Error).stack ?? error}\n`);
    process.exit(1);
});
