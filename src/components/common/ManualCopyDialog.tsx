import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useRef } from 'react';

/** Props of `ManualCopyDialog`. */
export interface ManualCopyDialogProps {
  text: string;
  what: string;
  onClose: () => void;
}

/**
 * Shown when the browser blocks the clipboard: the text, selected, to copy by hand. Loaded only
 * then, so the first screen does not carry a dialog it rarely needs.
 */
export default function ManualCopyDialog({ text, what, onClose }: ManualCopyDialogProps) {
  const field = useRef<HTMLTextAreaElement>(null);
  return (
    <Dialog
      open
      onClose={onClose}
      fullWidth
      maxWidth="md"
      slotProps={{ transition: { onEntered: () => field.current?.focus() } }}
    >
      <DialogTitle>Copy {what} by hand</DialogTitle>
      <DialogContent>
        <Typography sx={{ mb: 1 }}>
          The browser blocked the clipboard. The text below is selected: press Ctrl+C (⌘C on a Mac).
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
        <Button onClick={onClose}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}
