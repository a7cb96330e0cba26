/**
 * Writes src/catalog/generated/baselines.json (AWS's ReadOnlyAccess, ViewOnlyAccess and SecurityAudit
 * managed policies expanded with the pinned action data, and the curated data reads validated against
 * it) and src/catalog/generated/baseline-documents.json (their current documents, for the audit).
 * `--check` fails instead when a committed file is out of date.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createActionIndex } from '../src/catalog/action-index';
import type { BaselinesData } from '../src/catalog/baselines';
import { dataReads } from '../src/catalog/source/data-reads';
import { sensitiveReads } from '../src/catalog/source/sensitive-reads';
import { buildActionIndex, loadAllIamServices } from './catalog/action-index';
import { buildBaselineDocuments, renderBaselineDocuments } from './catalog/baseline-documents';
import { BaselineError, buildBaselines } from './catalog/baselines';
import { loadManagedPolicies } from './catalog/managed-policies';
import { renderBaselines } from './catalog/render-baselines';

const GENERATED = resolve(dirname(fileURLToPath(import.meta.url)), '../src/catalog/generated');
const GENERATED_BY = 'scripts/build-baselines.ts (npm run baselines)';

/** The files to write, by name under src/catalog/generated. */
async function buildFiles(): Promise<{ data: BaselinesData; files: Record<string, string> }> {
  const index = createActionIndex(buildActionIndex(await loadAllIamServices(), ''));
  const { policies, policyData } = await loadManagedPolicies();
  const data = buildBaselines({
    generatedBy: GENERATED_BY,
    policies,
    policyData,
    index,
    catalogReads: sensitiveReads,
    awsReads: dataReads,
  });
  const documents = buildBaselineDocuments(GENERATED_BY, policies, policyData);
  return {
    data,
    files: {
      'baselines.json': renderBaselines(data),
      'baseline-documents.json': renderBaselineDocuments(documents),
    },
  };
}

function report(data: BaselinesData, files: Record<string, string>): void {
  const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`;
  for (const b of data.baselines) {
    const total = Object.values(b.levels).reduce((n, c) => n + c, 0);
    console.log(
      `${b.name} ${b.versionId} (${b.versionDate.slice(0, 10)}): ${total} actions ${JSON.stringify(b.levels)}, ` +
        `${b.dataReads.length} data reads, ${b.unmatched.length} patterns match nothing`,
    );
  }
  console.log(`baselines: ${Object.keys(data.dataReads).length} curated data reads`);
  for (const [name, text] of Object.entries(files)) {
    console.log(
      `${name}: ${kb(Buffer.byteLength(text))}, ${kb(gzipSync(text, { level: 9 }).length)} gzip`,
    );
  }
}

async function main(check: boolean): Promise<number> {
  const { data, files } = await buildFiles();
  if (check) {
    let stale = 0;
    for (const [name, text] of Object.entries(files)) {
      const current = await readFile(resolve(GENERATED, name), 'utf8').catch(() => '');
      if (current === text) continue;
      console.error(`src/catalog/generated/${name} is out of date: run npm run baselines`);
      stale++;
    }
    return stale === 0 ? 0 : 1;
  }
  await mkdir(GENERATED, { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(resolve(GENERATED, name), text);
  report(data, files);
  return 0;
}

main(process.argv.includes('--check')).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof BaselineError ? error.message : error);
    process.exit(1);
  },
);
