import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { bundledCatalog } from '../../catalog/bundled';
import type { EditionId } from '../../catalog/types';
import type { AuditContext } from '../../core/audit/analysis/run-audit';
import { usableRoleInputs } from '../../core/role';
import { useConfigStore } from '../../store/config-store';
import { describeAudit } from '../../core/audit/analysis/audit-text';
import { AuditInput } from './AuditInput';
import { AuditResults } from './AuditResults';
import { EditionChangelog } from './EditionChangelog';
import { EditionSelect } from './EditionSelect';
import { RoleSelect } from './RoleSelect';
import { WhatToPaste } from './WhatToPaste';
import { useAudit, type AuditRun } from '../../hooks/use-audit';

const sameContext = (a: AuditContext, b: AuditContext) =>
  a.accountId === b.accountId && a.roleName === b.roleName;

/** The page's Cloudcraft account ID and role name, as the audit reads pasted output with them. */
function useAuditContext(): AuditContext {
  const role = useConfigStore((s) => s.role);
  return useMemo(() => {
    const { accountId, roleName } = usableRoleInputs(role);
    return { accountId, roleName };
  }, [role]);
}

/**
 * Audit an existing policy, or what a role has: paste it, see what it grants, get the fix. Loaded on
 * demand with the full action index. Reads the page's edition and role setup; changes the selection
 * only through "Use these services".
 */
export default function AuditPanel() {
  const pageEditionId = useConfigStore((s) => s.editionId);
  const context = useAuditContext();
  const [chosenEditionId, setChosenEditionId] = useState<EditionId>();
  const editionId = chosenEditionId ?? pageEditionId;
  const [text, setText] = useState('');
  const [shown, setShown] = useState<{ runId: number; index: number }>();
  const { run, busy, error, audit } = useAudit();
  const index = shown && run && shown.runId === run.id ? shown.index : 0;
  const subject = run?.subjects[index];

  const chooseEdition = (id: EditionId) => {
    setChosenEditionId(id);
    if (run) void audit(run.text, id, context);
  };
  const stale = (r: AuditRun) =>
    r.text !== text || r.editionId !== editionId || !sameContext(r.context, context);

  return (
    <Box>
      <Typography variant="body2" sx={{ mb: 2 }}>
        Paste the policy Cloudcraft’s role has today, or what the AWS CLI prints about the role, to
        see what it grants, what Cloudcraft lacks, and the policy and commands that fix it.
        Everything runs in this browser: nothing is sent anywhere.
      </Typography>
      <Box sx={{ display: 'flex', mb: 2 }}>
        <EditionSelect
          label="Audit against edition"
          value={editionId}
          onChange={chooseEdition}
          helperText={`This page uses ${bundledCatalog.getEdition(pageEditionId).label}.`}
        />
      </Box>
      <AuditInput
        value={text}
        onChange={setText}
        onAudit={(t) => void audit(t, editionId, context)}
        accountId={context.accountId}
      />
      <WhatToPaste context={context} />
      {error && (
        <Alert severity="error" sx={{ mt: 2 }}>
          {error} Press Audit to try again.
        </Alert>
      )}
      <Typography role="status" variant="body2" sx={{ mt: 2, fontWeight: 500 }}>
        {busy ? 'Auditing…' : run ? describeAudit(bundledCatalog, run, subject) : ''}
      </Typography>
      {run && run.subjects.length > 1 && (
        <RoleSelect
          subjects={run.subjects}
          value={index}
          onChange={(i) => setShown({ runId: run.id, index: i })}
          accountId={run.context.accountId}
        />
      )}
      {run && <AuditResults run={run} subject={subject} stale={stale(run)} />}
      <EditionChangelog />
    </Box>
  );
}
