import Button from '@mui/material/Button';
import DownloadIcon from '@mui/icons-material/Download';
import { downloadText } from '../../lib/download';

/** Props of `DownloadButton`. */
export interface DownloadButtonProps {
  text: string;
  fileName: string;
  mimeType: string;
  /** What is downloaded, for the accessible name. */
  what: string;
}

/** Saves text as a file, made in the page. */
export function DownloadButton({ text, fileName, mimeType, what }: DownloadButtonProps) {
  return (
    <Button
      size="small"
      variant="outlined"
      aria-label={`Download ${what} as ${fileName}`}
      startIcon={<DownloadIcon />}
      onClick={() => downloadText(fileName, text, mimeType)}
    >
      Download
    </Button>
  );
}
