// The sizes resolve refuses before doing any work. Shared by the reader of an
// input (io/), the converters (convert/) and the batch, so that a document is
// too large by the same measure wherever it comes from.

/**
 * Inputs above this size are refused (exit 1) before any work: a resolution
 * is tens of kilobytes (the seeds are 3–30 KB), 16 MiB of text is thousands of
 * pages. Within the limit the pipeline is linear, about 3 s at the limit.
 */
export const MAX_INPUT_BYTES = 16 * 1024 * 1024;
