/**
 * The choices in the address bar: the URL fragment (never sent to a server), encoded and validated by
 * `src/core/share.ts`; the External ID only when the user opts in. A link wins over stored choices.
 */
import { bundledCatalog } from '../catalog/bundled';
import { decodeShareState, encodeShareState, type DecodedShare } from '../core/share';
import { choicesOf, type ConfigChoices } from '../store/choices';
import { useConfigStore } from '../store/config-store';
import { afterPaint } from './after-paint';

/** The link to these choices: this page's address with the choices in its fragment. */
export function buildShareUrl(choices: ConfigChoices, href = window.location.href): string {
  const url = new URL(href);
  url.hash = encodeShareState(choices, { includeExternalId: choices.shareExternalId });
  return url.toString();
}

/** The choices in the address bar, if any. */
function readUrlState(): DecodedShare | undefined {
  const { hash } = window.location;
  return hash.length > 1 ? decodeShareState(bundledCatalog, hash) : undefined;
}

/** Mirrors the choices into the address bar without adding a history entry. */
function replaceUrlState(choices: ConfigChoices): void {
  const url = buildShareUrl(choices);
  if (url !== window.location.href) window.history.replaceState(null, '', url);
}

/**
 * Applies the link's choices over the stored ones (before the first render when called first), then
 * keeps the address bar in step with every change. Returns the unsubscribe function.
 */
export function syncUrlState(): () => void {
  const fromUrl = readUrlState();
  if (fromUrl) useConfigStore.getState().applyDecoded(fromUrl);
  replaceUrlState(choicesOf(useConfigStore.getState()));
  return useConfigStore.subscribe((state, previous) => {
    const choices = choicesOf(state);
    if (JSON.stringify(choices) === JSON.stringify(choicesOf(previous))) return;
    // After the frame: a tick repaints first, and the address bar follows.
    afterPaint('url', () => replaceUrlState(choicesOf(useConfigStore.getState())));
  });
}
