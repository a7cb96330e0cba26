/** The words the audit panel shows and announces: where a finding is, and a summary of a run. */
import type { Catalog } from '../../../catalog/catalog';
import type { AuditResult, AuditSubject } from './audit-result';
import { statementLabel } from '../findings';
import type { Finding, Severity } from '../types';
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
function countSeverities(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const { severity } of findings) counts[severity]++;
  return counts;
}

/** "2 errors, 1 warning, 3 notes". */
export function describeCounts(findings: readonly Finding[]): string {
  const counts = countSeverities(findings);
  return `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info, 'note')}`;
}

/** What the pasted text was read as, for the results' header. */
export function describeInputKind(result: AuditResult, subject: AuditSubject | undefined): string {
  const version = subject?.parse.policyVersion?.versionId;
  switch (result.kind) {
    case 'document':
      return 'a policy document';
    case 'get-policy-version':
      return `aws iam get-policy-version output${version ? ` (version ${version})` : ''}`;
    case 'get-role-policy':
      return 'aws iam get-role-policy output';
    case 'policy-arn':
      return 'managed policy ARNs';
    case 'list-attached-role-policies':
      return 'aws iam list-attached-role-policies output';
    case 'account-authorization-details':
      return 'aws iam get-account-authorization-details output';
  }
}

/** One sentence saying what the audit of one subject found (or, with none, why), for the live region. */
export function describeAudit(
  catalog: Catalog,
  result: AuditResult,
  subject: AuditSubject | undefined,
): string {
  if (!subject) {
    const first = result.findings.find((f) => f.severity === 'error');
    return `Audit: ${describeCounts(result.findings)}. Nothing was audited${first ? `: ${first.message}` : '.'}`;
  }
  const { parse, analysis, role } = subject;
  const edition = catalog.getEdition(analysis.editionId).label;
  const findings = [...result.findings, ...analysis.findings];
  const who = role && subject.policies ? `Audit of role ${role.name} against` : 'Audit against';
  const head = `${who} ${edition}: ${describeCounts(findings)}.`;
  if (!parse.policy) {
    const first = findings.find((f) => f.severity === 'error');
    const what = subject.policies ? 'Nothing was audited' : 'The policy could not be read';
    return `${head} ${what}${first ? `: ${first.message}` : '.'}`;
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
