import { memo, type ComponentType } from 'react';
import type { Deployment } from '../../core/deploy/deployment';
import { useDeferredDeployment } from '../../hooks/use-deployment';

/**
 * Gives a heavy panel the deployment one background render behind the choices, and keeps it out of
 * the render a tick makes: the panel is memoised on the deployment, which stays the same object
 * until the background render brings the new one.
 */
export function withDeferredDeployment(Panel: ComponentType<{ deployment: Deployment }>) {
  const Memoised = memo(Panel);
  return function DeferredPanel() {
    return <Memoised deployment={useDeferredDeployment()} />;
  };
}
