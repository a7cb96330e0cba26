import FormControl from '@mui/material/FormControl';
import FormHelperText from '@mui/material/FormHelperText';
import InputLabel from '@mui/material/InputLabel';
import MenuItem from '@mui/material/MenuItem';
import Select from '@mui/material/Select';
import { useId } from 'react';
import { bundledCatalog } from '../../catalog/bundled';
import type { EditionId } from '../../catalog/types';

/** Props of `EditionSelect`. */
export interface EditionSelectProps {
  label: string;
  value: EditionId;
  onChange: (editionId: EditionId) => void;
  helperText?: string;
}

/** A labelled select of the published editions, with their dates. */
export function EditionSelect({ label, value, onChange, helperText }: EditionSelectProps) {
  const id = useId();
  return (
    <FormControl size="small" sx={{ minWidth: 0, flex: '1 1 16rem' }}>
      <InputLabel id={`${id}-label`}>{label}</InputLabel>
      <Select
        labelId={`${id}-label`}
        label={label}
        value={value}
        onChange={(event) =>
          bundledCatalog.isEditionId(event.target.value) && onChange(event.target.value)
        }
        aria-describedby={helperText ? `${id}-help` : undefined}
      >
        {bundledCatalog.editions.map((e) => (
          <MenuItem key={e.id} value={e.id}>
            {e.label}
          </MenuItem>
        ))}
      </Select>
      {helperText && <FormHelperText id={`${id}-help`}>{helperText}</FormHelperText>}
    </FormControl>
  );
}
