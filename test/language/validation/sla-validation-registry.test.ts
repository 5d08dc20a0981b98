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
    ])('a check that %s reports an error on its node, and the other checks still run', async (_name, failing) => {
        vi.spyOn(console, 'error').mockImplementation(() => undefined);
        const services = createTestServices();
        services.Sla.validation.ValidationRegistry.register<SlaAstType>({ Version: failing });
        const { diagnostics } = await checkDocument(TEXT, { services });
        expect(diagnostics.filter(diagnostic => diagnostic.message === 'An error occurred during validation: boom').map(diagnostic => diagnostic.range.start))
            .toEqual([{ line: 1, character: 4 }]);
        expect(diagnostics.map(diagnostic => diagnostic.code)).toContain('missing-termination');
        expect(console.error).toHaveBeenCalledWith('An error occurred during validation:', expect.any(Error));
    });

    test('a cancelled check stops validation instead of becoming a diagnostic', async () => {
        const services = createTestServices();
        services.Sla.validation.ValidationRegistry.register<SlaAstType>({ Version: () => { throw OperationCancelled; } });
        await expect(checkDocument(TEXT, { services })).rejects.toBe(OperationCancelled);
    });
});
