import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import CheckIcon from '@mui/icons-material/Check';
import { useEffect, useRef, useState } from 'react';
import { copyText } from '../../lib/clipboard';
import { visuallyHidden } from './visually-hidden';

/** Props of `CopyButton`. */
export interface CopyButtonProps {
  text: string;
  /** The visible label, e.g. "Copy"; the accessible name adds `what`. */
  label?: string;
  /** What is copied, for the accessible name and the confirmation ("Copy policy JSON"). */
  what: string;
  variant?: 'text' | 'outlined' | 'contained';
}

/** Copies text, confirms visibly and to screen readers, and offers the text to copy by hand when blocked. */
export function CopyButton({ text, label = 'Copy', what, variant = 'outlined' }: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'blocked'>('idle');
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (state !== 'copied') return;
    const timer = setTimeout(() => setState('idle'), 2500);
    return () => clearTimeout(timer);
  }, [state]);

  return (
    <>
      <Button
        size="small"
        variant={variant}
        aria-label={`Copy ${what}`}
        startIcon={state === 'copied' ? <CheckIcon /> : <ContentCopyIcon />}
        onClick={async () => setState((await copyText(text)) ? 'copied' : 'blocked')}
      >
        {state === 'copied' ? 'Copied' : label}
      </Button>
      <Typography component="span" role="status" sx={visuallyHidden}>
        {state === 'copied' ? `Copied ${what} to the clipboard` : ''}
      </Typography>
      <Dialog
        open={state === 'blocked'}
        onClose={() => setState('idle')}
        fullWidth
        maxWidth="md"
        slotProps={{ transition: { onEntered: () => field.current?.focus() } }}
      >
        <DialogTitle>Copy {what} by hand</DialogTitle>
        <DialogContent>
          <Typography sx={{ mb: 1 }}>
            The browser blocked the clipboard. The text below is selected: press Ctrl+C (⌘C on a
            Mac).
          </Typography>
          <TextField
            multiline
            fullWidth
            maxRows={16}
            value={text}
            label={what}
            inputRef={field}
            slotProps={{ htmlInput: { readOnly: true, spellCheck: false } }}
            onFocus={(event) => event.target.select()}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setState('idle')}>Close</Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
