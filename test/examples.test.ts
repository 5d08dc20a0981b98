import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LangiumDocument } from 'langium';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildDocument, calendarDateOf } from 'sla-model';
import { createSlaServices } from 'sla-language';

const examplesFolder = fileURLToPath(new URL('../examples', import.meta.url));

function slaFiles(folder: string): string[] {
    return readdirSync(folder).flatMap(name => {
        const path = join(folder, name);
        return statSync(path).isDirectory() ? slaFiles(path) : name.endsWith('.sla') ? [path] : [];
    }).sort();
}

const files = slaFiles(examplesFolder);
const services = createSlaServices(NodeFileSystem);
services.Sla.sla.Settings.now = () => new Date(2026, 2, 15, 12);
const documents = new Map<string, LangiumDocument>();

beforeAll(async () => {
    const langiumDocuments = services.shared.workspace.LangiumDocuments;
    for (const file of files) {
        documents.set(file, await langiumDocuments.getOrCreateDocument(URI.file(file)));
    }
    await services.shared.workspace.DocumentBuilder.build([...documents.values()], { validation: true });
});

describe('examples', () => {
    test('there are the sales & marketing, service desk and external agreements and the shared glossary', () => {
        const names = files.map(file => relative(examplesFolder, file).replace(/\\/g, '/'));
        expect(names).toEqual(expect.arrayContaining([
            'common-glossary.sla',
            'sales-marketing/sales-marketing.sla',
            'it-service-desk/it-service-desk.sla',
            'cloud-hosting/cloud-hosting.sla'
        ]));
    });

    /**
     * What the examples report on 15 March 2026: only the service desk's February, which missed
     * 70 % with 68.5 % (an information, shown but not a problem; from December 2026 on no
     * example reports it, see test/language/validation/standing-checks.test.ts).
     */
    const EXPECTED: Record<string, string[]> = {
        'it-service-desk/it-service-desk.sla': ['44:16 [missed-last-period] FirstContactResolution missed its target in February 2026, the last complete period: 68.5% against at least 70% per month; no credit is due.']
    };

    test.each(files.map(file => [relative(examplesFolder, file), file]))('%s has no diagnostics but the expected information', (name, file) => {
        const document = documents.get(file)!;
        const shown = (document.diagnostics ?? []).map(diagnostic =>
            `${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1} [${diagnostic.code}] ${diagnostic.message}`);
        expect(shown).toEqual(EXPECTED[name.replace(/\\/g, '/')] ?? []);
    });

    test.each(files.filter(file => !file.endsWith('common-glossary.sla')).map(file => [relative(examplesFolder, file), file]))(
        '%s fits in five pages', (_name, file) => {
            const model = services.Sla.sla.ModelProvider.modelOf(documents.get(file)!);
            expect(model).toBeDefined();
            expect(buildDocument(model!, { today: calendarDateOf(services.Sla.sla.Settings.now()) }).pages).toBeLessThanOrEqual(5);
        });

    test('the shared glossary is imported by at least two agreements', () => {
        const importers = files.filter(file => {
            const root = documents.get(file)!.parseResult.value as { imports?: unknown[] };
            return (root.imports?.length ?? 0) > 0;
        });
        expect(importers.length).toBeGreaterThanOrEqual(2);
    });

    test('the CSV measurements of the sales & marketing agreement are read from disk', () => {
        const file = files.find(each => each.endsWith('sales-marketing.sla'))!;
        const model = services.Sla.sla.ModelProvider.modelOf(documents.get(file)!)!;
        const series = model.measurements.find(each => each.metric === 'LeadsDelivered')!;
        expect(series.problems).toEqual([]);
        expect(series.points.filter(point => !point.segment)).toHaveLength(22);
        expect(series.points.filter(point => point.segment === 'DecisionMakers')).toHaveLength(22);
    });
});
