/**
 * Writes src/catalog/generated/catalog.json from the hand-written sources and AWS's data.
 * `--check` fails instead when the committed file is out of date.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCatalog, CatalogError } from './catalog/build';
import { loadIamData } from './catalog/iam-data';
import { catalogSources, prefixesOf } from './catalog/sources';

const out = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../src/catalog/generated/catalog.json',
);

async function main(check: boolean): Promise<number> {
  const data = await loadIamData(prefixesOf(catalogSources));
  const catalog = buildCatalog(catalogSources, data, 'scripts/build-catalog.ts (npm run catalog)');
  const text = `${JSON.stringify(catalog, null, 2)}\n`;
  if (check) {
    const current = await readFile(out, 'utf8').catch(() => '');
    if (current !== text) {
      console.error('src/catalog/generated/catalog.json is out of date: run npm run catalog');
      return 1;
    }
    return 0;
  }
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, text);
  const actions = Object.keys(catalog.actions).length;
  console.log(
    `catalog: ${catalog.services.length} services, ${catalog.editions.length} editions, ${actions} actions (iam-data ${data.version})`,
  );
  return 0;
}

main(process.argv.includes('--check')).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof CatalogError ? error.message : error);
    process.exit(1);
  },
);
