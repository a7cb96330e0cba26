/**
 * One audit, start to end: read the pasted text (a policy, or what a role has), then analyse each
 * policy it comes to against an edition. Reading comes first and on its own, so that the caller can
 * load the baselines' documents only when a role has one attached.
 */
import type { ActionIndex } from '../../../catalog/action-index';
import type { BaselineDocument } from '../../../catalog/baseline-documents';
import type { BaselineName } from '../../../catalog/baseline-policies';
import type { Catalog } from '../../../catalog/catalog';
import type { EditionId } from '../../../catalog/types';
import type { AccountInput, AuditContext } from '../account/account-types';
import { auditRole } from '../account/audit-role';
import { readAccountInput } from '../account/read-account-input';
import { readPastedPolicy } from '../policy/read-pasted-policy';
import { analysePolicy } from './analyse-policy';
import type { AuditResult, AuditSubject } from './audit-result';

export type { AuditContext, AuditResult, AuditSubject };

/** Pasted text, read: what a role has, or a policy (read with the analysis). */
export type AuditInput = { account: AccountInput } | { text: string };

/** Reads pasted text as what a role has when it is that, otherwise as a policy. */
export function readAuditInput(text: string, context: AuditContext): AuditInput {
  const account = readAccountInput(text, context);
  return account ? { account } : { text };
}

/** The baselines whose documents the audit of this input needs (none for a pasted policy). */
export function baselinesNeeded(input: AuditInput): BaselineName[] {
  if (!('account' in input)) return [];
  const names = input.account.roles.flatMap((r) =>
    r.policies.flatMap((p) => (p.baseline && p.document === undefined ? [p.baseline] : [])),
  );
  return [...new Set(names)];
}

function auditPasted(
  catalog: Catalog,
  index: ActionIndex,
  text: string,
  editionId: EditionId,
): AuditResult {
  const parse = readPastedPolicy(text);
  const roleName = parse.rolePolicy?.roleName;
  const subject: AuditSubject = {
    ...(roleName === undefined ? {} : { role: { name: roleName, fromPage: false } }),
    baselines: [],
    parse,
    analysis: analysePolicy(catalog, parse, index, editionId),
  };
  return { kind: parse.kind, findings: [], subjects: [subject] };
}

/** Audits read input against an edition, with the baselines' documents it needs. */
export function auditInput(
  catalog: Catalog,
  index: ActionIndex,
  input: AuditInput,
  editionId: EditionId,
  baselines: readonly BaselineDocument[],
): AuditResult {
  if (!('account' in input)) return auditPasted(catalog, index, input.text, editionId);
  const { kind, findings, roles } = input.account;
  try {
    const subjects = roles.map((role) => auditRole(catalog, index, role, editionId, baselines));
    return { kind, findings, subjects };
  } catch (error) {
    const message = `The audit could not read this input (${String(error)}). Please report it with the input.`;
    return {
      kind,
      findings: [{ severity: 'error', code: 'internal-error', message }],
      subjects: [],
    };
  }
}

/** Reads and audits pasted text against an edition, expanding patterns with the full action index. */
export function runAudit(
  catalog: Catalog,
  index: ActionIndex,
  text: string,
  editionId: EditionId,
  context: AuditContext,
  baselines: readonly BaselineDocument[] = [],
): AuditResult {
  return auditInput(catalog, index, readAuditInput(text, context), editionId, baselines);
}
