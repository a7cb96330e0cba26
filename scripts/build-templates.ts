/**
 * Writes every parameterised CloudFormation template (each edition, mode and format) into
 * dist/templates/, for an operator to publish on S3 (`aws s3 sync dist/templates s3://...`).
 * `--check` only checks VITE_TEMPLATE_BASE_URL (from the environment or a .env file, as Vite reads
 * it), so `npm run build` stops before bundling a page whose Launch Stack link could not work.
 */
import { bundledCatalog } from '../src/catalog/bundled';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadEnv } from 'vite';
import {
  listParameterisedTemplateFiles,
  TEMPLATES_FOLDER,
} from '../src/core/deploy/render-parameterised-template';
import {
  TEMPLATE_BASE_URL_VARIABLE,
  templateBaseUrlProblem,
} from './templates/template-base-url-env';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

async function main(check: boolean): Promise<number> {
  const files = listParameterisedTemplateFiles(bundledCatalog);
  const env = loadEnv('production', root, 'VITE_');
  const problem = templateBaseUrlProblem(
    env[TEMPLATE_BASE_URL_VARIABLE],
    files.map((f) => f.fileName),
  );
  if (problem) {
    console.error(`error: ${problem}`);
    return 1;
  }
  if (check) return 0;
  const out = resolve(root, 'dist', TEMPLATES_FOLDER);
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  await Promise.all(files.map((f) => writeFile(resolve(out, f.fileName), f.text)));
  console.log(`templates: ${files.length} files in dist/${TEMPLATES_FOLDER}/`);
  return 0;
}

main(process.argv.includes('--check')).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
