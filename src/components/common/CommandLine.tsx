import Box from '@mui/material/Box';
import { CopyButton } from './CopyButton';

/** A command on its own line with a copy button. */
export function CommandLine({ text, what }: { text: string; what: string }) {
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', my: 0.5 }}>
      <Box
        component="code"
        sx={{ fontSize: '0.8125rem', wordBreak: 'break-all', flex: '1 1 16rem' }}
      >
        {text}
      </Box>
      <CopyButton text={text} what={what} variant="text" />
    </Box>
  );
}
