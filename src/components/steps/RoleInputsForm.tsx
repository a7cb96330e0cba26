import Box from '@mui/material/Box';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { accountIdError, externalIdError, roleNameError } from '../../core/role';
import { useConfigStore } from '../../store/config-store';

/** The role's inputs: Cloudcraft's External ID, Cloudcraft's account ID and the role name. */
export function RoleInputsForm() {
  const role = useConfigStore((s) => s.role);
  const setRole = useConfigStore((s) => s.setRole);
  const share = useConfigStore((s) => s.shareExternalId);
  const setShare = useConfigStore((s) => s.setShareExternalId);
  const externalError = role.externalId ? externalIdError(role.externalId) : undefined;
  const accountError = accountIdError(role.accountId);
  const nameError = roleNameError(role.roleName);

  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, my: 2 }}>
      <TextField
        label="External ID"
        value={role.externalId}
        onChange={(event) => setRole({ externalId: event.target.value })}
        error={Boolean(externalError)}
        helperText={externalError ?? 'Shown by Cloudcraft when you add an AWS account (a UUID).'}
        slotProps={{ htmlInput: { spellCheck: false, autoComplete: 'off', maxLength: 1224 } }}
        sx={{ gridColumn: { sm: '1 / -1' } }}
      />
      <TextField
        label="Cloudcraft's AWS account ID"
        value={role.accountId}
        onChange={(event) => setRole({ accountId: event.target.value })}
        error={Boolean(accountError)}
        helperText={accountError ?? 'The account Cloudcraft assumes the role from.'}
        slotProps={{ htmlInput: { inputMode: 'numeric', spellCheck: false, autoComplete: 'off' } }}
      />
      <TextField
        label="Role name"
        value={role.roleName}
        onChange={(event) => setRole({ roleName: event.target.value })}
        error={Boolean(nameError)}
        helperText={nameError ?? 'Cloudcraft’s instructions use cloudcraft.'}
        slotProps={{ htmlInput: { spellCheck: false, autoComplete: 'off' } }}
      />
      <FormControlLabel
        sx={{ gridColumn: { sm: '1 / -1' } }}
        control={<Switch checked={share} onChange={(event) => setShare(event.target.checked)} />}
        label="Include the External ID in copied links"
      />
    </Box>
  );
}
