/**
 * Writes src/catalog/generated/baselines.json: AWS's ReadOnlyAccess, ViewOnlyAccess and SecurityAudit
 * managed policies expanded with the pinned action data, and the curated data reads validated against
 * it. `--check` fails instead when the committed file is out of date.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createActionIndex } from '../src/catalog/action-index';
import { dataReads } from '../src/catalog/source/data-reads';
import { sensitiveReads } from '../src/catalog/source/sensitive-reads';
import { buildActionIndex, loadAllIamServices } from './catalog/action-index';
import { BaselineError, buildBaselines } from './catalog/baselines';
import { loadManagedPolicies } from './catalog/managed-policies';
import { renderBaselines } from './catalog/render-baselines';

const out = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../src/catalog/generated/baselines.json',
);

async function main(check: boolean): Promise<number> {
  const index = createActionIndex(buildActionIndex(await loadAllIamServices(), ''));
  const { policies, policyData } = await loadManagedPolicies();
  const data = buildBaselines({
    generatedBy: 'scripts/build-baselines.ts (npm run baselines)',
    policies,
    policyData,
    index,
    catalogReads: sensitiveReads,
    awsReads: dataReads,
  });
  const text = renderBaselines(data);
  if (check) {
    const current = await readFile(out, 'utf8').catch(() => '');
    if (current !== text) {
      console.error('src/catalog/generated/baselines.json is out of date: run npm run baselines');
      return 1;
    }
    return 0;
  }
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, text);
  const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`;
  for (const b of data.baselines) {
    const total = Object.values(b.levels).reduce((n, c) => n + c, 0);
    console.log(
      `${b.name} ${b.versionId} (${b.versionDate.slice(0, 10)}): ${total} actions ${JSON.stringify(b.levels)}, ` +
        `${b.dataReads.length} data reads, ${b.unmatched.length} patterns match nothing`,
    );
  }
  console.log(
    `baselines: ${Object.keys(data.dataReads).length} curated data reads; ` +
      `${kb(Buffer.byteLength(text))}, ${kb(gzipSync(text, { level: 9 }).length)} gzip`,
  );
  return 0;
}

main(process.argv.includes('--check')).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof BaselineError ? error.message : error);
    process.exit(1);
  },
);
