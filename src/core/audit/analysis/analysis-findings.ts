/** The summary findings of an audit: what the person who pasted the policy should act on first. */
import type { Catalog } from '../../../catalog/catalog';
import type { PolicyAnalysis } from './analysis-types';
import type { FindingList } from '../findings';
import { byCount, formatCount, listSome, plural } from '../../count-text';

/** Findings about coverage: EC2, actions the covered services lack, services not covered. */
function coverageFindings(
  catalog: Catalog,
  analysis: PolicyAnalysis,
  hasPolicy: boolean,
  findings: FindingList,
): void {
  const edition = catalog.getEdition(analysis.editionId);
  if (hasPolicy && !analysis.ec2Covered) {
    findings.add(
      'error',
      'ec2-missing',
      'The policy grants none of the EC2 actions Cloudcraft reads, so Cloudcraft cannot scan the account: EC2 is required.',
    );
  }
  const { missing } = analysis;
  if (missing.count > 0) {
    findings.add(
      'warning',
      'missing-actions',
      `For the ${plural(analysis.coveredServiceIds.length, 'service')} it covers, the policy lacks ${plural(missing.count, 'action')} that ${edition.label} grants: this is what Cloudcraft reports as "Limited AWS access".`,
    );
  }
  const uncovered = analysis.uncoveredServiceIds.map((id) => catalog.serviceName(id));
  if (hasPolicy && uncovered.length > 0) {
    findings.add(
      'info',
      'services-not-covered',
      `${edition.label} can also read ${plural(uncovered.length, 'service')} this policy does not cover, which Cloudcraft skips: ${listSome(uncovered, 12)}.`,
    );
  }
}

/** Findings about what the policy grants that Cloudcraft does not need or that reads data. */
function grantFindings(catalog: Catalog, analysis: PolicyAnalysis, findings: FindingList): void {
  const { beyondReadOnly, surplus, sensitive } = analysis;
  const edition = catalog.getEdition(analysis.editionId);
  if (beyondReadOnly.count > 0) {
    const { counts } = beyondReadOnly;
    findings.add(
      'warning',
      'beyond-read-only',
      `The policy grants ${plural(beyondReadOnly.count, 'action')} beyond read-only (${formatCount(counts.Write)} Write, ${formatCount(counts['Permissions management'])} Permissions management, ${formatCount(counts.Tagging)} Tagging). Cloudcraft only reads and needs none of them.`,
    );
  }
  if (surplus.count > 0) {
    findings.add(
      'info',
      'surplus',
      `The policy grants ${plural(surplus.count, 'action')} that ${edition.label} does not use.`,
    );
  }
  if (sensitive.length > 0) {
    findings.add(
      'warning',
      'sensitive-reads',
      `The policy grants ${plural(sensitive.length, 'read')} that ${byCount(sensitive.length, 'returns', 'return')} data or secrets, not just metadata: ${listSome(sensitive.map((s) => s.action))}.`,
    );
  }
}

/** Adds the findings that sum up an analysis: EC2, missing actions, writes, surplus, sensitive reads. */
export function analysisFindings(
  catalog: Catalog,
  analysis: PolicyAnalysis,
  hasPolicy: boolean,
  findings: FindingList,
): void {
  coverageFindings(catalog, analysis, hasPolicy, findings);
  grantFindings(catalog, analysis, findings);
}
