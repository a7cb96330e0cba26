import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import DarkModeIcon from '@mui/icons-material/DarkMode';
import LockIcon from '@mui/icons-material/Lock';
import Alert from '@mui/material/Alert';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import IconButton from '@mui/material/IconButton';
import InputLabel from '@mui/material/InputLabel';
import MenuItem from '@mui/material/MenuItem';
import Select from '@mui/material/Select';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Toolbar from '@mui/material/Toolbar';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useColorScheme } from '@mui/material/styles';
import { useState } from 'react';
import { FLOOR_ROWS } from './rows';

const allTicked = () => Object.fromEntries(FLOOR_ROWS.map((r) => [r.name, true]));

/** The floor page: the first screen's MUI components with static content, and 30 checkbox rows. */
export function FloorApp() {
  const [ticked, setTicked] = useState<Record<string, boolean>>(allTicked);
  const [variant, setVariant] = useState('b');
  const [mode, setMode] = useState('published');
  const [tab, setTab] = useState(0);
  const [query, setQuery] = useState('');
  const scheme = useColorScheme();
  const count = Object.values(ticked).filter(Boolean).length;
  return (
    <>
      <AppBar position="static" component="header">
        <Toolbar sx={{ gap: 2, flexWrap: 'wrap' }}>
          <Box sx={{ flexGrow: 1, py: 1 }}>
            <Typography variant="h5" component="h1">
              Benchmark floor
            </Typography>
            <Typography variant="body2">The same components, with static content.</Typography>
          </Box>
          <Button variant="contained" size="small" startIcon={<ContentCopyIcon />}>
            Copy link
          </Button>
          <Tooltip title="Colour scheme">
            <IconButton
              color="inherit"
              aria-label="Colour scheme"
              onClick={() => scheme.setMode(scheme.mode === 'dark' ? 'light' : 'dark')}
            >
              <DarkModeIcon />
            </IconButton>
          </Tooltip>
        </Toolbar>
      </AppBar>
      <Box component="main" sx={{ maxWidth: 1280, mx: 'auto', p: { xs: 2, md: 3 } }}>
        <Box
          sx={{
            display: 'grid',
            gap: { xs: 3, md: 4 },
            gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'minmax(0, 5fr) minmax(0, 7fr)' },
          }}
        >
          <Box component="section" aria-label="Choices">
            <FormControl fullWidth size="small" sx={{ mb: 2 }}>
              <InputLabel id="variant-label">Variant</InputLabel>
              <Select
                labelId="variant-label"
                label="Variant"
                value={variant}
                onChange={(event) => setVariant(event.target.value)}
              >
                <MenuItem value="a">Variant A</MenuItem>
                <MenuItem value="b">Variant B</MenuItem>
                <MenuItem value="c">Variant C</MenuItem>
              </Select>
            </FormControl>
            <ToggleButtonGroup
              exclusive
              size="small"
              value={mode}
              aria-label="Mode"
              onChange={(_, value: string | null) => value && setMode(value)}
            >
              <ToggleButton value="published">As published</ToggleButton>
              <ToggleButton value="exact">Exact actions</ToggleButton>
            </ToggleButtonGroup>
            <Alert severity="info" role="note" icon={<LockIcon />} sx={{ my: 2 }}>
              A static note with an icon, like the page’s.
            </Alert>
            <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center', mb: 1 }}>
              <TextField
                label="Search rows"
                type="search"
                size="small"
                value={query}
                onChange={(event) => setQuery(event.target.value)}
                sx={{ flex: '1 1 12rem' }}
              />
              <Button variant="outlined" onClick={() => setTicked(allTicked())}>
                Select all
              </Button>
              <Button variant="outlined" onClick={() => setTicked({})}>
                Clear
              </Button>
            </Box>
            <Typography role="status" variant="body2" sx={{ mb: 1 }}>
              {count} of {FLOOR_ROWS.length} rows
            </Typography>
            <Box component="ul" sx={{ m: 0, p: 0 }}>
              {FLOOR_ROWS.map((row, index) => (
                <Box
                  component="li"
                  key={row.name}
                  sx={{ listStyle: 'none', display: 'flex', gap: 1, py: 0.5 }}
                >
                  <Checkbox
                    checked={ticked[row.name] === true}
                    onChange={(event) => setTicked({ ...ticked, [row.name]: event.target.checked })}
                    slotProps={{
                      input: { id: `row-${index}`, 'aria-describedby': `row-${index}-desc` },
                    }}
                    sx={{ mt: -0.5 }}
                  />
                  <Box>
                    <Typography component="label" htmlFor={`row-${index}`} sx={{ fontWeight: 500 }}>
                      {row.name}
                    </Typography>
                    <Typography id={`row-${index}-desc`} variant="body2" color="text.secondary">
                      {row.description}
                    </Typography>
                  </Box>
                </Box>
              ))}
            </Box>
          </Box>
          <Box component="section" aria-label="State">
            <Tabs value={tab} onChange={(_, value: number) => setTab(value)} aria-label="Views">
              <Tab label="Text" />
              <Tab label="Tree" />
            </Tabs>
            <Box component="pre" sx={{ fontSize: '0.8125rem', overflow: 'auto' }}>
              {JSON.stringify(ticked, null, 2)}
            </Box>
          </Box>
        </Box>
      </Box>
    </>
  );
}
