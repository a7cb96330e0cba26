import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { encodeForWire } from './compress';
import { assetsOfHtml } from './html-assets';

/** What a built page makes the browser download before it runs: each file and its bytes on the wire. */
export interface StaticBytes {
  total: number;
  files: { path: string; bytes: number }[];
}

/** The gzip bytes of a built page's index.html and of every file it references (see `assetsOfHtml`). */
export async function measureStaticBytes(distDir: string): Promise<StaticBytes> {
  const html = await readFile(join(distDir, 'index.html'));
  const files = [{ path: '/index.html', bytes: encodeForWire('index.html', html).length }];
  for (const asset of assetsOfHtml(html.toString('utf8'))) {
    const path = new URL(asset, 'http://page/').pathname;
    const body = await readFile(join(distDir, decodeURIComponent(path)));
    files.push({ path, bytes: encodeForWire(path, body).length });
  }
  return { total: files.reduce((sum, f) => sum + f.bytes, 0), files };
}
