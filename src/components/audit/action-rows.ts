/** Actions as the audit lists them: with their access level and, for reads of data, the reason. */
import { bundledCatalog } from '../../catalog/bundled';
import type { AccessLevel } from '../../catalog/types';

/** One action in a list: its access level, and why it reads data or secrets when it does. */
export interface ActionRow {
  action: string;
  level?: AccessLevel;
  sensitive?: string;
}

/** Rows for actions, their level from the index when known, else from the catalog. */
export function toActionRows(
  actions: readonly (string | { action: string; level: AccessLevel })[],
): ActionRow[] {
  return actions.map((item) => {
    const action = typeof item === 'string' ? item : item.action;
    const level = typeof item === 'string' ? bundledCatalog.accessLevelOf(action) : item.level;
    const row: ActionRow = { action };
    if (level) row.level = level;
    const sensitive = bundledCatalog.sensitiveReason(action);
    if (sensitive) row.sensitive = sensitive;
    return row;
  });
}
