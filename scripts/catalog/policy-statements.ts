/**
 * Reads the statements of an AWS managed policy document for the baselines build. It accepts only what
 * it can count honestly: `Allow` statements with `Action`. A `Deny`, `NotAction` or `NotResource` would
 * make "the actions it grants" a different question, so the build stops and says so instead.
 */

/** One `Allow` statement: its patterns, resources and the condition keys it requires. */
export interface PolicyStatementSource {
  sid: string;
  actions: string[];
  resources: '*' | string[];
  conditionKeys: string[];
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function stringList(value: unknown): string[] | undefined {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value;
  return undefined;
}

function conditionKeysOf(condition: unknown): string[] {
  if (!isObject(condition)) return [];
  const keys = Object.values(condition).flatMap((test) =>
    isObject(test) ? Object.keys(test) : [],
  );
  return [...new Set(keys)].sort();
}

function readStatement(where: string, statement: unknown, problems: string[]) {
  if (!isObject(statement)) {
    problems.push(`${where}: is not an object`);
    return undefined;
  }
  for (const key of ['NotAction', 'NotResource', 'NotPrincipal']) {
    if (key in statement) problems.push(`${where}: uses ${key}, which the baselines do not count`);
  }
  if (statement.Effect !== 'Allow') {
    problems.push(`${where}: Effect is ${JSON.stringify(statement.Effect)}, not "Allow"`);
  }
  const actions = stringList(statement.Action);
  const resources = stringList(statement.Resource);
  if (!actions) problems.push(`${where}: Action is not a string or a list of strings`);
  if (!resources) problems.push(`${where}: Resource is not a string or a list of strings`);
  if (!actions || !resources) return undefined;
  return {
    sid: typeof statement.Sid === 'string' ? statement.Sid : '',
    actions,
    resources: resources.includes('*') ? '*' : resources,
    conditionKeys: conditionKeysOf(statement.Condition),
  } satisfies PolicyStatementSource;
}

/** The statements of a policy document; adds a problem for anything it cannot count. */
export function readStatements(
  name: string,
  document: unknown,
  problems: string[],
): PolicyStatementSource[] {
  const raw = isObject(document) ? document.Statement : undefined;
  const list = Array.isArray(raw) ? raw : raw === undefined ? undefined : [raw];
  if (!list) {
    problems.push(`${name}: the policy document has no Statement`);
    return [];
  }
  return list.flatMap((statement, i) => {
    const sid =
      isObject(statement) && typeof statement.Sid === 'string' ? ` (${statement.Sid})` : '';
    const read = readStatement(`${name} statement ${i + 1}${sid}`, statement, problems);
    return read ? [read] : [];
  });
}
