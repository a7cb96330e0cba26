import { encodeShareState } from '../core/share';
import { DEFAULT_CHOICES, type ConfigChoices } from '../store/choices';
import type { ConfigState } from '../store/config-store';

const fingerprint = (c: ConfigChoices) =>
  `${encodeShareState(c, { includeExternalId: true })}&shareExternalId=${c.shareExternalId}`;

/**
 * Whether the page would render what the prerender rendered (the default choices and no notice), so
 * that its markup can be hydrated; otherwise the browser renders afresh.
 */
export function matchesPrerender(state: ConfigState): boolean {
  return state.notice === null && fingerprint(state) === fingerprint(DEFAULT_CHOICES);
}
