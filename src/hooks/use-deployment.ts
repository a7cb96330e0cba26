/**
 * The deployment the heavy outputs (templates, scripts, console steps) are rendered from. Their
 * inputs are deferred, not their results: a tick re-renders the policy at once, and these outputs
 * are rebuilt in a background render from the same memoised policy.
 */
import { useDeferredValue, useMemo } from 'react';
import { bundledCatalog } from '../catalog/bundled';
import { deploymentOf, type Deployment } from '../core/deploy/deployment';
import { useConfigStore } from '../store/config-store';
import { fittedPolicyFor } from '../store/derived';

/** The deployment for the current choices, one background render behind while the user ticks. */
export function useDeferredDeployment(): Deployment {
  const selection = useDeferredValue(useConfigStore((s) => s.selection));
  const editionId = useDeferredValue(useConfigStore((s) => s.editionId));
  const mode = useDeferredValue(useConfigStore((s) => s.mode));
  const role = useDeferredValue(useConfigStore((s) => s.role));
  return useMemo(
    () => deploymentOf(bundledCatalog, fittedPolicyFor(selection, editionId, mode), role),
    [selection, editionId, mode, role],
  );
}
