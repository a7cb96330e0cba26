/** The policy derived from the current choices: computed once per change, shared by every panel. */
import { useDeferredValue } from 'react';
import type { FittedPolicyModel } from '../core/policy-parts';
import { useConfigStore } from '../store/config-store';
import { fittedPolicyFor } from '../store/derived';

/**
 * The policy for the choices one background render behind: a tick paints the checkbox at once, and
 * the policy's JSON (its heaviest output) follows in the next render. Its inputs are deferred, so
 * the policy is still computed once per change, by the render that shows it.
 */
export function useDeferredPolicy(): FittedPolicyModel {
  const selection = useDeferredValue(useConfigStore((s) => s.selection));
  const editionId = useDeferredValue(useConfigStore((s) => s.editionId));
  const mode = useDeferredValue(useConfigStore((s) => s.mode));
  return fittedPolicyFor(selection, editionId, mode);
}
