/** The files the organization panel offers, each rendered from the page's deployment. */
import type { Deployment } from '../../core/deploy/deployment';
import { ORG_ROLLOUT_FILE_NAME, renderOrgRollout } from '../../core/org/render-org-rollout';
import { ORG_TERRAFORM_FILE_NAME, renderOrgTerraform } from '../../core/org/render-org-terraform';
import {
  REGISTER_ACCOUNTS_FILE_NAME,
  renderRegisterAccounts,
} from '../../core/org/render-register-accounts';

/** One file of the rollout. */
export interface OrgFile {
  id: 'rollout' | 'terraform' | 'register';
  label: string;
  summary: string;
  fileName: string;
  mimeType: string;
  render: (deployment: Deployment) => string;
}

/** The files, in tab order. */
export const orgFiles: readonly OrgFile[] = [
  {
    id: 'rollout',
    label: 'Rollout script',
    summary:
      'Creates (or updates) a service-managed StackSet that puts the role in every account of the OUs, and in accounts that join later, then a stack in the management account.',
    fileName: ORG_ROLLOUT_FILE_NAME,
    mimeType: 'text/x-sh',
    render: renderOrgRollout,
  },
  {
    id: 'terraform',
    label: 'Terraform',
    summary:
      'The same rollout for Terraform: the StackSet, its instances for your OUs, and the management account’s stack.',
    fileName: ORG_TERRAFORM_FILE_NAME,
    mimeType: 'text/plain',
    render: renderOrgTerraform,
  },
  {
    id: 'register',
    label: 'Registration script',
    summary:
      'Adds every active account to Cloudcraft through its API, skipping those it already has. Needs a Cloudcraft API key (Pro plan).',
    fileName: REGISTER_ACCOUNTS_FILE_NAME,
    mimeType: 'text/x-sh',
    render: renderRegisterAccounts,
  },
];
