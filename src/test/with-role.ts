import type { Deployment } from '../core/deploy/deployment';
import type { RoleInputs } from '../core/role';

/**
 * A deployment with role inputs exactly as given, valid or not. `buildDeployment` replaces invalid
 * inputs by defaults; renderers must still stay safe whatever reaches them, and these tests show it.
 */
export function withRole(deployment: Deployment, role: Partial<RoleInputs>): Deployment {
  return { ...deployment, role: { ...deployment.role, ...role } };
}
