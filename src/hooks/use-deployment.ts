/** Everything the deliverables are rendered from, derived from the choices; computed, never stored. */
import { useMemo } from 'react';
import type { Deployment } from '../core/deploy/deployment';
import { accountIdError, DEFAULT_ROLE_INPUTS, externalIdError, roleNameError } from '../core/role';
import { useConfigStore } from '../store/config-store';
import { usePolicy } from './use-policy';

/** The deployment for the current choices; invalid role inputs fall back to defaults (the form says why). */
export function useDeployment(): Deployment {
  const { model, fitted } = usePolicy();
  const role = useConfigStore((s) => s.role);
  return useMemo(() => {
    const valid = {
      externalId: role.externalId && !externalIdError(role.externalId) ? role.externalId : '',
      accountId: accountIdError(role.accountId) ? DEFAULT_ROLE_INPUTS.accountId : role.accountId,
      roleName: roleNameError(role.roleName) ? DEFAULT_ROLE_INPUTS.roleName : role.roleName,
    };
    return { editionId: model.editionId, model, fitted, role: valid };
  }, [model, fitted, role]);
}
