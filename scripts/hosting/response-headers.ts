/**
 * The response headers recommended for hosts that can set them (README, "Host it"), and the
 * Content-Security-Policy the built page also carries as a meta tag. One definition serves the
 * build, `vite preview`, the e2e test server and the README check.
 */

/** The page loads only its own files; Emotion injects <style> tags, hence 'unsafe-inline' for styles. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/** Headers for every response. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** Files under assets/ have a content hash in their names: they never change. */
export const HASHED_ASSET_CACHE = 'public, max-age=31536000, immutable';
/** Everything else (index.html, favicon.svg, templates/) is checked with the server on every use. */
export const UNHASHED_CACHE = 'no-cache';

/** The recommended headers for a path relative to the page's folder (e.g. `assets/index-x.js`). */
export function recommendedHeaders(relativePath: string): Record<string, string> {
  const hashed = relativePath.startsWith('assets/');
  return { ...SECURITY_HEADERS, 'Cache-Control': hashed ? HASHED_ASSET_CACHE : UNHASHED_CACHE };
}
