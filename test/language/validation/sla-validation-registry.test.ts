import { OperationCancelled } from 'langium';
import type { SlaAstType } from 'sla-language';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { SlaValidationRegistry } from '../../../packages/language/src/validation/sla-validation-registry.js';
import { checkDocument, createTestServices } from '../../helpers/sla-test-services.js';

const TEXT = 'agreement A {\n    version "1"\n}';

afterEach(() => {
    vi.restoreAllMocks();
});

describe('SlaValidationRegistry', () => {
    test('a synchronous check runs synchronously: it returns nothing to await', () => {
        const services = createTestServices();
        const registry = services.Sla.validation.ValidationRegistry;
        expect(registry).toBeInstanceOf(SlaValidationRegistry);
        registry.register<SlaAstType>({ Kind: (node, accept) => accept('warning', 'seen', { node }) });
        const checks = registry.getChecks('Kind').toArray();
        expect(checks).toHaveLength(1);
        const accept = vi.fn();
        expect(checks[0]({ $type: 'Kind', value: 'internal' } as never, accept, undefined as never)).toBeUndefined();
        expect(accept).toHaveBeenCalledTimes(1);
    });

    test.each([
        ['throws', () => { throw new Error('boom'); }],
        ['rejects', async () => { throw new Error('boom'); }]
    ])('a check that %s reports check-failed on its node, and the other checks still run', async (_name, failing) => {
        for (const langiumDefaults of [false, true]) {
            vi.spyOn(console, 'error').mockImplementation(() => undefined);
            const services = createTestServices({}, { langiumDefaults });
            services.Sla.validation.ValidationRegistry.register<SlaAstType>({ Version: failing });
            const { diagnostics } = await checkDocument(TEXT, { services });
            expect(diagnostics.filter(diagnostic => diagnostic.code === 'check-failed').map(diagnostic => [diagnostic.range.start, diagnostic.severity, diagnostic.message])).toEqual([[
                { line: 1, character: 4 },
                1,
                'A check failed on this clause (boom), so it was not checked fully. This is a fault in SLA Studio: please report it with the agreement.'
            ]]);
            expect(diagnostics.map(diagnostic => diagnostic.code)).toContain('missing-termination');
            // One line in the log, no stack trace.
            expect(vi.mocked(console.error).mock.calls).toEqual([['sla: a check failed on Version: boom']]);
            vi.restoreAllMocks();
        }
    });

    test('a cancelled check stops validation instead of becoming a diagnostic', async () => {
        const services = createTestServices();
        services.Sla.validation.ValidationRegistry.register<SlaAstType>({ Version: () => { throw OperationCancelled; } });
        await expect(checkDocument(TEXT, { services })).rejects.toBe(OperationCancelled);
    });
});
