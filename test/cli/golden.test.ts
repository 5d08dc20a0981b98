// The CLI's outputs over the examples and the diagnostic fixtures, compared byte for byte with
// the files in test/cli/golden/. After a change that is meant to change an output, write them
// again and review the diff:   npm run build && UPDATE_GOLDEN=1 npx vitest run test/cli
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { paceTargets } from 'sla-model';
import { CLEAN_AGREEMENT, CLEAN_CSV } from '../helpers/clean-fixture.js';
import { buildExamples } from '../helpers/example-documents.js';
import { expectGolden, goldenFiles, UPDATING_GOLDEN } from '../helpers/golden.js';
import { REPO_ROOT, runSla } from '../helpers/run-cli.js';
import { makeTempTree } from '../helpers/temp-tree.js';

const GOLDEN = path.join(REPO_ROOT, 'test/cli/golden');
const TODAY = '2026-03-15';
const EXTENSIONS = { text: 'txt', json: 'json', sarif: 'sarif' } as const;

/** What `sla check` runs over, by golden name, and the exit code it should give. */
const CHECKED = [
    { name: 'examples', folder: 'examples', status: 0 },
    { name: 'diagnostics', folder: 'test/fixtures/diagnostics', status: 1 }
];

/** The example agreements (not the shared glossary), as paths from the repository root. */
const AGREEMENTS = fs.readdirSync(path.join(REPO_ROOT, 'examples'), { recursive: true, encoding: 'utf8' })
    .filter(file => file.endsWith('.sla') && /^\s*agreement\s/m.test(fs.readFileSync(path.join(REPO_ROOT, 'examples', file), 'utf8')))
    .map(file => `examples/${file.split(path.sep).join('/')}`)
    .sort();

/** Every paced metric and segment of the examples, as `sla pace` arguments. */
async function pacedExamples(): Promise<{ file: string; metric: string; segment?: string; golden: string }[]> {
    const { services, documents } = await buildExamples();
    const paced = [];
    for (const document of documents) {
        const model = services.Sla.sla.ModelProvider.modelOf(document);
        const file = path.relative(REPO_ROOT, document.uri.fsPath).split(path.sep).join('/');
        for (const target of model ? paceTargets(model) : []) {
            paced.push({ file, metric: target.metric.name, segment: target.segment?.name, golden: `pace/${path.basename(file, '.sla')}-${target.id}.txt` });
        }
    }
    return paced;
}

/** The page's random nonce, replaced so that the page compares equal from run to run. */
function withoutNonce(html: string): string {
    const nonce = /'nonce-([^']+)'/.exec(html)?.[1];
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    return html.split(nonce!).join('NONCE');
}

/** The renderer fixture, which has every building block of a document, in a folder of its own. */
let fixtureFolder: string;
beforeAll(() => {
    fixtureFolder = makeTempTree('sla-golden-', { 'leads.sla': CLEAN_AGREEMENT, 'leads.csv': CLEAN_CSV });
});
afterAll(() => fs.rmSync(fixtureFolder, { recursive: true, force: true }));

const written: string[] = [];
function golden(name: string, actual: string): void {
    written.push(name);
    expectGolden(GOLDEN, name, actual);
}

describe('sla check', () => {
    test.each(CHECKED.flatMap(checked => (['text', 'json', 'sarif'] as const).map(format => ({ ...checked, format }))))(
        'check --format $format $folder', ({ name, folder, status, format }) => {
            const run = runSla(['check', '--format', format, folder]);
            expect(run.stderr).toBe('');
            expect(run.status).toBe(status);
            // SARIF names the folder it ran in and the diagnostics page by their file: URIs.
            golden(`check/${name}.${EXTENSIONS[format]}`, run.stdout.replaceAll(pathToFileURL(REPO_ROOT).href, 'file:///REPO/'));
        });
});

