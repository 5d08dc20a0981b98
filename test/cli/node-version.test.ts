import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { REPO_ROOT } from '../helpers/run-cli.js';

/** The machine's own Node, older than the project's (Debian's 20 here); the suite itself runs on 22. */
const SYSTEM_NODE = '/usr/bin/node';
const systemMajor = fs.existsSync(SYSTEM_NODE)
    ? Number(spawnSync(SYSTEM_NODE, ['-p', 'process.versions.node.split(".")[0]'], { encoding: 'utf8' }).stdout.trim())
    : undefined;
const OLD_NODE = systemMajor !== undefined && systemMajor < 22;

describe.skipIf(!OLD_NODE)('on a Node older than 22', () => {
    test.each([
        ['packages/cli/bin/sla.js', ['check', 'examples'], 'sla'],
        ['packages/language/bin/server.js', ['--stdio'], 'sla-language-server']
    ])('%s says in one line which Node it needs, and exits 1', (bin, args, name) => {
        const run = spawnSync(SYSTEM_NODE, [bin, ...args], { cwd: REPO_ROOT, encoding: 'utf8', input: '', timeout: 60_000 });
        const version = spawnSync(SYSTEM_NODE, ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout.trim();
        expect(run.stderr).toBe(`${name} needs Node 22 or newer; this is ${version}.\n`);
        expect(run.stdout).toBe('');
        expect(run.status).toBe(1);
    });
});

test('every package a user installs states the Node it needs', () => {
    for (const name of ['cli', 'language', 'model', 'renderer']) {
        const manifest = JSON.parse(fs.readFileSync(`${REPO_ROOT}/packages/${name}/package.json`, 'utf8'));
        expect(manifest.engines, name).toEqual({ node: '>=22' });
    }
});
