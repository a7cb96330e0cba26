/**
 * Runs AWS cfn-lint on every template in dist/templates/ (after `npm run build`), after checking the
 * folder holds exactly the templates the core renders today. Fails on any finding except the
 * explained one (see templates/cfn-lint-findings.ts), and when cfn-lint is missing.
 */
import { bundledCatalog } from '../src/catalog/bundled';
import { execFileSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import {
  listParameterisedTemplateFiles,
  TEMPLATES_FOLDER,
} from '../src/core/deploy/render-parameterised-template';
import { unexpectedFindings, type CfnLintFinding } from './templates/cfn-lint-findings';

const folder = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'dist', TEMPLATES_FOLDER);

function runCfnLint(paths: string[]): CfnLintFinding[] {
  try {
    return JSON.parse(
      execFileSync('cfn-lint', ['--format', 'json', ...paths], {
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      }),
    );
  } catch (error) {
    const failure = error as { code?: string; stdout?: string; status?: number };
    if (failure.code === 'ENOENT')
      throw new Error('cfn-lint is not on PATH (pip install cfn-lint).');
    // cfn-lint exits non-zero when it finds anything; its report is still on stdout.
    if (failure.stdout) return JSON.parse(failure.stdout) as CfnLintFinding[];
    throw error;
  }
}

async function main(): Promise<number> {
  const expected = listParameterisedTemplateFiles(bundledCatalog);
  const present = (await readdir(folder).catch(() => [])).sort();
  const names = expected.map((f) => f.fileName).sort();
  if (JSON.stringify(present) !== JSON.stringify(names)) {
    console.error(
      `dist/${TEMPLATES_FOLDER}/ holds ${present.join(', ') || 'nothing'}; expected ${names.join(', ')}. Run npm run build.`,
    );
    return 1;
  }
  const templates = new Map<string, unknown>();
  for (const file of expected) {
    const path = resolve(folder, file.fileName);
    const text = await readFile(path, 'utf8');
    if (text !== file.text) {
      console.error(`${path} is not what the core renders now. Run npm run build.`);
      return 1;
    }
    templates.set(path, parse(text));
  }
  const findings = runCfnLint([...templates.keys()]);
  const isKnownRead = (action: string) => {
    const level =
      bundledCatalog.accessLevelOf(action) ?? bundledCatalog.accessLevelOf(action.toLowerCase());
    return level === 'List' || level === 'Read';
  };
  const defects = unexpectedFindings(findings, templates, isKnownRead);
  for (const d of defects) {
    console.error(
      `${d.Filename}:${d.Location.Start.LineNumber}: ${d.Rule.Id} ${d.Message.slice(0, 300)}`,
    );
  }
  const explained = findings.length - defects.length;
  console.log(
    `cfn-lint: ${templates.size} templates, ${defects.length} findings, ${explained} W3037 on actions newer than cfn-lint's list (AWS data has them as List/Read)`,
  );
  return defects.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
