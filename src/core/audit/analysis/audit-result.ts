/** What an audit of pasted text found: one result per policy audited (a document, or a role's). */
import type { BaselineName } from '../../../catalog/baseline-policies';
import type { AccountInputKind, RolePolicyKind } from '../account/account-types';
import type { Finding, ParseResult, PolicyInputKind } from '../types';
import type { PolicyAnalysis } from './analysis-types';

/** What the pasted text was read as. */
export type AuditInputKind = PolicyInputKind | AccountInputKind;

/** The role a result is about. */
export interface AuditedRole {
  name: string;
  arn?: string;
  /** True when the output does not name the role, so the page's role name stands in. */
  fromPage: boolean;
}

/** One of a role's policies, and how the audit read it. */
export interface AuditedPolicy {
  name: string;
  kind: RolePolicyKind;
  arn?: string;
  versionId?: string;
  /** The document came from the pasted output, from this page's copy of a baseline, or nowhere. */
  origin: 'pasted' | 'bundled' | 'missing';
  /** Its statements in the merged document, numbered from 1; absent when it added none. */
  statements?: { first: number; count: number };
}

/** The audit of one policy: a pasted document, or the union of a role's policies. */
export interface AuditSubject {
  role?: AuditedRole;
  /** A role's policies, in the order merged; absent for a pasted document. */
  policies?: AuditedPolicy[];
  /** The baselines the role has attached (to move off them). */
  baselines: BaselineName[];
  parse: ParseResult;
  analysis: PolicyAnalysis;
}

/** An audit of pasted text: what it was, findings about it as a whole, and one result per policy. */
export interface AuditResult {
  kind: AuditInputKind;
  /** Findings about the input as a whole (for example: no role trusts Cloudcraft's account). */
  findings: Finding[];
  subjects: AuditSubject[];
}
