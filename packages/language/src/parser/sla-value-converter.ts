import type { CstNode, GrammarAST, ValueType } from 'langium';
import { DefaultValueConverter } from 'langium';

/** `[Qualified  Lead]` → `Qualified Lead`: brackets dropped, white space folded. */
export function termNameOf(mention: string): string {
    const inner = mention.startsWith('[') && mention.endsWith(']') ? mention.slice(1, -1) : mention;
    return inner.replace(/\s+/g, ' ').trim();
}

/** Prose text with its escapes (`\"`, `\\`, `\[`) resolved. */
export function unescapeProse(text: string): string {
    // Most prose has no escape: a search is cheaper than a replace that allocates.
    if (!text.includes('\\')) {
        return text;
    }
    return text.replace(/\\([\s\S])/g, (_, char: string) => {
        switch (char) {
            case 'n': return '\n';
            case 't': return '\t';
            default: return char;
        }
    });
}

export class SlaValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        switch (rule.name) {
            case 'MENTION': return termNameOf(input);
            case 'PROSE_TEXT': return unescapeProse(input);
            default: return super.runConverter(rule, input, cstNode);
        }
    }
}
