import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LangiumDocument } from 'langium';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { beforeAll, describe, expect, test } from 'vitest';
import { ALL_ISSUE_CODES, IssueCodes, createSlaServices } from 'sla-language';

/**
 * `test/fixtures/diagnostics/` holds one agreement per diagnostic code of SPEC §2, named after
 * the code, that triggers exactly that code: the CLI's tests run `sla check` over the folder
 * and expect every code to appear.
 */
const folder = fileURLToPath(new URL('../../fixtures/diagnostics', import.meta.url));
const files = readdirSync(folder).filter(name => name.endsWith('.sla')).sort().map(name => join(folder, name));
const services = createSlaServices(NodeFileSystem);
const documents = new Map<string, LangiumDocument>();

/**
 * The codes of SPEC §2: every code but those of syntax errors, unresolved names and failed checks,
 * `measurements-not-trusted`, which needs Restricted Mode (tested in measurement-checks.test.ts),
 * and `document-too-large`, whose fixture over 4 MiB does not belong in the repository
 * (test/language/workspace/document-too-large.test.ts).
 */
const SPEC_CODES = ALL_ISSUE_CODES.filter(code => code !== IssueCodes.SyntaxError && code !== IssueCodes.UnresolvedReference && code !== IssueCodes.CheckFailed
    && code !== IssueCodes.MeasurementsNotTrusted && code !== IssueCodes.DocumentTooLarge);

beforeAll(async () => {
    for (const file of files) {
        documents.set(file, await services.shared.workspace.LangiumDocuments.getOrCreateDocument(URI.file(file)));
    }
    await services.shared.workspace.DocumentBuilder.build([...documents.values()], { validation: true });
});

describe('diagnostic fixtures', () => {
    test('there is one fixture for every code of SPEC §2', () => {
        expect(files.map(file => basename(file, '.sla'))).toEqual([...SPEC_CODES].sort());
    });

    test.each(files.map(file => [basename(file, '.sla'), file]))('%s.sla triggers exactly that code, once', (code, file) => {
        const diagnostics = documents.get(file)!.diagnostics ?? [];
        expect(diagnostics.map(diagnostic => diagnostic.code)).toEqual([code]);
    });
});
