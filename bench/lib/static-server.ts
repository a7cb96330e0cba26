import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize, sep } from 'node:path';
import { contentType, encodeForWire, isCompressible } from './compress';

/** A request the server answered: its path and the bytes of the body it sent. */
export interface ServedRequest {
  path: string;
  status: number;
  bytes: number;
}

/** A running static server on 127.0.0.1. */
export interface StaticServer {
  origin: string;
  /** Every request answered since start or the last `clearLog`. */
  log: ServedRequest[];
  clearLog: () => void;
  close: () => Promise<void>;
}

/** The file under `root` a URL path names (`/` is index.html), or `undefined` outside `root`. */
export function fileOf(root: string, urlPath: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(new URL(urlPath, 'http://x/').pathname);
  } catch {
    return undefined;
  }
  const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
  return file.startsWith(normalize(root) + sep) ? file : undefined;
}

/**
 * Serves a built page from `root` on a free port, gzip-compressing text when the browser accepts it
 * (compressed once per file), with the given headers (the page's CSP). Logs what it sends.
 */
export async function serveDirectory(
  root: string,
  headers: Record<string, string>,
): Promise<StaticServer> {
  const wireCache = new Map<string, Buffer>();
  const log: ServedRequest[] = [];
  const answer = async (request: IncomingMessage, response: ServerResponse) => {
    const file = fileOf(root, request.url ?? '/');
    const found = file && (await stat(file).catch(() => undefined))?.isFile();
    if (!file || !found) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      log.push({ path: request.url ?? '', status: 404, bytes: 9 });
      return;
    }
    const gzip =
      isCompressible(file) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    let body: Buffer = await readFile(file);
    if (gzip) {
      body = wireCache.get(file) ?? encodeForWire(file, body);
      wireCache.set(file, body);
    }
    response.writeHead(200, {
      ...headers,
      'Content-Type': contentType(file),
      'Content-Length': body.length,
      'Cache-Control': 'no-cache',
      ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
    });
    response.end(request.method === 'HEAD' ? undefined : body);
    log.push({
      path: new URL(request.url ?? '/', 'http://x/').pathname,
      status: 200,
      bytes: body.length,
    });
  };
  const server = createServer((request, response) => {
    answer(request, response).catch(() => response.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    log,
    clearLog: () => log.splice(0),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
