import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mapRequestPath, startStaticServer, type StaticServer } from './static-server';

describe('the e2e static server', () => {
  let root: string;
  let server: StaticServer;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'static-server-'));
    await mkdir(join(root, 'assets'));
    await writeFile(join(root, 'index.html'), '<p>page</p>');
    await writeFile(join(root, 'assets', 'a-1.js'), 'export {}');
    server = await startStaticServer(root, '/tools/x/');
  });
  afterAll(async () => {
    await server.close();
    await rm(root, { recursive: true, force: true });
  });

  it('serves the folder only under its prefix, with the recommended headers', async () => {
    const page = await fetch(server.url);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const asset = await fetch(`${server.url}assets/a-1.js`);
    expect(asset.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${server.origin}/assets/a-1.js`)).status).toBe(404);
    expect((await fetch(`${server.url}missing.js`)).status).toBe(404);
  });

  it('redirects the prefix without its slash, as web hosts do', async () => {
    const response = await fetch(`${server.origin}/tools/x`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/tools/x/');
  });

  it('never maps a path outside the folder', () => {
    expect(mapRequestPath('/srv/dist', '/p/', '/p/%2e%2e/secret')).toBeUndefined();
    expect(mapRequestPath('/srv/dist', '/p/', '/p/../x')).toBeUndefined();
    expect(mapRequestPath('/srv/dist', '/p/', '/other/')).toBeUndefined();
    expect(mapRequestPath('/srv/dist', '/p/', '/p/')).toBe('/srv/dist/index.html');
  });
});
