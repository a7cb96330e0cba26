/**
 * Audits a role as IAM evaluates it: the union of its policies. Each policy's document comes from the
 * pasted output or, for a baseline it does not hold, from this page's copy; the documents are merged
 * into one (see merge-policies.ts) and audited exactly as a pasted policy. What cannot be read is
 * said, policy by policy, with the commands that print it.
 */
import type { ActionIndex } from '../../../catalog/action-index';
import type { BaselineDocument } from '../../../catalog/baseline-documents';
import type { Catalog } from '../../../catalog/catalog';
import type { EditionId } from '../../../catalog/types';
import { formatCount, plural } from '../../count-text';
import { analysePolicy } from '../analysis/analyse-policy';
import type { AuditedPolicy, AuditSubject } from '../analysis/audit-result';
import { MAX_INPUT_BYTES } from '../policy/input-limit';
import { parsePolicyInput } from '../policy/parse-policy';
import type { Finding, ParseResult } from '../types';
import type { RoleInput, RolePolicyRef } from './account-types';
import { mergePolicies, type MergedPart } from './merge-policies';

const KIND_LABEL = {
  'aws-managed': 'AWS managed',
  'customer-managed': 'customer managed',
  inline: 'inline',
} as const;

/** How a policy is named in messages: `ReadOnlyAccess (AWS managed)`. */
function policyLabel(ref: Pick<RolePolicyRef, 'name' | 'kind'>): string {
  return `${ref.name} (${KIND_LABEL[ref.kind]})`;
}

interface Resolved {
  ref: RolePolicyRef;
  policy: AuditedPolicy;
  document?: unknown;
}

function resolve(ref: RolePolicyRef, baselines: readonly BaselineDocument[]): Resolved {
  const { name, kind, arn } = ref;
  const base = { name, kind, ...(arn ? { arn } : {}) };
  if (ref.document !== undefined) {
    const versionId = ref.versionId ? { versionId: ref.versionId } : {};
    return { ref, document: ref.document, policy: { ...base, ...versionId, origin: 'pasted' } };
  }
  const bundled = baselines.find((b) => b.name === ref.baseline);
  if (bundled && !ref.unreadable) {
    const policy: AuditedPolicy = { ...base, versionId: bundled.versionId, origin: 'bundled' };
    return { ref, document: bundled.document, policy };
  }
  return { ref, policy: { ...base, origin: 'missing' } };
}

function unreadFinding({ ref }: Resolved): Finding {
  const label = policyLabel(ref);
  if (ref.unreadable) {
    return {
      severity: 'warning',
      code: 'policy-unreadable',
      message: `The document of ${label} is neither JSON nor URL-encoded JSON, so the audit could not count what it grants. Paste the output unchanged.`,
    };
  }
  return {
    severity: 'warning',
    code: 'policy-not-read',
    message: `The role also has ${label}${ref.arn ? `, ${ref.arn}` : ''}, whose document this input does not hold, so the audit could not count what it grants. Run the commands under “Policies the audit could not read” and paste the get-policy-version output to audit it.`,
  };
}

function describeRead({ policy }: Resolved): string {
  const version = policy.versionId ? ` ${policy.versionId}` : '';
  const source = policy.origin === 'bundled' ? `${version} as this page holds it` : version;
  return `${policy.name} (${KIND_LABEL[policy.kind]}${source})`;
}

function sourceFindings(role: RoleInput, resolved: Resolved[], parts: MergedPart[]): Finding[] {
  const read = resolved.filter((r) => r.document !== undefined);
  const stands = role.fromPage
    ? ` The input does not name the role: this page’s role name, ${role.name}, stands in.`
    : '';
  const findings: Finding[] = [
    {
      severity: 'info',
      code: 'role-policies',
      message: `Role ${role.name}: the audit read ${formatCount(read.length)} of its ${plural(resolved.length, 'policy', 'policies')} as one, as IAM evaluates them (a Deny in any applies to all)${read.length > 0 ? `: ${read.map(describeRead).join(', ')}` : ''}.${stands}`,
    },
    ...resolved.filter((r) => r.document === undefined).map(unreadFinding),
  ];
  for (const part of parts) {
    if ('problem' in part)
      findings.push({ severity: 'warning', code: 'policy-not-a-document', message: part.problem });
    else if (part.warning)
      findings.push({ severity: 'warning', code: 'policy-version', message: part.warning });
  }
  return findings;
}

function emptyParse(findings: Finding[]): ParseResult {
  return { policy: undefined, findings, kind: 'document' };
}

/** Why nothing could be audited, when that is so. */
function nothingToAudit(role: RoleInput, read: number, size: number): Finding | undefined {
  if (role.policies.length === 0)
    return {
      severity: 'error',
      code: 'role-without-policies',
      message: `Role ${role.name} has no policies: it grants nothing, so Cloudcraft cannot scan the account.`,
    };
  if (read === 0)
    return {
      severity: 'error',
      code: 'no-policy-read',
      message: `None of the policies of role ${role.name} could be read, so nothing was audited: paste their documents (see “Policies the audit could not read”).`,
    };
  if (size > MAX_INPUT_BYTES)
    return {
      severity: 'error',
      code: 'role-too-large',
      message: `The policies of role ${role.name} come to ${formatCount(size)} characters together, more than the 1 MB the audit reads, so they were not audited.`,
    };
  return undefined;
}

/** Audits a role's policies together against an edition. */
export function auditRole(
  catalog: Catalog,
  index: ActionIndex,
  role: RoleInput,
  editionId: EditionId,
  baselines: readonly BaselineDocument[],
): AuditSubject {
  const resolved = role.policies.map((ref) => resolve(ref, baselines));
  const read = resolved.filter((r) => r.document !== undefined);
  const merged = mergePolicies(
    read.map((r) => ({ label: policyLabel(r.ref), document: r.document })),
  );
  merged.parts.forEach((part, i) => {
    const policy = read[i]?.policy;
    if (policy && 'first' in part && part.count > 0)
      policy.statements = { first: part.first, count: part.count };
  });
  const findings = sourceFindings(role, resolved, merged.parts);
  const stop = nothingToAudit(role, read.length, merged.text.length);
  const union = stop ? undefined : parsePolicyInput(merged.text);
  const parse = union
    ? { ...union, findings: [...findings, ...union.findings] }
    : emptyParse([...findings, ...(stop ? [stop] : [])]);
  const { name, arn, fromPage } = role;
  return {
    role: { name, ...(arn ? { arn } : {}), fromPage },
    policies: resolved.map((r) => r.policy),
    baselines: [...new Set(role.policies.flatMap((p) => (p.baseline ? [p.baseline] : [])))],
    parse,
    analysis: analysePolicy(catalog, parse, index, editionId),
  };
}
