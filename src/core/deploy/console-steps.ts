/**
 * The AWS console steps, as data the page and the Markdown guide both render: Cloudcraft's own
 * instructions (create the policy from JSON, then a cross-account role with an External ID), adapted
 * to the chosen policy, split or not, and the user's role inputs.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user.html
 */
import { renderPolicyJson } from '../render-policy-json';
import { listDeployedPolicies, type DeployedPolicy, type Deployment } from './deployment';

/** A link a step offers. */
export interface StepLink {
  label: string;
  href: string;
}

/** A value a step asks the user to paste; `json` values are policy documents. */
export interface StepValue {
  label: string;
  value: string;
  format: 'text' | 'json';
}

/** One numbered console step. */
export interface ConsoleStep {
  number: number;
  title: string;
  text: string;
  link?: StepLink;
  values?: StepValue[];
  /** The policy part (zero-based) a step creates, when it creates one. */
  policyIndex?: number;
}

/** The IAM console's Policies page. */
export const POLICIES_CONSOLE_URL = 'https://console.aws.amazon.com/iam/home#/policies';
/** The IAM console's Roles page. */
export const ROLES_CONSOLE_URL = 'https://console.aws.amazon.com/iam/home#/roles';

/**
 * Cloudcraft's pre-filled Create role link, with the account, External ID and role name. It leaves
 * out `policies=`: that takes the policy's ARN, which holds the user's account ID we never ask for;
 * the user ticks the policy by name instead.
 */
export function buildCreateRoleLink(
  accountId: string,
  externalId: string,
  roleName: string,
): string {
  const query = [
    'step=type',
    'roleType=crossAccount',
    'isThirdParty',
    `accountID=${encodeURIComponent(accountId)}`,
    `externalID=${encodeURIComponent(externalId)}`,
    `roleName=${encodeURIComponent(roleName)}`,
  ].join('&');
  return `https://console.aws.amazon.com/iam/home?#/roles$new?${query}`;
}

type Step = Omit<ConsoleStep, 'number'>;

function policyStep(policy: DeployedPolicy, count: number): Step {
  const which = count === 1 ? 'the policy' : `policy ${policy.index + 1} of ${count}`;
  return {
    title: count === 1 ? 'Create the policy' : `Create policy ${policy.index + 1} of ${count}`,
    policyIndex: policy.index,
    text:
      `Choose Create policy, then the JSON tab. Replace the editor's content with ${which} below ` +
      `and choose Next. Name it ${policy.name}, give it the description below, and choose ` +
      'Create policy.',
    values: [
      { label: 'Policy JSON', value: renderPolicyJson(policy.document), format: 'json' },
      { label: 'Policy name', value: policy.name, format: 'text' },
      { label: 'Description', value: policy.description, format: 'text' },
    ],
  };
}

function trustStep(deployment: Deployment): Step {
  const { accountId, externalId } = deployment.role;
  const values = [{ label: "Cloudcraft's account ID", value: accountId, format: 'text' as const }];
  if (externalId) values.push({ label: 'External ID', value: externalId, format: 'text' });
  const external = externalId
    ? 'enter the External ID below'
    : 'enter the External ID Cloudcraft shows in its Add AWS account dialog (copy it from there)';
  return {
    title: 'Trust Cloudcraft',
    text:
      'Under Trusted entity type choose AWS account, then Another AWS account, and enter ' +
      `Cloudcraft's account ID. Tick Require external ID and ${external}. Leave Require MFA ` +
      'unticked: Cloudcraft connects as a system, not a person. Choose Next.',
    values,
  };
}

function openRolesStep(deployment: Deployment): Step {
  const { accountId, externalId, roleName } = deployment.role;
  if (!externalId) {
    return {
      title: 'Start creating the role',
      text: 'In the IAM console choose Roles, then Create role.',
      link: { label: 'IAM Roles', href: ROLES_CONSOLE_URL },
    };
  }
  return {
    title: 'Start creating the role',
    text:
      'Open the Create role page pre-filled with the values below, or choose Roles, then ' +
      'Create role, and enter them yourself.',
    link: {
      label: 'Create role, pre-filled',
      href: buildCreateRoleLink(accountId, externalId, roleName),
    },
  };
}

/** Builds the numbered steps, from creating the policy to pasting the role ARN into Cloudcraft. */
export function buildConsoleSteps(deployment: Deployment): ConsoleStep[] {
  const policies = listDeployedPolicies(deployment);
  const names = policies.map((p) => p.name);
  const several = policies.length > 1;
  const steps: Step[] = [
    {
      title: 'Open the IAM Policies console',
      text:
        'Sign in to the AWS account Cloudcraft should draw and open the Policies page of IAM.' +
        (several ? ` Create each of the ${policies.length} policies below.` : ''),
      link: { label: 'IAM Policies', href: POLICIES_CONSOLE_URL },
    },
    ...policies.map((p) => policyStep(p, policies.length)),
    openRolesStep(deployment),
    trustStep(deployment),
    {
      title: several ? 'Attach the policies' : 'Attach the policy',
      text: `Search for and tick ${names.join(', ')}, then choose Next.`,
      values: names.map((name) => ({ label: 'Policy name', value: name, format: 'text' as const })),
    },
    {
      title: 'Name and create the role',
      text: 'Enter the role name below, review the trust policy and permissions, and choose Create role.',
      values: [{ label: 'Role name', value: deployment.role.roleName, format: 'text' }],
    },
    {
      title: 'Give Cloudcraft the role ARN',
      text:
        "Open the role you just created, copy its ARN, and paste it into Cloudcraft's Add AWS " +
        'account dialog.',
      link: { label: 'IAM Roles', href: ROLES_CONSOLE_URL },
    },
  ];
  return steps.map((step, i) => ({ number: i + 1, ...step }));
}
