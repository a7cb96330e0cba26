/**
 * The full IAM action index (every action of every service, with its access level), loaded on demand:
 * `loadActionIndex()` imports the generated JSON dynamically, so the bundler puts it in its own chunk
 * that only the audit panel fetches. This module is the only importer of that file.
 */
import { globMatch, hasWildcard } from './action-pattern';
import type { AccessLevel } from './types';

/** One service of the generated index: its name and its action names per access level. */
export interface IndexedService {
  name: string;
  actions: Partial<Record<AccessLevel, string[]>>;
}

/** The shape of src/catalog/generated/action-index.json. */
export interface ActionIndexData {
  generatedBy: string;
  dataset: { package: string; version: string; updatedAt: string };
  /** Keyed by lower-case IAM prefix, in prefix order. */
  services: Record<string, IndexedService>;
  /** The curated reads that return data or secrets, with why, keyed by canonical action name. */
  dataReads: Record<string, string>;
}

/** One IAM action in its canonical `prefix:Name` spelling, with its access level. */
export interface IndexedAction {
  action: string;
  level: AccessLevel;
}

/** Typed lookups over the full action index. Matching is case-insensitive, as IAM's is. */
export interface ActionIndex {
  readonly dataset: ActionIndexData['dataset'];
  /** Number of actions over all services. */
  readonly actionCount: number;
  /** Every lower-case prefix, sorted. */
  prefixes(): readonly string[];
  hasPrefix(prefix: string): boolean;
  /** AWS's name for the service behind a prefix, e.g. `Amazon S3`. */
  serviceName(prefix: string): string | undefined;
  /** The actions of a prefix, sorted by name; empty for an unknown prefix. */
  actionsOfPrefix(prefix: string): readonly IndexedAction[];
  /** The action with this exact name (any case), or `undefined`. */
  lookup(action: string): IndexedAction | undefined;
  /** The actions a pattern grants: `*` and `?` wildcards, including `*`, `*:*` and `service:*`. */
  expand(pattern: string): readonly IndexedAction[];
  /** Why an action returns data or secrets (curated, across all of AWS), or `undefined`. */
  dataReadReason(action: string): string | undefined;
}

interface PrefixEntry {
  name: string;
  actions: IndexedAction[];
  lowerNames: string[];
}

const CACHE_LIMIT = 20_000;

function byLowerName(a: { lower: string }, b: { lower: string }): number {
  return a.lower < b.lower ? -1 : a.lower > b.lower ? 1 : 0;
}

function indexPrefixes(data: ActionIndexData): Map<string, PrefixEntry> {
  const entries = new Map<string, PrefixEntry>();
  for (const prefix of Object.keys(data.services).sort()) {
    const service = data.services[prefix];
    if (!service) continue;
    const rows = Object.entries(service.actions).flatMap(([level, names]) =>
      (names ?? []).map((name) => ({
        name,
        lower: name.toLowerCase(),
        level: level as AccessLevel,
      })),
    );
    rows.sort(byLowerName);
    entries.set(prefix, {
      name: service.name,
      actions: rows.map((r) => ({ action: `${prefix}:${r.name}`, level: r.level })),
      lowerNames: rows.map((r) => r.lower),
    });
  }
  return entries;
}

function matchIn(entry: PrefixEntry, name: string): IndexedAction[] {
  if (name === '*') return entry.actions;
  return entry.actions.filter((_, i) => globMatch(name, entry.lowerNames[i] ?? ''));
}

interface Tables {
  byPrefix: Map<string, PrefixEntry>;
  byAction: Map<string, IndexedAction>;
  prefixes: string[];
  all: IndexedAction[];
  allLower: string[];
}

function buildTables(data: ActionIndexData): Tables {
  const byPrefix = indexPrefixes(data);
  const all = [...byPrefix.values()].flatMap((e) => e.actions);
  const allLower = all.map((a) => a.action.toLowerCase());
  const byAction = new Map(all.map((a, i) => [allLower[i] ?? '', a]));
  return { byPrefix, byAction, prefixes: [...byPrefix.keys()], all, allLower };
}

/** Expands a lower-cased pattern. */
function expandLower(tables: Tables, pattern: string): readonly IndexedAction[] {
  if (pattern === '*') return tables.all;
  if (!hasWildcard(pattern)) {
    const exact = tables.byAction.get(pattern);
    return exact ? [exact] : [];
  }
  const colon = pattern.indexOf(':');
  if (colon < 0) return tables.all.filter((_, i) => globMatch(pattern, tables.allLower[i] ?? ''));
  const prefixPart = pattern.slice(0, colon);
  const namePart = pattern.slice(colon + 1);
  // An action has exactly one colon, so a second literal colon can never match.
  if (namePart.includes(':')) return [];
  const matching = hasWildcard(prefixPart)
    ? tables.prefixes.filter((p) => globMatch(prefixPart, p))
    : [prefixPart];
  return matching.flatMap((p) => {
    const entry = tables.byPrefix.get(p);
    return entry ? matchIn(entry, namePart) : [];
  });
}

/** Builds the lookups over index data (exported so tests and scripts can use data they built). */
export function createActionIndex(data: ActionIndexData): ActionIndex {
  const tables = buildTables(data);
  const { byPrefix, byAction } = tables;
  const cache = new Map<string, readonly IndexedAction[]>();
  const dataReads = new Map(
    Object.entries(data.dataReads).map(([action, reason]) => [action.toLowerCase(), reason]),
  );
  return {
    dataset: data.dataset,
    actionCount: tables.all.length,
    prefixes: () => tables.prefixes,
    hasPrefix: (prefix) => byPrefix.has(prefix.toLowerCase()),
    serviceName: (prefix) => byPrefix.get(prefix.toLowerCase())?.name,
    actionsOfPrefix: (prefix) => byPrefix.get(prefix.toLowerCase())?.actions ?? [],
    lookup: (action) => byAction.get(action.toLowerCase()),
    dataReadReason: (action) => dataReads.get(action.toLowerCase()),
    expand: (pattern) => {
      const key = pattern.toLowerCase();
      const hit = cache.get(key);
      if (hit) return hit;
      const result = expandLower(tables, key);
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(key, result);
      return result;
    },
  };
}

let loading: Promise<ActionIndex> | undefined;

/**
 * Loads the full action index once (a separate chunk of about 115 kB gzip) and returns its lookups.
 * A failed load is forgotten, so calling again retries.
 */
export function loadActionIndex(): Promise<ActionIndex> {
  loading ??= import('./generated/action-index.json').then(
    (module) => createActionIndex(module.default as unknown as ActionIndexData),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
