// remark for the sources (vitest, tsx), imported up front. The bundle replaces
// this module with one that exports null (scripts/build.mjs, plugin "apart"):
// there inline.ts require()s dist/remark.cjs on first use, so a start-up never
// pays for remark.
export const preloadedRemark: typeof import('./remark.js') | null = await import('./remark.js');
