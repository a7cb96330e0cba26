import Typography from '@mui/material/Typography';
import {
  renderNarrowedDetailsCommand,
  renderRoleCommands,
} from '../../core/audit/account/account-commands';
import type { AuditContext } from '../../core/audit/analysis/run-audit';
import { CommandLine } from '../common/CommandLine';
import { Disclosure } from '../common/Disclosure';

/** "What to paste": the AWS CLI commands that print what Cloudcraft's role has, to copy. */
export function WhatToPaste({ context }: { context: AuditContext }) {
  const role = renderRoleCommands(context.roleName);
  return (
    <Disclosure
      label={() => 'What to paste: commands that print what Cloudcraft’s role has'}
      sx={{ mt: 1 }}
    >
      <Typography variant="body2" sx={{ mt: 1 }}>
        Every role that trusts Cloudcraft’s account {context.accountId}, with all its policies
        (best: the audit reads each role’s policies together):
      </Typography>
      <CommandLine
        text={renderNarrowedDetailsCommand(context.accountId)}
        what="get-account-authorization-details command"
      />
      <Typography variant="body2" sx={{ mt: 1 }}>
        The managed policies attached to the role {context.roleName} (AWS’s baselines are read from
        this page’s copy; for others it gives the commands that print them):
      </Typography>
      <CommandLine text={role.attached} what="list-attached-role-policies command" />
      <Typography variant="body2" sx={{ mt: 1 }}>
        One inline policy of the role: list their names, then print one (put its name in place of
        POLICY_NAME):
      </Typography>
      <CommandLine text={role.inlineNames} what="list-role-policies command" />
      <CommandLine text={role.inline} what="get-role-policy command" />
    </Disclosure>
  );
}
