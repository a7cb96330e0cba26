/** The files the "As code" panel offers, each rendered from the same deployment as the policy JSON. */
import { renderCliScript, CLI_SCRIPT_FILE_NAME } from '../../core/deploy/render-cli';
import {
  cloudFormationFileName,
  renderCloudFormation,
  type TemplateFormat,
} from '../../core/deploy/render-cloudformation';
import type { Deployment } from '../../core/deploy/deployment';
import {
  renderSetupMarkdown,
  SETUP_MARKDOWN_FILE_NAME,
} from '../../core/deploy/render-setup-markdown';
import { renderTerraform, TERRAFORM_FILE_NAME } from '../../core/deploy/render-terraform';
import { renderVerifyScript, VERIFY_SCRIPT_FILE_NAME } from '../../core/deploy/render-verify';

/** Identifies a deliverable tab. */
export type DeliverableId = 'cloudformation' | 'terraform' | 'cli' | 'verify' | 'markdown';

/** One deliverable: its tab label, what it is, and how to render it. */
export interface Deliverable {
  id: DeliverableId;
  label: string;
  summary: string;
  mimeType: string;
  fileName: (format: TemplateFormat) => string;
  render: (deployment: Deployment, format: TemplateFormat) => string;
}

/** The deliverables, in tab order. */
export const deliverables: readonly Deliverable[] = [
  {
    id: 'cloudformation',
    label: 'CloudFormation',
    summary:
      'A stack that creates the managed policy and the role. Deploy it in any region: IAM is global.',
    mimeType: 'application/yaml',
    fileName: cloudFormationFileName,
    render: renderCloudFormation,
  },
  {
    id: 'terraform',
    label: 'Terraform',
    summary: 'The same policy and role for the AWS provider; set external_id when you apply.',
    mimeType: 'text/plain',
    fileName: () => TERRAFORM_FILE_NAME,
    render: (d) => renderTerraform(d),
  },
  {
    id: 'cli',
    label: 'AWS CLI',
    summary: 'A POSIX shell script that creates the policy and the role and prints the role ARN.',
    mimeType: 'text/x-sh',
    fileName: () => CLI_SCRIPT_FILE_NAME,
    render: (d) => renderCliScript(d),
  },
  {
    id: 'verify',
    label: 'Verify',
    summary:
      'Run after creating the role: simulates every granted action, a sample of writes that must be denied, and checks the External ID.',
    mimeType: 'text/x-sh',
    fileName: () => VERIFY_SCRIPT_FILE_NAME,
    render: (d) => renderVerifyScript(d),
  },
  {
    id: 'markdown',
    label: 'Setup document',
    summary:
      'The console steps as Markdown, with the policy and its SHA-256, for a ticket or change request.',
    mimeType: 'text/markdown',
    fileName: () => SETUP_MARKDOWN_FILE_NAME,
    render: (d) => renderSetupMarkdown(d),
  },
];
