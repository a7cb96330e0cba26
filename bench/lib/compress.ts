import { gzipSync } from 'node:zlib';

const TEXT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

const BINARY_TYPES: Record<string, string> = {
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
};

const extension = (path: string) => /\.[a-z0-9]+$/i.exec(path)?.[0].toLowerCase() ?? '';

/** The Content-Type a static server sends for this path. */
export function contentType(path: string): string {
  const ext = extension(path);
  return TEXT_TYPES[ext] ?? BINARY_TYPES[ext] ?? 'application/octet-stream';
}

/** Whether a server compresses this file: text yes, fonts and images (compressed already) no. */
export function isCompressible(path: string): boolean {
  return extension(path) in TEXT_TYPES;
}

/** The bytes a compressing server sends for this file: gzip (level 9) for text, as is for the rest. */
export function encodeForWire(path: string, body: Buffer): Buffer {
  return isCompressible(path) ? gzipSync(body, { level: 9 }) : body;
}
