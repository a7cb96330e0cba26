import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import { useConfigStore } from '../../store/config-store';

/**
 * The latest notice (a refused removal, an ignored link value), shown and announced. The live region
 * stays in the page so screen readers hear every new notice, repeats included; the alert inside it
 * has no role of its own, so it is announced once.
 */
export function NoticeBar() {
  const notice = useConfigStore((s) => s.notice);
  const dismiss = useConfigStore((s) => s.dismissNotice);
  return (
    <Box role="status" aria-live="polite" aria-atomic="true">
      {notice && (
        <Alert
          key={notice.id}
          role="none"
          severity={notice.severity}
          onClose={dismiss}
          sx={{ mb: 2 }}
        >
          {notice.message}
        </Alert>
      )}
    </Box>
  );
}
