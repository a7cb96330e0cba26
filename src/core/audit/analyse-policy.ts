/**
 * Audits a pasted policy against an edition of Cloudcraft's policy: which Cloudcraft services it
 * covers, what it grants beyond read-only, what it grants that Cloudcraft does not use (surplus), what
 * covered services lack (the cause of "Limited AWS access"), and which reads expose data or secrets.
 * Grants are expanded with the full action index; see policy-grants.ts for how Deny, NotAction,
 * Condition and Resource are treated.
 */
import type { ActionIndex, IndexedAction } from '../../catalog/action-index';
import type { Catalog } from '../../catalog/catalog';
import type { AccessLevel, EditionId, ServiceId } from '../../catalog/types';
import { analysisFindings } from './analysis-findings';
import { editionActionKeys, editionActionsByService } from './edition-actions';
import { FindingList } from './findings';
import { grantedActions } from './policy-grants';
import type { Finding, ParseResult } from './types';

/** How much of what the edition grants a service the pasted policy allows. */
export type CoverageStatus = 'full' | 'partial' | 'none';

/** One service the edition offers, compared with the pasted policy (exact actions). */
export interface ServiceCoverage {
  serviceId: ServiceId;
  name: string;
  status: CoverageStatus;
  /** Edition actions the policy allows. */
  granted: string[];
  /** Edition actions the policy lacks. */
  missing: string[];
}

/** Access levels beyond read-only. */
export type ElevatedLevel = Exclude<AccessLevel, 'List' | 'Read'>;

/** The actions of a part of the analysis, with their count. */
export interface ActionList {
  count: number;
  actions: IndexedAction[];
}

/** The audit of a pasted policy against an edition. */
export interface PolicyAnalysis {
  editionId: EditionId;
  dataset: ActionIndex['dataset'];
  /** Every exact action the policy grants, after Deny, sorted. */
  allowed: IndexedAction[];
  levelCounts: Record<AccessLevel, number>;
  /** Every service the edition offers, in catalog order. */
  services: ServiceCoverage[];
  /** Services covered fully or partly, in catalog order. */
  coveredServiceIds: ServiceId[];
  /** Services the edition offers that the policy does not cover at all: Cloudcraft skips them. */
  uncoveredServiceIds: ServiceId[];
  /** False when the policy grants none of the edition's EC2 actions: Cloudcraft cannot scan. */
  ec2Covered: boolean;
  /** Write, Permissions management and Tagging actions granted. */
  beyondReadOnly: ActionList & { counts: Record<ElevatedLevel, number> };
  /** Granted actions the edition does not grant to any service. */
  surplus: ActionList & { byPrefix: { prefix: string; count: number }[] };
  /** Edition actions the covered services lack. */
  missing: { count: number; byService: { serviceId: ServiceId; actions: string[] }[] };
  /** Granted reads that return data or secrets. */
  sensitive: { action: string; reason: string }[];
  /** The parser's findings, then the analysis's. */
  findings: Finding[];
}

function countLevels(actions: readonly IndexedAction[]): Record<AccessLevel, number> {
  const counts: Record<AccessLevel, number> = {
    List: 0,
    Read: 0,
    Write: 0,
    'Permissions management': 0,
    Tagging: 0,
  };
  for (const { level } of actions) counts[level]++;
  return counts;
}

function coverageOf(
  catalog: Catalog,
  editionId: EditionId,
  allowedKeys: ReadonlySet<string>,
): ServiceCoverage[] {
  return [...editionActionsByService(catalog, editionId)].map(([serviceId, actions]) => {
    const granted = actions.filter((a) => allowedKeys.has(a.toLowerCase()));
    const missing = actions.filter((a) => !allowedKeys.has(a.toLowerCase()));
    const status: CoverageStatus =
      missing.length === 0 ? 'full' : granted.length > 0 ? 'partial' : 'none';
    return {
      serviceId,
      name: catalog.findService(serviceId)?.name ?? serviceId,
      status,
      granted,
      missing,
    };
  });
}

function surplusOf(
  catalog: Catalog,
  editionId: EditionId,
  allowed: readonly IndexedAction[],
): PolicyAnalysis['surplus'] {
  const used = editionActionKeys(catalog, editionId);
  const actions = allowed.filter((a) => !used.has(a.action.toLowerCase()));
  const byPrefix = new Map<string, number>();
  for (const { action } of actions) {
    const prefix = action.slice(0, action.indexOf(':'));
    byPrefix.set(prefix, (byPrefix.get(prefix) ?? 0) + 1);
  }
  return {
    count: actions.length,
    actions,
    byPrefix: [...byPrefix].map(([prefix, count]) => ({ prefix, count })),
  };
}

function beyondReadOnlyOf(
  allowed: readonly IndexedAction[],
  levels: Record<AccessLevel, number>,
): PolicyAnalysis['beyondReadOnly'] {
  const actions = allowed.filter((a) => a.level !== 'List' && a.level !== 'Read');
  const counts = {
    Write: levels.Write,
    'Permissions management': levels['Permissions management'],
    Tagging: levels.Tagging,
  };
  return { count: actions.length, actions, counts };
}

/** Audits a parsed policy against an edition, expanding its patterns with the full action index. */
export function analysePolicy(
  catalog: Catalog,
  parsed: ParseResult,
  index: ActionIndex,
  editionId: EditionId,
): PolicyAnalysis {
  const findings = new FindingList();
  const allowed = grantedActions(parsed.policy, index, findings);
  const allowedKeys = new Set(allowed.map((a) => a.action.toLowerCase()));
  const levelCounts = countLevels(allowed);
  const services = coverageOf(catalog, editionId, allowedKeys);
  const covered = services.filter((s) => s.status !== 'none');
  const analysis: PolicyAnalysis = {
    editionId,
    dataset: index.dataset,
    allowed,
    levelCounts,
    services,
    coveredServiceIds: covered.map((s) => s.serviceId),
    uncoveredServiceIds: services.filter((s) => s.status === 'none').map((s) => s.serviceId),
    ec2Covered: covered.some((s) => s.serviceId === 'ec2'),
    beyondReadOnly: beyondReadOnlyOf(allowed, levelCounts),
    surplus: surplusOf(catalog, editionId, allowed),
    missing: {
      count: covered.reduce((n, s) => n + s.missing.length, 0),
      byService: covered
        .filter((s) => s.missing.length > 0)
        .map((s) => ({ serviceId: s.serviceId, actions: s.missing })),
    },
    sensitive: allowed.flatMap(({ action }) => {
      const reason = catalog.sensitiveReason(action);
      return reason ? [{ action, reason }] : [];
    }),
    findings: [],
  };
  analysisFindings(catalog, analysis, parsed.policy !== undefined, findings);
  analysis.findings = [...parsed.findings, ...findings.done()];
  return analysis;
}
