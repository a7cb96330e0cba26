/**
 * SHA-256 of text, synchronous, so a digest can be shown in the page and in generated files alike
 * (Web Crypto's digest is asynchronous, and core may not use DOM or Node APIs). The hash itself is
 * `@noble/hashes` (audited, MIT); this module only fixes the text encoding.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** The SHA-256 digest of a string's UTF-8 bytes (a lone surrogate as U+FFFD), as 64 hex digits. */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}
