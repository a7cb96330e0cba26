import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import CheckIcon from '@mui/icons-material/Check';
import { lazy, useEffect, useState } from 'react';
import { copyText } from '../../lib/clipboard';
import { LazyPanel } from './LazyPanel';
import { visuallyHidden } from './visually-hidden';

// Only needed when the browser blocks the clipboard.
const ManualCopyDialog = lazy(() => import('./ManualCopyDialog'));

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
      {state === 'blocked' && (
        <LazyPanel what="the text to copy by hand" quiet>
          <ManualCopyDialog text={text} what={what} onClose={() => setState('idle')} />
        </LazyPanel>
      )}
    </>
  );
}
