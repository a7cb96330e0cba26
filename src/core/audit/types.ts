/** Types of the policy audit: what the parser reads from a pasted policy and what it says about it. */

/** How serious a finding is: `error` means IAM rejects the policy or Cloudcraft cannot work with it. */
export type Severity = 'error' | 'warning' | 'info';

/** One thing the audit noticed, worded for the person who pasted the policy. */
export interface Finding {
  severity: Severity;
  /** Stable identifier of the kind of finding (e.g. `json-invalid`, `not-action`), for tests and UI. */
  code: string;
  message: string;
  /** Zero-based position of the statement in `Statement` (messages count from 1). */
  statementIndex?: number;
  /** The action or pattern the finding is about, as written. */
  action?: string;
  /**
   * One-based line and column the finding points at: in the pasted text, or in the decoded Document
   * when get-policy-version output held it URL-encoded.
   */
  line?: number;
  column?: number;
}

/** `Allow` or `Deny`, as IAM spells them. */
export type Effect = 'Allow' | 'Deny';

/** One statement as the audit reads it; only well-typed values are kept, the rest become findings. */
export interface ParsedStatement {
  /** Zero-based position in `Statement`. */
  index: number;
  sid?: string;
  effect: Effect;
  /** Action patterns as written (`Action`, or `NotAction` when `usesNotAction`). */
  actions: string[];
  /** True when the statement lists `NotAction`: it applies to every action except `actions`. */
  usesNotAction: boolean;
  /** `Resource` values as written; empty when the statement has none. */
  resources: string[];
  /** True when the statement applies to every resource (`Resource: "*"`, no `NotResource`). */
  allResources: boolean;
  hasCondition: boolean;
}

/** A policy document as the audit reads it. */
export interface ParsedPolicy {
  version?: string;
  /** The statements the audit could read; unreadable ones are left out with a finding. */
  statements: ParsedStatement[];
}

/** What was pasted: a bare policy document or CLI output wrapping one. */
export type PolicyInputKind = 'document' | 'get-policy-version' | 'get-role-policy';

/** The result of reading pasted text: the policy when one could be read, and the findings. */
export interface ParseResult {
  /** `undefined` when nothing could be read: refused input, invalid JSON or not a JSON object. */
  policy: ParsedPolicy | undefined;
  findings: Finding[];
  kind: PolicyInputKind;
  /** From get-policy-version output: which version was pasted and whether it is the default one. */
  policyVersion?: { versionId?: string; isDefaultVersion?: boolean };
  /** From get-role-policy output: the role and the inline policy it names. */
  rolePolicy?: { roleName?: string; policyName?: string };
  /** The policy document's JSON text (URL-decoded when it came encoded), for current-policy.json. */
  documentText?: string;
}
