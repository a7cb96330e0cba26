/**
 * How much pasted text the audit reads. Its own module, so that the page's file picker can check a
 * file's size without loading the parser, which only the audit worker needs.
 */

/** Largest input the audit reads, in UTF-8 bytes (and so in characters): 1 MB. */
export const MAX_INPUT_BYTES = 1_048_576;
