// The names of the report formats of `resolve check --format`: the command
// declares its options with them without loading the reporters (index.ts).
export const REPORT_FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
