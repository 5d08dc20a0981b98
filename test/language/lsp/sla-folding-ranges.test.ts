import { describe, test } from 'vitest';
import { expectFoldings } from 'langium/test';
import { createTestServices } from '../../helpers/sla-test-services.js';

describe('folding ranges', () => {

    // A range ends where `|>` is: a block keeps its closing brace visible, a comment its last line.
    test('blocks, long prose (once per line) and block comments fold', async () => {
        await expectFoldings(createTestServices().Sla)({
            text: `<|agreement A {
    <|/* Written by the service desk
       for the shop,|>
       reviewed every year. */
    <|summary "A first paragraph.

A second paragraph,
on two lines."|>
    <|service S {
        <|metric M {
            target >= 1 per month|>
        }|>
    }
    party P "P" provider|>
}`
        });
    });
});
