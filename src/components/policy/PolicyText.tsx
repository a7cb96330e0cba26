import Box from '@mui/material/Box';

/** The policy as plain text, scrollable and reachable by keyboard. */
export function PolicyText({ text, label }: { text: string; label: string }) {
  return (
    <Box
      component="pre"
      tabIndex={0}
      role="region"
      aria-label={label}
      sx={{
        m: 0,
        p: 1.5,
        maxHeight: 420,
        overflow: 'auto',
        fontSize: '0.8125rem',
        bgcolor: 'action.hover',
        borderRadius: 1,
        fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
      }}
    >
      {text}
    </Box>
  );
}
