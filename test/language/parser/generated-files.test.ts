import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** The files `langium generate` writes, relative to the repository. */
function generatedFiles(config: { out: string; languages: { textMate: { out: string } }[] }): string[] {
    const out = path.join(root, config.out);
    return [
        ...fs.readdirSync(out).map(file => path.join(config.out, file)),
        config.languages[0].textMate.out
    ];
}

describe('generated files', () => {
    test('match the grammar: regenerating changes nothing', () => {
        const config = JSON.parse(fs.readFileSync(path.join(root, 'langium-config.json'), 'utf8'));
        const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'sla-generate-'));
        const tempConfig = {
            ...config,
            out: path.join(temp, config.out),
            languages: config.languages.map((language: { grammar: string; textMate: { out: string } }) => ({
                ...language,
                grammar: path.join(root, language.grammar),
                textMate: { out: path.join(temp, language.textMate.out) }
            }))
        };
        fs.writeFileSync(path.join(temp, 'langium-config.json'), JSON.stringify(tempConfig));
        execFileSync(process.execPath, [path.join(root, 'node_modules/langium-cli/bin/langium.js'), 'generate', '--file', path.join(temp, 'langium-config.json')], { stdio: 'pipe' });
        const stale = generatedFiles(config).filter(file =>
            fs.readFileSync(path.join(root, file), 'utf8') !== fs.readFileSync(path.join(temp, file), 'utf8'));
        fs.rmSync(temp, { recursive: true, force: true });
        expect(stale, 'run `npm run langium:generate` and commit the result').toEqual([]);
    }, 60_000);
});
