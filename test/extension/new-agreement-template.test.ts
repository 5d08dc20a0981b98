import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { checkDocument, modelOf } from '../helpers/sla-test-services.js';

const snippets = JSON.parse(readFileSync(fileURLToPath(new URL('../../packages/extension/snippets/sla.json', import.meta.url)), 'utf8')) as
    Record<string, { prefix: string | string[]; body: string[]; description: string }>;

/** The text a user gets by accepting every placeholder's default (first choice of a choice). */
function expand(body: string[]): string {
    const values = new Map<string, string>();
    let text = body.join('\n');
    // Placeholders may nest; resolve the innermost first until none is left.
    for (let pass = 0; pass < 5; pass++) {
        text = text
            .replace(/\$\{(\d+)\|([^|},]*)[^}]*\|\}/g, (_, index: string, first: string) => (values.set(index, first), first))
            .replace(/\$\{(\d+):([^${}]*)\}/g, (_, index: string, value: string) => (values.set(index, value), value));
    }
    return text.replace(/\$(\d+)/g, (_, index: string) => values.get(index) ?? '');
}

describe('new agreement template', () => {
    const template = snippets['New agreement'];

    test('is offered for "agreement"', () => {
        expect(template.prefix).toContain('agreement');
    });

    test('holds every building block of an SLA', () => {
        const text = expand(template.body);
        for (const clause of ['version', 'kind', 'model', 'summary', 'period', 'party', 'representative', 'goal', 'glossary', 'term',
            'service', 'provided by', 'hours', 'description', 'responsibilities of', 'metric', 'counts', 'target', 'measured by',
            'controlled by', 'severity', 'response within', 'resolution within', 'escalate after', 'fee', 'credits', 'cap', 'remedies',
            'earn-back', 'penalty', 'reward', 'indemnification', 'exclusions', 'review every', 'meeting', 'termination', 'notice', 'condition', 'expiry',
            'references', 'document', 'section']) {
            expect(text, clause).toMatch(new RegExp(`^\\s*${clause}\\b`, 'm'));
        }
    });

    test('parses, links and passes every error-level check as it stands', async () => {
        const result = await checkDocument(expand(template.body));
        const errors = result.diagnostics.filter(diagnostic => diagnostic.severity === 1);
        expect(errors.map(error => `${error.code}: ${error.message}`)).toEqual([]);
        const model = modelOf(result);
        expect(model?.services[0]?.metrics).toHaveLength(1);
        expect(model?.termination).toBeDefined();
    });

    test('offers a fee, a credit schedule of it for the metric, and a penalty with a trigger, with no finding at all', async () => {
        const result = await checkDocument(expand(template.body));
        expect(result.diagnostics.map(diagnostic => `${diagnostic.code}: ${diagnostic.message}`)).toEqual([]);
        const model = modelOf(result)!;
        expect(model.fees.map(fee => [fee.name, fee.amount, fee.currency, fee.period])).toEqual([['ServiceFee', 5000, 'EUR', 'month']]);
        expect(model.remedies.schedules.map(schedule => [schedule.name, schedule.fee, schedule.metrics, schedule.tiers.length])).toEqual([
            ['Standard', 'ServiceFee', ['FirstContactResolution'], 2]
        ]);
        expect(model.remedies.triggers.map(trigger => [trigger.kind, trigger.metric, trigger.condition, trigger.count])).toEqual([
            ['penalty', 'FirstContactResolution', 'missed', 2]
        ]);
    });
});

describe('clause snippets', () => {
    test('every snippet has a prefix, a description and balanced braces', () => {
        for (const [name, snippet] of Object.entries(snippets)) {
            expect(snippet.prefix, name).toBeTruthy();
            expect(snippet.description, name).toBeTruthy();
            const text = expand(snippet.body);
            expect((text.match(/\{/g) ?? []).length, name).toBe((text.match(/\}/g) ?? []).length);
        }
    });
});
