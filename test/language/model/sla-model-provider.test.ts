import { describe, expect, test, vi } from 'vitest';
import { createTestServices, checkDocument, modelOf } from '../../helpers/sla-test-services.js';

/** An agreement whose one metric reads its results from `results.csv` next to it. */
const AGREEMENT = [
    'agreement A {',
    '    period 2026-01-01 to 2026-12-31',
    '    party P "Provider" provider',
    '    party C "Customer" customer',
    '    service S {',
    '        provided by P to C',
    '        metric Leads {',
    '            counts "Leads"',
    '            target >= 100 per month',
    '        }',
    '    }',
    '    measurements for Leads from "results.csv"',
    '}'
].join('\n');
const FILES = { '/work/results.csv': 'date,value\n2026-03-01,40\n2026-03-02,25\n' };

describe('SlaModelProvider and workspace trust', () => {
    test('trusted: the file is read, its two rows charted', async () => {
        const checked = await checkDocument(AGREEMENT, { files: FILES, path: '/work/a.sla' });
        expect(modelOf(checked)!.measurements[0].points.map(point => [point.date.iso, point.value])).toEqual([['2026-03-01', 40], ['2026-03-02', 25]]);
    });

    test('restricted: the file is never read, nothing is charted; granting trust reads it on the rebuild', async () => {
        const services = createTestServices(FILES);
        services.Sla.sla.Settings.restricted = true;
        const readFile = vi.spyOn(services.fileSystem, 'readFile');
        const readFileSync = vi.spyOn(services.fileSystem, 'readFileSync');
        const checked = await checkDocument(AGREEMENT, { files: FILES, path: '/work/a.sla', services });
        expect(modelOf(checked)!.measurements[0]).toMatchObject({ file: 'results.csv', points: [], problems: [] });
        const csvReads = () => [...readFile.mock.calls, ...readFileSync.mock.calls].filter(([uri]) => uri.path.endsWith('.csv'));
        expect(csvReads()).toEqual([]);

        services.Sla.sla.Settings.restricted = false;
        services.fileSystem.set('/work/a.sla', AGREEMENT);
        await services.shared.workspace.DocumentBuilder.update([checked.document.uri], []);
        expect(modelOf(checked)!.measurements[0].points.map(point => point.value)).toEqual([40, 25]);
        expect(csvReads()).toHaveLength(1);
    });
});
