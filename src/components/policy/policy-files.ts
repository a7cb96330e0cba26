/** File names for downloaded policies: they say edition, mode and part. */
import type { EditionId } from '../../catalog/types';
import type { PolicyMode } from '../../core/policy';

/** e.g. `cloudcraft-policy-minimal-2025-01-exact.json`, or `...-part-2-of-4.json` for a split policy. */
export function policyFileName(
  editionId: EditionId,
  mode: PolicyMode,
  index = 0,
  count = 1,
): string {
  const part = count > 1 ? `-part-${index + 1}-of-${count}` : '';
  return `cloudcraft-policy-${editionId}-${mode}${part}.json`;
}