describe('sla render', () => {
    test('the examples hold agreements to render', () => {
        expect(AGREEMENTS).toContain('examples/sales-marketing/sales-marketing.sla');
    });

    test.each(AGREEMENTS.flatMap(file => (['md', 'html'] as const).map(format => ({ file, format }))))(
        'render --format $format $file', ({ file, format }) => {
            const run = runSla(['render', file, '--format', format, '--today', TODAY]);
            expect(run.stderr).toBe('');
            expect(run.status).toBe(0);
            golden(`render/${path.basename(file, '.sla')}.${format}`, format === 'html' ? withoutNonce(run.stdout) : run.stdout);
        });

    test('render --format md --month of a finished month of the sales and marketing example', () => {
        // On 10 April March is over: its charts give the final results and the days without data.
        const run = runSla(['render', 'examples/sales-marketing/sales-marketing.sla', '--format', 'md', '--month', '2026-03', '--today', '2026-04-10']);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        // The CSV's rows run to 22 March: 282 leads of 400, 63 decision makers of 100; 23–31 have none.
        expect(run.stdout).toContain('Final: 282 of 400, goal missed by 118.  \nNo data for 23–31 March 2026.\n');
        expect(run.stdout).toContain('Final: 63 of 100, goal missed by 37.  \nNo data for 23–31 March 2026.\n');
        golden('render/sales-marketing-2026-03-final.md', run.stdout);
    });

    test.each(['md', 'html'])('render --format %s of the renderer fixture', format => {
        const run = runSla(['render', 'leads.sla', '--format', format, '--today', TODAY], { cwd: fixtureFolder });
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        golden(`render/fixture-leads.${format}`, format === 'html' ? withoutNonce(run.stdout) : run.stdout);
    });
});

describe('sla pace', () => {
    test('every paced metric and segment of the examples', async () => {
        const paced = await pacedExamples();
        expect(paced.map(entry => entry.golden)).toContain('pace/sales-marketing-LeadsDelivered.txt');
        for (const { file, metric, segment, golden: name } of paced) {
            const run = runSla(['pace', file, '--metric', metric, ...(segment ? ['--segment', segment] : []), '--today', TODAY]);
            expect(run.stderr, name).toBe('');
            expect(run.status, name).toBe(0);
            golden(name, run.stdout);
        }
    });
});

describe('sla report', () => {
    // The hosting example's year of downtime, reported a fortnight after it ended; each example as of the usual today.
    test.each([
        ...AGREEMENTS.flatMap(file => (['text', 'json', 'md', 'html'] as const).map(format => ({ file, format, args: ['--today', TODAY], name: path.basename(file, '.sla') }))),
        { file: 'examples/cloud-hosting/cloud-hosting.sla', format: 'text' as const, args: ['--today', '2027-04-15'], name: 'cloud-hosting-year' },
        { file: 'examples/cloud-hosting/cloud-hosting.sla', format: 'html' as const, args: ['--today', '2027-04-15'], name: 'cloud-hosting-year' },
        { file: 'examples/cloud-hosting/cloud-hosting.sla', format: 'json' as const, args: ['--today', '2027-04-15', '--quarter', '2026-Q4'], name: 'cloud-hosting-2026-Q4' },
        { file: 'examples/cloud-hosting/cloud-hosting.sla', format: 'md' as const, args: ['--today', '2027-04-15', '--month', '2026-07'], name: 'cloud-hosting-2026-07' }
    ])('report --format $format $file $args', ({ file, format, args, name }) => {
        const run = runSla(['report', file, '--format', format, ...args]);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        // Credit steps point at their clause by URI: the clone's folder is not part of the output compared.
        const output = format === 'html' ? withoutNonce(run.stdout) : run.stdout;
        golden(`report/${name}.${format === 'text' ? 'txt' : format}`, output.replaceAll(pathToFileURL(REPO_ROOT).href, 'file:///REPO/'));
    });
});

describe('test/cli/golden', () => {
    // Last in the file: vitest runs a file's tests in order, so every output above is known.
    test('holds no file that no output is compared with', () => {
        const stale = goldenFiles(GOLDEN).filter(name => !written.includes(name));
        if (UPDATING_GOLDEN) {
            stale.forEach(name => fs.rmSync(path.join(GOLDEN, name)));
            return;
        }
        expect(stale, 'golden files no test writes; UPDATE_GOLDEN=1 removes them').toEqual([]);
    });
});
