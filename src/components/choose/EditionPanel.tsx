import Box from '@mui/material/Box';
import FormControl from '@mui/material/FormControl';
import InputLabel from '@mui/material/InputLabel';
import MenuItem from '@mui/material/MenuItem';
import Select from '@mui/material/Select';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { bundledCatalog } from '../../catalog/bundled';
import { useConfigStore } from '../../store/config-store';

const dataDate = bundledCatalog.dataset.updatedAt.slice(0, 10);

/** The edition of Cloudcraft's policy to start from, and whether to emit its wildcards or exact actions. */
export function EditionPanel() {
  const editionId = useConfigStore((s) => s.editionId);
  const mode = useConfigStore((s) => s.mode);
  const setEdition = useConfigStore((s) => s.setEdition);
  const setMode = useConfigStore((s) => s.setMode);
  const edition = bundledCatalog.getEdition(editionId);

  return (
    <Box component="section" aria-labelledby="edition-heading" sx={{ mb: 3 }}>
      <Typography id="edition-heading" variant="h2" sx={{ fontSize: '1.25rem', mb: 1.5 }}>
        Policy edition
      </Typography>
      <FormControl fullWidth size="small">
        <InputLabel id="edition-label">Edition</InputLabel>
        <Select
          labelId="edition-label"
          label="Edition"
          value={editionId}
          onChange={(event) =>
            bundledCatalog.isEditionId(event.target.value) && setEdition(event.target.value)
          }
        >
          {bundledCatalog.editions.map((e) => (
            <MenuItem key={e.id} value={e.id}>
              {e.label}
            </MenuItem>
          ))}
        </Select>
      </FormControl>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
        Published {edition.date} as “{edition.description.replace(/\.$/, '')}”. {edition.provenance}
      </Typography>
      <Typography id="mode-label" variant="body2" sx={{ mt: 2, mb: 0.5, fontWeight: 500 }}>
        Actions
      </Typography>
      <ToggleButtonGroup
        exclusive
        size="small"
        value={mode}
        aria-labelledby="mode-label"
        onChange={(_, value: unknown) =>
          (value === 'published' || value === 'exact') && setMode(value)
        }
      >
        <ToggleButton value="published">As published</ToggleButton>
        <ToggleButton value="exact">Exact actions</ToggleButton>
      </ToggleButtonGroup>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
        {mode === 'published'
          ? 'The edition’s patterns as Cloudcraft wrote them; wildcards also grant actions AWS adds later.'
          : `Wildcards expanded to the actions they grant as of ${dataDate} (AWS data ${bundledCatalog.dataset.version}); nothing AWS adds later is granted.`}
      </Typography>
    </Box>
  );
}
