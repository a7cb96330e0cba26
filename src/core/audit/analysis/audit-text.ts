/** The words the audit panel shows and announces: where a finding is, and a summary of a run. */
import type { Catalog } from '../../../catalog/catalog';
import type { PolicyAnalysis } from './analysis-types';
import { statementLabel } from '../findings';
import type { Finding, ParseResult, Severity } from '../types';
import { plural } from '../../count-text';

/** Severity as a word, so that it never rests on colour or an icon alone. */
export const SEVERITY_LABEL: Record<Severity, string> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Info',
};

/** Where a finding points, e.g. "Statement 2, action s3:Get*, line 4, column 24"; empty if nowhere. */
export function findingPlace(finding: Finding): string {
  const parts: string[] = [];
  if (finding.statementIndex !== undefined) parts.push(statementLabel(finding.statementIndex));
  if (finding.action !== undefined) parts.push(`action ${finding.action}`);
  if (finding.line !== undefined) {
    parts.push(`line ${finding.line}${finding.column ? `, column ${finding.column}` : ''}`);
  }
  return parts.join(', ');
}

/** How many findings of each severity. */
export function countSeverities(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const { severity } of findings) counts[severity]++;
  return counts;
}

/** "2 errors, 1 warning, 3 notes". */
export function describeCounts(findings: readonly Finding[]): string {
  const counts = countSeverities(findings);
  return `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info, 'note')}`;
}

/** One sentence saying what the audit found, for the live region. */
export function describeAudit(
  catalog: Catalog,
  parse: ParseResult,
  analysis: PolicyAnalysis,
): string {
  const edition = catalog.getEdition(analysis.editionId).label;
  const head = `Audit against ${edition}: ${describeCounts(analysis.findings)}.`;
  if (!parse.policy) {
    const first = analysis.findings.find((f) => f.severity === 'error');
    return `${head} The policy could not be read${first ? `: ${first.message}` : '.'}`;
  }
  const covered = analysis.coveredServiceIds.length;
  return [
    `${head} `,
    `It covers ${covered} of the edition's ${analysis.services.length} services`,
    analysis.ec2Covered ? '' : ' but not EC2, so Cloudcraft cannot scan',
    `; it lacks ${plural(analysis.missing.count, 'action')} for them,`,
    ` grants ${plural(analysis.beyondReadOnly.count, 'action')} beyond read-only`,
    ` and ${plural(analysis.surplus.count, 'action')} the edition does not use.`,
  ].join('');
}
