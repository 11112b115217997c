// What the build (scripts/build.mjs) tells the code it bundles — the one place
// its definitions are read. Running from source (vitest, tsx) none is defined.
// (The bundle's other difference, remark loaded on first use, is a module the
// build swaps: 3-segment/remark-preload.ts.)

/** Defined by the build: the version of package.json and a new id at every build. */
declare const __RESOLVE_VERSION__: string | undefined;
declare const __RESOLVE_BUILD__: string | undefined;

export const VERSION: string = typeof __RESOLVE_VERSION__ === 'string' ? __RESOLVE_VERSION__ : '0.0.0-dev';
/** The id of this build (files the build's warm-up wrote are trusted only by it), or null from source. */
export const BUILD_ID: string | null = typeof __RESOLVE_BUILD__ === 'string' ? __RESOLVE_BUILD__ : null;
