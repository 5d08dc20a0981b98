import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { ALL_ISSUE_CODES, IssueDefaults } from 'sla-language';

const extension = (path: string) => fileURLToPath(new URL(`../../packages/extension/${path}`, import.meta.url));
const repository = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

const manifest = readJson(extension('package.json'));
const contributes = manifest.contributes;

/** Every `registerCommand('…')` in the extension's sources. */
function registeredCommands(): string[] {
    const commands: string[] = [];
    const walk = (folder: string) => {
        for (const entry of readdirSync(folder, { withFileTypes: true })) {
            const path = `${folder}/${entry.name}`;
            if (entry.isDirectory()) {
                walk(path);
            } else if (path.endsWith('.ts')) {
                // Registered by name, or from a table of `{ command: 'sla.…' }` entries.
                for (const match of readFileSync(path, 'utf8').matchAll(/registerCommand\(\s*'([^']+)'|\bcommand: '(sla\.[^']+)'/g)) {
                    commands.push(match[1] ?? match[2]);
                }
            }
        }
    };
    walk(extension('src'));
    return commands;
}

describe('extension manifest', () => {
    test('offers a severity setting for every diagnostic code, defaulting to the code\'s severity', () => {
        const severities = contributes.configuration.properties['sla.severities'];
        expect(severities.type).toBe('object');
        expect(Object.keys(severities.properties).sort()).toEqual([...ALL_ISSUE_CODES].sort());
        for (const code of ALL_ISSUE_CODES) {
            const property = severities.properties[code];
            expect(property.enum).toEqual(['error', 'warning', 'info', 'hint', 'off']);
            expect(property.default).toBe(IssueDefaults[code].severity);
            expect(property.markdownDescription).toContain(code);
        }
    });

    test('describes every setting, with the limits the server defaults to', () => {
        const properties = contributes.configuration.properties;
        for (const [name, property] of Object.entries<Record<string, unknown>>(properties)) {
            expect(name.startsWith('sla.'), name).toBe(true);
            expect(property.description ?? property.markdownDescription, name).toBeTruthy();
        }
        expect(properties['sla.maxMetrics']).toMatchObject({ type: 'number', default: 12 });
        expect(properties['sla.maxPages']).toMatchObject({ type: 'number', default: 5 });
    });

    test('contributes exactly the commands the extension registers, each reachable from a menu or the palette', () => {
        const contributed = contributes.commands.map((command: { command: string }) => command.command).sort();
        expect(contributed).toEqual([...new Set(registeredCommands())].sort());
        for (const command of contributes.commands) {
            expect(command.title).toBeTruthy();
            expect(command.category).toBe('SLA');
        }
        const menuCommands = Object.values<{ command: string; alt?: string }[]>(contributes.menus).flat().flatMap(item => [item.command, item.alt]).filter(Boolean);
        for (const command of menuCommands) {
            expect(contributed, `menu item ${command}`).toContain(command);
        }
        const titleButtons = contributes.menus['editor/title'].filter((item: { group?: string }) => item.group === 'navigation');
        expect(titleButtons.map((item: { command: string }) => item.command)).toContain('sla.openPreviewToSide');
    });

    test('revives previews after a reload and declares trust honestly', () => {
        expect(manifest.activationEvents).toContain('onWebviewPanel:sla.preview');
        // Restricted Mode is limited: no measurement file and no import outside the workspace is read.
        expect(manifest.capabilities.untrustedWorkspaces).toEqual({
            supported: 'limited',
            description: expect.stringContaining('no measurement file is read'),
            restrictedConfigurations: ['sla.severities']
        });
        for (const setting of manifest.capabilities.untrustedWorkspaces.restrictedConfigurations) {
            expect(contributes.configuration.properties[setting], setting).toBeDefined();
        }
        expect(manifest.capabilities.virtualWorkspaces.supported).toBe(true);
        expect(manifest.main).toBe('./dist/extension.cjs');
        expect(manifest.browser).toBe('./dist/web/extension.js');
        expect(existsSync(extension(manifest.icon))).toBe(true);
        expect(readFileSync(extension(manifest.icon)).subarray(1, 4).toString()).toBe('PNG');
    });

    test('points its walkthrough at media that exist', () => {
        const steps = contributes.walkthroughs.flatMap((walkthrough: { steps: unknown[] }) => walkthrough.steps);
        expect(steps.length).toBeGreaterThanOrEqual(4);
        for (const step of steps) {
            expect(existsSync(extension(step.media.markdown)), step.id).toBe(true);
        }
    });

    test('ships the grammars it names from the repository\'s syntaxes folder', () => {
        const [language, prose] = contributes.grammars;
        expect(language).toMatchObject({ language: 'sla', scopeName: 'source.sla' });
        expect(prose).toMatchObject({ scopeName: 'source.sla.prose', injectTo: ['source.sla'] });
        for (const grammar of contributes.grammars) {
            // esbuild.mjs copies syntaxes/<name> to dist/syntaxes/<name>.
            const name = grammar.path.replace('./dist/syntaxes/', '');
            expect(existsSync(repository(`syntaxes/${name}`)), name).toBe(true);
        }
    });
});

describe('language configuration', () => {
    const configuration = readJson(extension('language-configuration.json'));

    test('knows the comments, brackets, auto-closing pairs and folding of .sla', () => {
        expect(configuration.comments).toEqual({ lineComment: '//', blockComment: ['/*', '*/'] });
        expect(configuration.brackets).toEqual([['{', '}'], ['[', ']']]);
        const pairs = configuration.autoClosingPairs.map((pair: { open: string; close: string }) => pair.open + pair.close);
        expect(pairs).toEqual(expect.arrayContaining(['{}', '[]', '""']));
        expect(configuration.folding.markers.start).toBeTruthy();
        expect(new RegExp(configuration.wordPattern).exec('service-based')?.[0]).toBe('service-based');
    });
});

describe('prose grammar', () => {
    const grammar = readJson(repository('syntaxes/sla-prose.tmLanguage.json'));

    test('is injected into source.sla with left priority, never inside strings or comments', () => {
        expect(grammar.scopeName).toBe('source.sla.prose');
        expect(grammar.injectionSelector).toBe('L:source.sla -string -comment');
    });

    test('scopes quoted prose with escapes and [Term] mentions', () => {
        const prose = grammar.repository.prose;
        expect(prose.name).toBe('string.quoted.double.sla');
        expect(new RegExp(prose.begin).test('"')).toBe(true);
        const escape = new RegExp(grammar.repository.escape.match);
        expect(escape.exec('a \\" b')?.[0]).toBe('\\"');
        const mention = new RegExp(grammar.repository.mention.match);
        expect(mention.exec('Marketing delivers [Qualified Leads] daily')?.[2]).toBe('Qualified Leads');
        expect(mention.exec('a lone [ bracket')).toBeNull();
    });
});
