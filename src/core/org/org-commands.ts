/**
 * The commands the page shows for an organization rollout: what to paste into AWS CloudShell, with
 * the OU or root ids the user typed (or a placeholder). Ids are validated, so they need no quoting.
 */
import { organizationTargetError } from './org-inputs';
import { ORG_ROLLOUT_FILE_NAME } from './render-org-rollout';
import { REGISTER_ACCOUNTS_FILE_NAME } from './render-register-accounts';

/** What the user typed as targets, read: the valid ids, and what is wrong with the rest. */
export interface OrgTargets {
  ids: string[];
  error?: string;
}

/** The placeholder the commands show until the user types an id. */
export const TARGET_PLACEHOLDER = 'ou-xxxx-xxxxxxxx';

/** Reads OU or root ids separated by commas or white space; each must be valid. */
export function readOrgTargets(text: string): OrgTargets {
  const ids = [...new Set(text.split(/[\s,]+/).filter(Boolean))];
  const errors = ids.map(organizationTargetError).filter((e) => e !== undefined);
  return errors.length > 0 ? { ids: [], error: errors.join(' ') } : { ids };
}

/** The commands, in the order to run them. */
export interface OrgCommands {
  rollout: string;
  /** Reads the API key without echoing it or writing it to the shell's history. */
  apiKey: string;
  register: string;
}

/** Builds the commands for the targets; the External ID is asked for when the page has none. */
export function buildOrgCommands(
  targets: readonly string[],
  externalIdKnown: boolean,
): OrgCommands {
  const ou = (targets.length > 0 ? targets : [TARGET_PLACEHOLDER]).join(',');
  const externalId = externalIdKnown ? '' : ' --external-id EXTERNAL_ID';
  return {
    rollout: `sh ${ORG_ROLLOUT_FILE_NAME} --ou ${ou}${externalId}`,
    apiKey: "read -rsp 'Cloudcraft API key: ' CLOUDCRAFT_API_KEY && export CLOUDCRAFT_API_KEY",
    register:
      `sh ${REGISTER_ACCOUNTS_FILE_NAME} ${targets.map((t) => `--ou ${t}`).join(' ')}`.trimEnd(),
  };
}
