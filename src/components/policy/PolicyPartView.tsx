import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { lazy, memo } from 'react';
import { LazyPanel } from '../common/LazyPanel';
import type { PolicyDocument } from '../../core/policy';
import { CopyButton } from '../common/CopyButton';
import { DownloadButton } from '../common/DownloadButton';
import { PolicyText } from './PolicyText';
import { SizeMeter } from './SizeMeter';

const PolicyTree = lazy(() => import('./PolicyTree'));

/** Same part: the same text and presentation; an equal text means an equal document. */
function samePart(a: PolicyPartViewProps, b: PolicyPartViewProps): boolean {
  return (
    a.text === b.text &&
    a.size === b.size &&
    a.title === b.title &&
    a.fileName === b.fileName &&
    a.view === b.view &&
    a.services === b.services
  );
}

/** Props of `PolicyPartView`. */
export interface PolicyPartViewProps {
  document: PolicyDocument;
  /** The document as the page shows, copies and downloads it. */
  text: string;
  size: number;
  /** "Policy JSON", or "Policy part 2 of 4". */
  title: string;
  fileName: string;
  view: 'text' | 'tree';
  /** Services in this part, by name, when the policy is split. */
  services?: string;
}

/**
 * One managed policy: its size, its JSON (text or tree), and copy and download buttons. Memoised on
 * its text, not its document object: a tick re-fits the policy, and parts it leaves alone stay put.
 */
export const PolicyPartView = memo(function PolicyPartView({
  document,
  text,
  size,
  title,
  fileName,
  view,
  services,
}: PolicyPartViewProps) {
  return (
    <Box component="section" aria-label={title} sx={{ mb: 2 }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1 }}>
        <Typography variant="h3" sx={{ fontSize: '1rem', fontWeight: 500, flex: '1 1 auto' }}>
          {title}
        </Typography>
        <CopyButton text={text} what={title.toLowerCase()} />
        <DownloadButton
          text={text}
          fileName={fileName}
          mimeType="application/json"
          what={title.toLowerCase()}
        />
      </Box>
      {services && (
        <Typography variant="body2" color="text.secondary">
          {services}
        </Typography>
      )}
      <SizeMeter size={size} label={`${title} size`} />
      {view === 'tree' ? (
        <LazyPanel what="the tree view">
          <PolicyTree document={document} label={`${title}, tree view`} />
        </LazyPanel>
      ) : (
        <PolicyText text={text} label={`${title}, text`} />
      )}
    </Box>
  );
}, samePart);
