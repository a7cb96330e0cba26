/**
 * How much pasted text the audit reads. Its own module, so that the page's file picker can check a
 * file's size without loading the parser, which only the audit worker needs.
 */
import { formatCount } from '../../count-text';

/** Largest input the audit reads, in UTF-8 bytes (and so in characters): 1 MB. */
export const MAX_INPUT_BYTES = 1_048_576;

/** How big text over the limit is (`1,100,000 characters`), or `undefined` when it is within it. */
export function oversize(text: string): string | undefined {
  if (text.length > MAX_INPUT_BYTES) return `${formatCount(text.length)} characters`;
  const bytes = utf8Length(text);
  return bytes > MAX_INPUT_BYTES ? `${formatCount(bytes)} bytes in UTF-8` : undefined;
}

/** UTF-8 length of a string (callers bound its length first). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
