import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { expectFormatting, parseHelper } from 'langium/test';
import type { TestServices } from '../../helpers/sla-test-services.js';
import { createTestServices } from '../../helpers/sla-test-services.js';
import { formatText } from './lsp-test-helpers.js';

let services: TestServices;
let format: ReturnType<typeof expectFormatting>;

beforeEach(() => {
    services = createTestServices();
    format = expectFormatting(services.Sla);
});

async function formatted(text: string): Promise<string> {
    const document = await parseHelper(services.Sla)(text);
    return formatText(document, services);
}

const MESSY = `import   "common.sla"
agreement   Support "IT support"{kind external   version "2026.1"
// The parties.


        // Both sign.
party Acme "Acme IT" provider{representative "Dana Lee" as "Service Level Manager"}
  party Shop   "Shop Ltd"   customer
    service Desk "Service desk"    {   provided by Acme to Shop ,Shop
metric Resolved { counts "tickets"   target >= 300
   per month  /* reviewed monthly */ measured by "Desk report" every day }
     exclusions { }



   }
termination {notice 30 days by either party}
 }`;

const TIDY = `import "common.sla"
agreement Support "IT support" {
    kind external
    version "2026.1"
    // The parties.

    // Both sign.
    party Acme "Acme IT" provider {
        representative "Dana Lee" as "Service Level Manager"
    }
    party Shop "Shop Ltd" customer
    service Desk "Service desk" {
        provided by Acme to Shop, Shop
        metric Resolved {
            counts "tickets"
            target >= 300
                per month /* reviewed monthly */
            measured by "Desk report" every day
        }
        exclusions { }
    }
    termination {
        notice 30 days by either party
    }
}`;

describe('document formatting', () => {

    test('one clause per line, four spaces per block, one space between tokens, at most one blank line', async () => {
        await format({ before: MESSY, after: TIDY });
    });

    test('is idempotent', async () => {
        await format({ before: TIDY, after: TIDY });
    });

    test('keeps every comment, where it was', async () => {
        const comments = (text: string) => text.match(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g);
        expect(comments(TIDY)).toEqual(comments(MESSY));
        expect(comments(TIDY)).toEqual(['// The parties.', '// Both sign.', '/* reviewed monthly */']);
    });

    test('never changes prose, even prose that spans lines or holds mentions', async () => {
        const before = 'agreement A {\n  summary    "Two  spaces,\n      a  line [Lead]  break\n\nand a paragraph."   section "T"    "x"\n}';
        await format({
            before,
            after: 'agreement A {\n    summary "Two  spaces,\n      a  line [Lead]  break\n\nand a paragraph."\n    section "T" "x"\n}'
        });
    });

    test('a clause continued on the next line is indented one level deeper', async () => {
        await format({
            before: 'agreement A {\n    goal G "Title" owned by P\n"When marketing reaches its goal."\n}',
            after: 'agreement A {\n    goal G "Title" owned by P\n        "When marketing reaches its goal."\n}'
        });
    });

    test('a document with syntax errors is left alone', async () => {
        await format({ before: 'agreement   A {\n  kind\n}', after: 'agreement   A {\n  kind\n}' });
    });

    test('every example agreement is already formatted', async () => {
        const root = join(__dirname, '../../../examples');
        const files = readdirSync(root, { recursive: true }).map(String).filter(file => file.endsWith('.sla'));
        expect(files.length).toBeGreaterThan(0);
        for (const file of files) {
            const path = join(root, file);
            if (statSync(path).isFile()) {
                const text = readFileSync(path, 'utf8');
                expect(await formatted(text), file).toBe(text);
            }
        }
    });
});
