import { describe, expect, test } from 'vitest';
import type { ProseSegment, TermModel } from 'sla-model';
import { documentProse, TermAnchors } from 'sla-model';

const term = (name: string, aliases: string[] = []): TermModel => ({ name, aliases, definition: [], origin: { uri: '', line: 0 } });
const text = (value: string): ProseSegment => ({ kind: 'text', text: value });
const mention = (name: string, defined = true): ProseSegment => ({ kind: 'mention', term: name, defined });

describe('TermAnchors', () => {
    test('every name and alias leads to the term\'s anchor, whatever the case and spacing', () => {
        const anchors = new TermAnchors([term('Qualified Lead', ['Qualified Leads']), term('SLA')]);
        expect(anchors.anchorOf('Qualified Lead')).toBe('term-qualified-lead');
        expect(anchors.anchorOf('qualified   leads')).toBe('term-qualified-lead');
        expect(anchors.anchorOf('SLA')).toBe('term-sla');
        expect(anchors.anchorOf('Lead')).toBeUndefined();
    });

    test('names with the same slug get numbered anchors; names without letters get one too', () => {
        const first = term('Lead time');
        const second = term('Lead-time');
        const symbols = term('<>');
        const anchors = new TermAnchors([first, second, symbols]);
        expect([anchors.anchorOfTerm.get(first), anchors.anchorOfTerm.get(second), anchors.anchorOfTerm.get(symbols)])
            .toEqual(['term-lead-time', 'term-lead-time-2', 'term-unnamed']);
    });
});

describe('documentProse', () => {
    const anchors = new TermAnchors([term('Qualified Lead', ['Qualified Leads'])]);

    test('resolves mentions; an undefined one has no anchor', () => {
        expect(documentProse([text('Deliver '), mention('Qualified Leads'), text(' and '), mention('Nothing', false)], anchors)).toEqual([
            { kind: 'text', text: 'Deliver ' },
            { kind: 'mention', term: 'Qualified Leads', anchor: 'term-qualified-lead' },
            { kind: 'text', text: ' and ' },
            { kind: 'mention', term: 'Nothing', anchor: undefined }
        ]);
    });

    test('removes the indentation the source gave continuation lines, and the outer white space', () => {
        const prose = documentProse([text('  First paragraph.\n\n        Second, with '), mention('Qualified Lead'), text('\n        and a\n          nested line.\n    ')], anchors);
        expect(prose).toEqual([
            { kind: 'text', text: 'First paragraph.\n\nSecond, with ' },
            { kind: 'mention', term: 'Qualified Lead', anchor: 'term-qualified-lead' },
            { kind: 'text', text: '\nand a\n  nested line.' }
        ]);
    });

    test('a line that starts with a mention counts for the indentation', () => {
        expect(documentProse([text('A\n    '), mention('Qualified Lead'), text(' b')], anchors)).toEqual([
            { kind: 'text', text: 'A\n' },
            { kind: 'mention', term: 'Qualified Lead', anchor: 'term-qualified-lead' },
            { kind: 'text', text: ' b' }
        ]);
    });
});
