/**
 * The cross-account role Cloudcraft assumes: its inputs, their validation as IAM does it, and its
 * trust policy. https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user_externalid.html
 */

/** Cloudcraft's AWS account, as published in its templates; users can override it. */
export const CLOUDCRAFT_ACCOUNT_ID = '968898580625';

/** The role name Cloudcraft's instructions use. */
export const DEFAULT_ROLE_NAME = 'cloudcraft';

/** Cloudcraft verifies the role with one-hour sessions. */
export const MAX_SESSION_DURATION = 3600;

/** What the user types to set up the role. */
export interface RoleInputs {
  /** The External ID Cloudcraft shows; empty until the user enters it. */
  externalId: string;
  accountId: string;
  roleName: string;
}

/** The defaults a new visitor starts with. */
export const DEFAULT_ROLE_INPUTS: RoleInputs = {
  externalId: '',
  accountId: CLOUDCRAFT_ACCOUNT_ID,
  roleName: DEFAULT_ROLE_NAME,
};

/** IAM's rule for `sts:ExternalId`: 2 to 1,224 of letters, digits and `+=,.@:/-_`. */
export const EXTERNAL_ID_PATTERN = '^[\\w+=,.@:/-]{2,1224}$';
/** An AWS account ID: 12 digits. */
export const ACCOUNT_ID_PATTERN = '^\\d{12}$';
/** IAM's rule for role names: 1 to 64 of letters, digits and `+=,.@-_`. */
export const ROLE_NAME_PATTERN = '^[\\w+=,.@-]{1,64}$';

/** Why an External ID is invalid, or `undefined` when it is valid. */
export function externalIdError(value: string): string | undefined {
  if (value.length < 2) return 'The External ID needs at least 2 characters.';
  if (value.length > 1224) return 'The External ID can have at most 1,224 characters.';
  const bad = [...new Set(value.replace(/[\w+=,.@:/-]/g, ''))];
  if (bad.length > 0) {
    return `The External ID cannot contain ${bad.map(describeChar).join(', ')}: use letters, digits and + = , . @ : / - _ only.`;
  }
  return undefined;
}

/** Why an account ID is invalid, or `undefined` when it is valid. */
export function accountIdError(value: string): string | undefined {
  return new RegExp(ACCOUNT_ID_PATTERN).test(value)
    ? undefined
    : 'An AWS account ID is exactly 12 digits.';
}

/**
 * The role inputs an output can use: each invalid value is replaced by its default, so a half-typed
 * field never reaches a template (the form says what is wrong), and an invalid External ID is left out.
 */
export function usableRoleInputs(role: RoleInputs): RoleInputs {
  return {
    externalId: role.externalId && !externalIdError(role.externalId) ? role.externalId : '',
    accountId: accountIdError(role.accountId) ? DEFAULT_ROLE_INPUTS.accountId : role.accountId,
    roleName: roleNameError(role.roleName) ? DEFAULT_ROLE_INPUTS.roleName : role.roleName,
  };
}

/**
 * Why a role name is invalid, or `undefined` when it is valid. IAM's rule, and one more: `--` alone is
 * a valid IAM name that the AWS CLI cannot take (its argument parser drops a `--` value, even in
 * `--role-name=--`), so the setup and verification scripts could not use it.
 */
export function roleNameError(value: string): string | undefined {
  if (value.length === 0) return 'The role name cannot be empty.';
  if (value.length > 64) return 'A role name can have at most 64 characters.';
  if (value === '--')
    return 'IAM allows the role name "--", but the AWS CLI cannot pass it: choose another.';
  return new RegExp(ROLE_NAME_PATTERN).test(value)
    ? undefined
    : 'A role name can use letters, digits and + = , . @ - _ only.';
}

function describeChar(c: string): string {
  return c === ' ' ? 'spaces' : /\s/.test(c) ? 'white space' : `"${c}"`;
}

/** The ARN that names a whole AWS account as a principal. */
export function accountRootArn(accountId: string, partition = 'aws'): string {
  return `arn:${partition}:iam::${accountId}:root`;
}

/**
 * The trust policy that lets Cloudcraft's account assume the role only with the External ID. Every
 * output builds it here: the CLI with plain strings, CloudFormation and Terraform with their own
 * expressions for the principal and the External ID.
 */
export function buildTrustPolicy<V>(principal: V, externalId: V) {
  return {
    Version: '2012-10-17' as const,
    Statement: [
      {
        Effect: 'Allow' as const,
        Principal: { AWS: principal },
        Action: 'sts:AssumeRole',
        Condition: { StringEquals: { 'sts:ExternalId': externalId } },
      },
    ],
  };
}
