import { useHydrated } from '../../hooks/use-hydrated';
import { buildShareUrl } from '../../lib/url-state';
import { useConfigStore } from '../../store/config-store';
import { CopyButton } from '../common/CopyButton';

/** Copies a link that restores these choices; the External ID only when the user opted in. */
export function CopyLinkButton() {
  const editionId = useConfigStore((s) => s.editionId);
  const mode = useConfigStore((s) => s.mode);
  const selection = useConfigStore((s) => s.selection);
  const role = useConfigStore((s) => s.role);
  const shareExternalId = useConfigStore((s) => s.shareExternalId);
  // The link is this page's address: known in the browser, not when the page is prerendered.
  const url = useHydrated()
    ? buildShareUrl({ editionId, mode, selection, role, shareExternalId })
    : '';
  return (
    <CopyButton text={url} label="Copy link" what="link to these choices" variant="contained" />
  );
}
