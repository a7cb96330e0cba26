import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { renderPolicyJson } from '../../core/render-policy-json';
import { bundledCatalog } from '../../catalog/bundled';
import { plural } from '../../core/count-text';
import { serviceNames } from '../../core/deploy/deployment';
import { DEFAULT_MANAGED_POLICIES_PER_ROLE, MANAGED_POLICY_LIMIT } from '../../core/policy-parts';
import { useDeferredPolicy } from '../../hooks/use-policy';
import { policyFileName } from './policy-files';
import { PolicyPartView } from './PolicyPartView';
import { SizeMeter } from './SizeMeter';

const format = new Intl.NumberFormat('en-US');
const names = (ids: readonly string[]) => serviceNames(bundledCatalog, ids).join(', ');

/**
 * The live policy: as one document, or as its parts when it is over IAM's limit. It follows the
 * choices one background render behind (deferred inputs), so a tick paints without waiting for it.
 */
export function PolicyPanel() {
  const { model, fitted } = useDeferredPolicy();
  const [view, setView] = useState<'text' | 'tree'>('text');
  const count = fitted.parts.length;
  const texts = useMemo(() => fitted.parts.map((p) => renderPolicyJson(p.document)), [fitted]);

  return (
    <Box component="section" aria-labelledby="policy-heading">
      <Typography id="policy-heading" variant="h2" sx={{ fontSize: '1.25rem', mb: 1 }}>
        Policy
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {plural(model.exactActions.length, 'action')} for{' '}
        {plural(model.serviceIds.length, 'service')}, all List or Read.
      </Typography>
      {model.unavailableServiceIds.length > 0 && (
        <Alert severity="info" sx={{ my: 1 }}>
          Not in this edition, so not granted: {names(model.unavailableServiceIds)}.
        </Alert>
      )}
      <ToggleButtonGroup
        exclusive
        size="small"
        value={view}
        aria-label="Policy view"
        onChange={(_, v: unknown) => (v === 'text' || v === 'tree') && setView(v)}
        sx={{ my: 1 }}
      >
        <ToggleButton value="text">Text</ToggleButton>
        <ToggleButton value="tree">Tree</ToggleButton>
      </ToggleButtonGroup>
      {count > 1 && (
        <>
          <SizeMeter size={fitted.size} label="Whole policy size" />
          <Alert severity="warning" sx={{ my: 1 }}>
            At {format.format(fitted.size)} characters the policy is over IAM’s{' '}
            {format.format(MANAGED_POLICY_LIMIT)}
            -character limit for one managed policy, so it is split into {count} policies. Create
            each and attach all {count} to the role.
            {fitted.exceedsRoleQuota &&
              ` A role takes ${DEFAULT_MANAGED_POLICIES_PER_ROLE} managed policies by default: ask AWS to raise the quota (up to 20) or use “As published”.`}
          </Alert>
        </>
      )}
      {fitted.parts.map((part, index) => (
        <PolicyPartView
          key={index}
          document={part.document}
          text={texts[index] ?? ''}
          size={part.size}
          title={count > 1 ? `Policy part ${index + 1} of ${count}` : 'Policy JSON'}
          fileName={policyFileName(model.editionId, model.mode, index, count)}
          services={count > 1 ? `Services: ${names(part.serviceIds)}` : undefined}
          view={view}
        />
      ))}
    </Box>
  );
}
