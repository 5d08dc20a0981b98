import { expectHover } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { plainMarkdown, safeProseMarkdown } from '../../../packages/language/src/lsp/prose-markdown.js';
import { escapeMarkdown, escapeMarkdownProse } from 'sla-renderer';
import { createTestServices } from '../../helpers/sla-test-services.js';
import { HOSTILE_STRINGS } from '../../renderer/hostile-corpus.js';

/**
 * Hover and completion Markdown follow the preview's rules: the same escapes as the renderer's
 * Markdown export, for every hostile string.
 */
describe('the rules are the renderer\'s', () => {
    test.each(HOSTILE_STRINGS.map(payload => [payload]))('%j', payload => {
        expect(safeProseMarkdown(payload)).toBe(escapeMarkdownProse(payload).replace(/\\!$/, '!'));
        expect(plainMarkdown(payload)).toBe(escapeMarkdown(payload).replace(/!$/, '\\!'));
    });
});

describe('hover on hostile prose', () => {
    const definition = '![pixel](https://remote.example/p.png) [run](javascript:alert(1)) [cmd](command:workbench.action.quit) '
        + '<img src=https://remote.example/q.png>\n\n- [d]: javascript:alert(2)\n\n[d]';

    test('a term\'s definition: no image, no link to another scheme, no tag, no definition', async () => {
        const services = createTestServices();
        const text = `agreement A {\n    glossary { term [Lead] = "${definition.replace(/\[/g, '\\[')}" }\n    summary "[<|>Lead](javascript:alert(3)) is here"\n}`;
        // The text after the mention is prose like any other: its link is taken apart.
        await expectHover(services.Sla)({
            text, index: 0, hover: '**[Lead]**\n\n'
                + '!\\[pixel](https://remote.example/p.png) [run\\](javascript:alert(1)) [cmd\\](command:workbench.action.quit) '
                + '&lt;img src=https://remote.example/q.png>\n\n- [d\\]: javascript:alert(2)\n\n[d]\n\n*Defined on line 2.*'
        });
    });

    test('a goal\'s text: a mention followed by an address does not become a link to it', async () => {
        const services = createTestServices();
        const text = 'agreement A {\n    party P provider\n    glossary { term [Lead] = "A contact." }\n'
            + '    goal <|>G "Leads" owned by P "[Lead](javascript:alert(3)) ![img](https://remote.example/g.png)"\n}';
        await expectHover(services.Sla)({
            text, index: 0, hover: '**G** — Leads (goal of P)\n\n[Lead\\](javascript:alert(3)) !\\[img](https://remote.example/g.png)'
        });
    });

    test('a representative, a contact and a term name are plain text', () => {
        expect(plainMarkdown('![x](https://remote.example/r.png) <b>*y*</b>'))
            .toBe('!\\[x\\](https://remote.example/r.png) &lt;b\\>\\*y\\*&lt;/b\\>');
    });
});
