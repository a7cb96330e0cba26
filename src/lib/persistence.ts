/**
 * Keeps the user's choices across reloads (local storage, External ID included: it stays on this
 * device) and in the address bar (the URL fragment, External ID only when the user opts in).
 */
import { decodeShareState, encodeShareState, type DecodedShare } from '../core/share';
import type { ConfigChoices } from '../store/config-store';

const STORAGE_KEY = 'cloudcraft-iam-configurator/v1';

/** Saved choices, decoded and validated like a link; `undefined` when nothing usable is saved. */
export function loadSavedChoices(): (DecodedShare & { shareExternalId: boolean }) | undefined {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    if (!raw) return undefined;
    const saved = JSON.parse(raw) as { state?: unknown; shareExternalId?: unknown };
    if (typeof saved.state !== 'string') return undefined;
    return { ...decodeShareState(saved.state), shareExternalId: saved.shareExternalId === true };
  } catch {
    return undefined;
  }
}

/** Saves the choices; silently does nothing where storage is blocked (private modes, quotas). */
export function saveChoices(choices: ConfigChoices): void {
  try {
    const state = encodeShareState(choices, { includeExternalId: true });
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({ state, shareExternalId: choices.shareExternalId }),
    );
  } catch {
    // Storage unavailable: the URL still carries the choices.
  }
}

/** The link to these choices: this page's address with the choices in its fragment. */
export function buildShareUrl(choices: ConfigChoices, href = window.location.href): string {
  const url = new URL(href);
  url.hash = encodeShareState(choices, { includeExternalId: choices.shareExternalId });
  return url.toString();
}

/** Mirrors the choices into the address bar without adding a history entry. */
export function replaceUrlState(choices: ConfigChoices): void {
  const url = buildShareUrl(choices);
  if (url !== window.location.href) window.history.replaceState(null, '', url);
}

/** The choices in the address bar when the page opened, if any. */
export function readUrlState(): DecodedShare | undefined {
  return window.location.hash.length > 1 ? decodeShareState(window.location.hash) : undefined;
}
