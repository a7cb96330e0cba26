import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { recommendedHeaders } from '../../scripts/hosting/response-headers';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.yaml': 'application/yaml',
};

/** A static server of one folder under a path prefix, as a plain web host would serve `dist/`. */
export interface StaticServer {
  /** The page's address: origin and prefix, ending in `/`. */
  url: string;
  origin: string;
  close: () => Promise<void>;
}

/** The file a request path maps to under `root`, or `undefined` outside the prefix or the folder. */
export function mapRequestPath(root: string, prefix: string, pathname: string): string | undefined {
  if (!pathname.startsWith(prefix)) return undefined;
  let relative: string;
  try {
    relative = decodeURIComponent(pathname.slice(prefix.length));
  } catch {
    return undefined;
  }
  const file = normalize(
    join(root, relative.endsWith('/') || !relative ? `${relative}index.html` : relative),
  );
  return file.startsWith(root.endsWith(sep) ? root : `${root}${sep}`) ? file : undefined;
}

/**
 * Serves `root` under `prefix` (e.g. `/tools/cloudcraft/iam/`) on 127.0.0.1 at a free port, with the
 * recommended response headers. Redirects the prefix without its trailing slash, like common hosts;
 * 404 everywhere else. Call `close` in a `finally`.
 */
export async function startStaticServer(root: string, prefix: string): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    void (async () => {
      const { pathname } = new URL(request.url ?? '/', 'http://localhost');
      if (`${pathname}/` === prefix) {
        response.writeHead(301, { Location: prefix }).end();
        return;
      }
      const file = mapRequestPath(root, prefix, pathname);
      const info = file ? await stat(file).catch(() => undefined) : undefined;
      if (!file || !info?.isFile() || request.method !== 'GET') {
        response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
        return;
      }
      const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
      const relative = file
        .slice(root.length)
        .replace(/^[/\\]+/, '')
        .split(sep)
        .join('/');
      response.writeHead(200, { 'Content-Type': type, ...recommendedHeaders(relative) });
      response.end(await readFile(file));
    })().catch(() => response.writeHead(500).end());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${prefix}`,
    origin,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
