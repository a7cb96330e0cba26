import Box from '@mui/material/Box';
import { useColorScheme } from '@mui/material/styles';
import ReactJsonView from '@microlink/react-json-view';
import type { PolicyDocument } from '../../core/policy';

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
        theme={dark ? 'monokai' : 'rjv-default'}
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
