/** The output's schemaVersion: raised when a change would break a reader (docs/OUTPUT.md). */
export const SCHEMA_VERSION = 1 as const;
