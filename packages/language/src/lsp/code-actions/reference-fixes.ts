import type { Reference } from 'langium';
import { AstUtils } from 'langium';
import type { CodeAction } from 'vscode-languageserver';
import { nearMisses } from '../near-misses.js';
import type { FixContext } from './fix-context.js';

/**
 * `unresolved-reference`: "did you mean" the names in scope nearest to the one written, of the
 * kind the reference asks for (a party where a party goes); the nearest is preferred. A broken
 * import has no such fix: its path is not a name.
 */
export function fixUnresolvedReference({ diagnostic, node, services, fix }: FixContext): CodeAction[] {
    const data = diagnostic.data as { refText?: unknown; importPath?: unknown } | undefined;
    if (!node || typeof data?.refText !== 'string' || data.importPath !== undefined) {
        return [];
    }
    const written = data.refText;
    const found = AstUtils.streamReferences(node).find(({ reference }) => (reference as Reference).$refText === written);
    if (!found) {
        return [];
    }
    const names = services.references.ScopeProvider.getScope(found).getAllElements().map(description => description.name);
    return nearMisses(written, names).flatMap((name, index) =>
        fix(`Did you mean ${name}?`, [{ range: diagnostic.range, newText: name }], index === 0));
}
