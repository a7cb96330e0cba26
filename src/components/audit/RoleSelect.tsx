import FormControl from '@mui/material/FormControl';
import FormHelperText from '@mui/material/FormHelperText';
import InputLabel from '@mui/material/InputLabel';
import MenuItem from '@mui/material/MenuItem';
import Select from '@mui/material/Select';
import { useId } from 'react';
import type { AuditSubject } from '../../core/audit/analysis/audit-result';
import { plural } from '../../core/count-text';

/** Props of `RoleSelect`. */
export interface RoleSelectProps {
  subjects: readonly AuditSubject[];
  value: number;
  onChange: (index: number) => void;
  accountId: string;
}

/** Which of several audited roles to show: each role that trusts Cloudcraft is audited on its own. */
export function RoleSelect({ subjects, value, onChange, accountId }: RoleSelectProps) {
  const id = useId();
  return (
    <FormControl size="small" sx={{ minWidth: 0, width: '100%', maxWidth: '32rem', mt: 2 }}>
      <InputLabel id={`${id}-label`}>Role to show</InputLabel>
      <Select
        labelId={`${id}-label`}
        label="Role to show"
        value={value}
        onChange={(event) => onChange(Number(event.target.value))}
        aria-describedby={`${id}-help`}
      >
        {subjects.map((s, i) => (
          <MenuItem key={s.role?.arn ?? `${s.role?.name}-${i}`} value={i}>
            {s.role?.name ?? `Policy ${i + 1}`}
          </MenuItem>
        ))}
      </Select>
      <FormHelperText id={`${id}-help`}>
        {plural(subjects.length, 'role')} trust Cloudcraft’s account {accountId}:{' '}
        {subjects.map((s) => s.role?.name).join(', ')}. Each is audited on its own.
      </FormHelperText>
    </FormControl>
  );
}
