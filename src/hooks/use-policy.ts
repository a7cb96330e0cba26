/** The policy derived from the current choices; computed, never stored. */
import { useMemo } from 'react';
import { buildPolicy, type PolicyModel } from '../core/policy';
import { fitPolicy, type FittedPolicy } from '../core/policy-parts';
import { useConfigStore } from '../store/config-store';

/** The policy model and its fit to IAM's limits, recomputed only when a choice that shapes it changes. */
export function usePolicy(): { model: PolicyModel; fitted: FittedPolicy } {
  const selection = useConfigStore((s) => s.selection);
  const editionId = useConfigStore((s) => s.editionId);
  const mode = useConfigStore((s) => s.mode);
  return useMemo(() => {
    const model = buildPolicy(selection, editionId, { mode });
    return { model, fitted: fitPolicy(model) };
  }, [selection, editionId, mode]);
}
