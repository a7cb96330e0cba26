/**
 * Writes src/catalog/generated/action-index.json: every IAM action of every service in AWS's data,
 * with its normalised access level, for the audit panel. `--check` fails instead when the committed
 * file is out of date.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import {
  ACTION_INDEX_GENERATOR,
  ActionIndexError,
  buildActionIndex,
  loadAllIamServices,
  renderActionIndex,
} from './catalog/action-index';
import { dataReads } from '../src/catalog/source/data-reads';
import { sensitiveReads } from '../src/catalog/source/sensitive-reads';

const out = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../src/catalog/generated/action-index.json',
);

async function main(check: boolean): Promise<number> {
  const all = await loadAllIamServices();
  const curated = [...sensitiveReads, ...dataReads];
  const text = renderActionIndex(buildActionIndex(all, ACTION_INDEX_GENERATOR, curated));
  if (check) {
    const current = await readFile(out, 'utf8').catch(() => '');
    if (current !== text) {
      console.error(
        'src/catalog/generated/action-index.json is out of date: run npm run action-index',
      );
      return 1;
    }
    return 0;
  }
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, text);
  const actions = all.services.reduce((n, s) => n + s.actions.length, 0);
  const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`;
  console.log(
    `action index: ${all.services.length} services, ${actions} actions (iam-data ${all.version}), ` +
      `${kb(Buffer.byteLength(text))}, ${kb(gzipSync(text, { level: 9 }).length)} gzip`,
  );
  return 0;
}

main(process.argv.includes('--check')).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ActionIndexError ? error.message : error);
    process.exit(1);
  },
);
