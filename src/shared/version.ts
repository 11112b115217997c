// Injected by the build (scripts/build.mjs) from package.json; "dev" under vitest.
declare const __RESOLVE_VERSION__: string | undefined;
export const VERSION: string = typeof __RESOLVE_VERSION__ === 'string' ? __RESOLVE_VERSION__ : '0.0.0-dev';
