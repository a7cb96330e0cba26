/**
 * How much pasted text the audit reads. Its own module, so that the page's file picker can check a
 * file's size without loading the parser, which only the audit worker needs.
 */
import { formatCount } from '../../count-text';
import { utf8Length } from '../../utf8-length';

/** Largest input the audit reads, in UTF-8 bytes (and so in characters): 1 MB. */
export const MAX_INPUT_BYTES = 1_048_576;

/** How big text over the limit is (`1,100,000 characters`), or `undefined` when it is within it. */
export function oversize(text: string): string | undefined {
  if (text.length > MAX_INPUT_BYTES) return `${formatCount(text.length)} characters`;
  const bytes = utf8Length(text);
  return bytes > MAX_INPUT_BYTES ? `${formatCount(bytes)} bytes in UTF-8` : undefined;
}
