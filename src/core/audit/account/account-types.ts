/** Types of the audit of what an account has: a role's policies, as AWS CLI output lists them. */
import type { BaselineName } from '../../../catalog/baseline-policies';
import type { Finding } from '../types';

/** What the pasted text was, when it names a role's policies rather than holding one document. */
export type AccountInputKind =
  'policy-arn' | 'list-attached-role-policies' | 'account-authorization-details';

/** What the page knows that pasted output may not say. */
export interface AuditContext {
  /** The Cloudcraft account ID the page uses: roles that trust it are Cloudcraft's. */
  accountId: string;
  /** The role name typed on the page, for output that does not name its role. */
  roleName: string;
}

/** Where a role's policy comes from: AWS, the account, or the role itself. */
export type RolePolicyKind = 'aws-managed' | 'customer-managed' | 'inline';

/** One policy a role holds, as the pasted output names it. */
export interface RolePolicyRef {
  name: string;
  kind: RolePolicyKind;
  /** A managed policy's ARN. */
  arn?: string;
  /** Set when it is one of the baselines this page holds the document of. */
  baseline?: BaselineName;
  /** Its document, when the output holds it (inline policies; authorization details' `Policies`). */
  document?: unknown;
  /** The version the document is (managed policies). */
  versionId?: string;
  /** True when the output holds a document the audit could not decode. */
  unreadable?: boolean;
}

/** A role and the policies it holds. */
export interface RoleInput {
  name: string;
  arn?: string;
  /** True when the output does not name the role, so the page's role name stands in. */
  fromPage: boolean;
  policies: RolePolicyRef[];
}

/** What account output says: the roles to audit, and findings about the output as a whole. */
export interface AccountInput {
  kind: AccountInputKind;
  findings: Finding[];
  roles: RoleInput[];
}
