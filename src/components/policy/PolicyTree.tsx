import Box from '@mui/material/Box';
import { useColorScheme } from '@mui/material/styles';
import ReactJsonView, { type ThemeObject } from '@microlink/react-json-view';
import type { PolicyDocument } from '../../core/policy';

/** The viewer's `rjv-default` theme with readable item counts (its base04 is 2.1:1 on white). */
const lightTheme: ThemeObject = {
  base00: 'rgba(0, 0, 0, 0)',
  base01: 'rgb(245, 245, 245)',
  base02: 'rgb(235, 235, 235)',
  base03: '#93a1a1',
  base04: 'rgba(0, 0, 0, 0.6)',
  base05: '#586e75',
  base06: '#073642',
  base07: '#002b36',
  base08: '#d33682',
  base09: '#cb4b16',
  base0A: '#dc322f',
  base0B: '#859900',
  base0C: '#6c71c4',
  base0D: '#586e75',
  base0E: '#2aa198',
  base0F: '#268bd2',
};

/** The policy as a collapsible tree (loaded on demand: the viewer is the page's heaviest part). */
export default function PolicyTree({
  document,
  label,
}: {
  document: PolicyDocument;
  label: string;
}) {
  const { mode, systemMode } = useColorScheme();
  const dark = (mode === 'system' ? systemMode : mode) === 'dark';
  return (
    <Box
      role="region"
      aria-label={label}
      tabIndex={0}
      sx={{ maxHeight: 420, overflow: 'auto', p: 1, borderRadius: 1 }}
    >
      <ReactJsonView
        src={document}
        name={false}
        theme={dark ? 'monokai' : lightTheme}
        displayDataTypes={false}
        displayObjectSize
        enableClipboard={false}
        collapseStringsAfterLength={false}
        indentWidth={2}
        style={{ fontSize: '0.8125rem', background: 'transparent' }}
      />
    </Box>
  );
}
