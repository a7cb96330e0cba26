import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Collapse from '@mui/material/Collapse';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import type { SxProps, Theme } from '@mui/material/styles';
import { useId, useState, type ReactNode } from 'react';

/** Props of `Disclosure`. */
export interface DisclosureProps {
  /** The button's visible label, closed and open. */
  label: (open: boolean) => ReactNode;
  /** The button's accessible name when it must say more than its label. */
  ariaLabel?: (open: boolean) => string;
  /** Spacing around the whole. */
  sx?: SxProps<Theme>;
  /** What the button shows; drawn only while shown. */
  children: ReactNode;
}

/** A small text button with a chevron that shows or hides what follows it. */
export function Disclosure({ label, ariaLabel, sx, children }: DisclosureProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <Box sx={sx}>
      <Button
        size="small"
        onClick={() => setOpen(!open)}
        aria-expanded={open}
        aria-controls={id}
        aria-label={ariaLabel?.(open)}
        endIcon={<ExpandMoreIcon sx={{ transform: open ? 'rotate(180deg)' : 'none' }} />}
        sx={{ px: 0.5, textTransform: 'none', textAlign: 'left' }}
      >
        {label(open)}
      </Button>
      <Collapse in={open} id={id} unmountOnExit>
        {children}
      </Collapse>
    </Box>
  );
}
