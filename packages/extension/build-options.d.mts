// The types of build-options.mjs, for the TypeScript that imports it (the bundle tests).
import type { BuildOptions, Plugin } from 'esbuild';

/** The bundles in dist/. */
export type BundleName = 'desktopClient' | 'renderer' | 'desktopServer' | 'webClient' | 'webServer';

export declare const RENDERER_BUNDLE: string;
export declare const rendererOnDemand: Plugin;
export declare function extensionBuilds(options: { production: boolean }): Record<BundleName, BuildOptions>;
