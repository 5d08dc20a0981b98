/** `sla-renderer`'s module: HTML, Markdown and charts from the semantic model. */
export type Renderer = typeof import('sla-renderer');

let loading: Promise<Renderer> | undefined;

/**
 * The renderer, loaded the first time a preview or an export needs it rather than at
 * activation: it is most of the client's code. The desktop build turns this import into a
 * `require` of dist/renderer.cjs (see build-options.mjs); the web build bundles the renderer.
 */
export function loadRenderer(): Promise<Renderer> {
    loading ??= import('sla-renderer');
    return loading;
}
