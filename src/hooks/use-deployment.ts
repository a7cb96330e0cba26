/**
 * The deployment the heavy outputs (templates, scripts, console steps) are rendered from. Their
 * inputs are deferred, not their results: a tick re-renders the policy at once, and these outputs
 * are rebuilt in a background render from the same memoised policy.
 */
import { useDeferredValue, useMemo } from 'react';
import { bundledCatalog } from '../catalog/bundled';
import { deploymentOf, type Deployment } from '../core/deploy/deployment';
import { useConfigStore } from '../store/config-store';
import { useDeferredPolicy } from './use-policy';

/** The deployment for the current choices, one background render behind while the user ticks. */
export function useDeferredDeployment(): Deployment {
  const policy = useDeferredPolicy();
  const role = useDeferredValue(useConfigStore((s) => s.role));
  return useMemo(() => deploymentOf(bundledCatalog, policy, role), [policy, role]);
}
