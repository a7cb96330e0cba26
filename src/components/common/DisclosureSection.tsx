import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useState, type ReactNode } from 'react';
import { LazyPanel } from './LazyPanel';

/** Props of `DisclosureSection`. */
export interface DisclosureSectionProps {
  /** Stem of the section's element ids: `<id>-heading`, `<id>-panel`. */
  id: string;
  /** The section's heading (level 2), which also names it. */
  title: string;
  /** What the section offers, shown before it is opened. */
  intro: ReactNode;
  /** The button's labels, closed and open, and its icon. */
  labels: { show: string; hide: string };
  icon: ReactNode;
  /** What loads, for the loading and failure messages. */
  what: string;
  /** A lazily loaded panel: its code is fetched when the section is first opened. */
  children: ReactNode;
}

/** A page section whose heavy panel loads on demand, behind a disclosure button. */
export function DisclosureSection({
  id,
  title,
  intro,
  labels,
  icon,
  what,
  children,
}: DisclosureSectionProps) {
  const [open, setOpen] = useState(false);
  return (
    <Box component="section" aria-labelledby={`${id}-heading`} sx={{ mt: 4 }}>
      <Typography id={`${id}-heading`} variant="h2" sx={{ fontSize: '1.25rem', mb: 1 }}>
        {title}
      </Typography>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {intro}
      </Typography>
      <Button
        variant="outlined"
        startIcon={icon}
        aria-expanded={open}
        aria-controls={open ? `${id}-panel` : undefined}
        onClick={() => setOpen(!open)}
      >
        {open ? labels.hide : labels.show}
      </Button>
      {open && (
        <Box id={`${id}-panel`} sx={{ mt: 2 }}>
          <LazyPanel what={what}>{children}</LazyPanel>
        </Box>
      )}
    </Box>
  );
}
