import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureStaticBytes } from './static-bytes';
import { fileOf, serveDirectory, type StaticServer } from './static-server';

let root: string;
let server: StaticServer;
const script = 'console.log("hello");\n'.repeat(200);

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'bench-serve-'));
  await mkdir(join(root, 'assets'));
  await writeFile(
    join(root, 'index.html'),
    '<!doctype html><script type="module" src="/assets/a.js"></script><link rel="stylesheet" href="/assets/b.css"><p>hi</p>',
  );
  await writeFile(join(root, 'assets/a.js'), script);
  await writeFile(join(root, 'assets/b.css'), 'p { color: red }\n'.repeat(50));
  await writeFile(join(root, 'assets/f.woff2'), Buffer.alloc(500, 7));
  server = await serveDirectory(root, { 'Content-Security-Policy': "default-src 'self'" });
});

afterAll(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true });
});

describe('serveDirectory', () => {
  it('serves gzip to browsers that accept it, with the given headers, and logs the bytes sent', async () => {
    server.clearLog();
    const response = await fetch(`${server.origin}/assets/a.js`, {
      headers: { 'Accept-Encoding': 'gzip' },
    });
    expect(response.headers.get('content-security-policy')).toBe("default-src 'self'");
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await response.text()).toBe(script);
    expect(server.log).toHaveLength(1);
    expect(server.log[0]!.bytes).toBeLessThan(script.length / 10);
  });

  it('sends fonts as they are, index.html for /, and 404 outside the directory', async () => {
    server.clearLog();
    await (await fetch(`${server.origin}/assets/f.woff2`)).arrayBuffer();
    expect(server.log[0]).toEqual({ path: '/assets/f.woff2', status: 200, bytes: 500 });
    expect(await (await fetch(`${server.origin}/`)).text()).toContain('<p>hi</p>');
    expect((await fetch(`${server.origin}/assets/none.js`)).status).toBe(404);
    expect(fileOf(root, '/../etc/passwd')).toBe(join(root, 'etc/passwd'));
    expect(fileOf(root, '/..%2f..%2fetc/passwd')).toBeUndefined();
  });
});

describe('measureStaticBytes', () => {
  it('adds up the gzip bytes of index.html and what it references, as the server sends them', async () => {
    const bytes = await measureStaticBytes(root);
    expect(bytes.files.map((f) => f.path)).toEqual([
      '/index.html',
      '/assets/a.js',
      '/assets/b.css',
    ]);
    server.clearLog();
    for (const { path } of bytes.files)
      await (
        await fetch(`${server.origin}${path}`, { headers: { 'Accept-Encoding': 'gzip' } })
      ).arrayBuffer();
    expect(bytes.total).toBe(server.log.reduce((sum, r) => sum + r.bytes, 0));
  });
});
