/**
 * Audits a pasted policy against an edition of Cloudcraft's policy: which Cloudcraft services it
 * covers, what it grants beyond read-only, what it grants that Cloudcraft does not use (surplus), what
 * covered services lack (the cause of "Limited AWS access"), and which reads expose data or secrets.
 * Grants are expanded with the full action index; see policy-grants.ts for how Deny, NotAction,
 * Condition and Resource are treated.
 */
import type { ActionIndex, IndexedAction } from '../../../catalog/action-index';
import type { Catalog } from '../../../catalog/catalog';
import type { AccessLevel, EditionId } from '../../../catalog/types';
import { analysisFindings } from './analysis-findings';
import { editionActionKeys, editionActionsByService } from './edition-actions';
import { FindingList } from '../findings';
import { grantedActions } from './policy-grants';
import type { ParseResult } from '../types';
import type { CoverageStatus, PolicyAnalysis, ServiceCoverage } from './analysis-types';

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
      name: catalog.serviceName(serviceId),
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
      const reason = index.dataReadReason(action);
      return reason ? [{ action, reason }] : [];
    }),
    findings: [],
  };
  analysisFindings(catalog, analysis, parsed.policy !== undefined, findings);
  analysis.findings = [...parsed.findings, ...findings.done()];
  return analysis;
}
