/** The policy derived from the current choices: computed once per change, shared by every panel. */
import type { FittedPolicyModel } from '../core/policy-parts';
import { useConfigStore } from '../store/config-store';
import { selectFittedPolicy } from '../store/derived';

/** The policy model and its fit to IAM's limits for the current choices. */
export function usePolicy(): FittedPolicyModel {
  return useConfigStore(selectFittedPolicy);
}
