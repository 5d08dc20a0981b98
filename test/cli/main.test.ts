import { afterEach, describe, expect, test, vi } from 'vitest';

/**
 * The CLI's contract when SLA Studio itself fails: exit 3 with one line asking for a report,
 * never a stack trace nor a raw JavaScript message alone. The failure is forced by replacing the
 * workspace loader every command goes through, in-process.
 */
const failure = vi.hoisted(() => ({ mode: 'none' as 'none' | 'throw' | 'log' }));

vi.mock('../../packages/cli/out/workspace.js', async original => {
    const actual = await original<typeof import('../../packages/cli/out/workspace.js')>();
    return {
        ...actual,
        loadWorkspace: async (...args: Parameters<typeof actual.loadWorkspace>) => {
            if (failure.mode === 'throw') {
                // What a broken object graph gives: a raw TypeError with a stack.
                const target: { a?: { b: number } } = {};
                target.a!.b = 1;
            }
            if (failure.mode === 'log') {
                // Langium's validator logs a failed check like this, stack included.
                const error = new Error('Maximum call stack size exceeded');
                console.error('An error occurred during validation:', error);
                console.error(error.stack);
            }
            return actual.loadWorkspace(...args);
        }
    };
});

const { main, EXIT_INTERNAL_ERROR } = await import('../../packages/cli/out/main.js');

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    let stdout = '';
    let stderr = '';
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(chunk => (stdout += String(chunk), true));
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(chunk => (stderr += String(chunk), true));
    try {
        return { code: await main(args), stdout, stderr };
    } finally {
        out.mockRestore();
        err.mockRestore();
    }
}

afterEach(() => {
    failure.mode = 'none';
});

describe('an internal error', () => {
    test('exits 3 with one line that names the failure and asks for a report', async () => {
        failure.mode = 'throw';
        const result = await run(['check', 'examples/sales-marketing/sales-marketing.sla']);
        expect(EXIT_INTERNAL_ERROR).toBe(3);
        expect(result).toEqual({
            code: 3,
            stdout: '',
            stderr: 'sla: internal error (Cannot set properties of undefined (setting \'b\')). This is a fault in SLA Studio, '
                + 'not in your input: please report it with the command and the files it read.\n'
        });
    });

    test('every command keeps the contract', async () => {
        failure.mode = 'throw';
        for (const args of [
            ['render', 'examples/sales-marketing/sales-marketing.sla', '--today', '2026-03-05'],
            ['pace', 'examples/sales-marketing/sales-marketing.sla', '--metric', 'LeadsDelivered', '--today', '2026-03-05'],
            ['report', 'examples/sales-marketing/sales-marketing.sla', '--today', '2026-03-05']
        ]) {
            const result = await run(args);
            expect(result.code, args[0]).toBe(3);
            expect(result.stderr.split('\n'), args[0]).toHaveLength(2);
            expect(result.stderr, args[0]).not.toMatch(/\n\s+at /);
        }
    });

    test('a stack the language services log is one line on standard error; the command goes on', async () => {
        failure.mode = 'log';
        const result = await run(['check', 'examples/sales-marketing/sales-marketing.sla']);
        expect(result.code).toBe(0);
        expect(result.stderr).toBe('An error occurred during validation: Maximum call stack size exceeded\nError: Maximum call stack size exceeded\n');
        expect(result.stdout).toBe('1 file checked: no problems.\n');
    });
});

describe('bad usage is not an internal error', () => {
    test('a missing file: exit 2', async () => {
        const result = await run(['check', 'no-such-file.sla']);
        expect(result).toEqual({ code: 2, stdout: '', stderr: 'sla: cannot read \'no-such-file.sla\': no such file or folder\n' });
    });
});
