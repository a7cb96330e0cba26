/** Actions as the audit lists them: with their access level and, for reads of data, the reason. */
import type { Catalog } from '../../../catalog/catalog';
import type { AccessLevel } from '../../../catalog/types';

/** One action in a list: its access level, and why it reads data or secrets when it does. */
export interface ActionRow {
  action: string;
  level?: AccessLevel;
  sensitive?: string;
}

/** Rows for actions: the level from the index when given, else from the catalog; the catalog's reason. */
export function toActionRows(
  catalog: Catalog,
  actions: readonly (string | { action: string; level: AccessLevel })[],
): ActionRow[] {
  return actions.map((item) => {
    const action = typeof item === 'string' ? item : item.action;
    const level = typeof item === 'string' ? catalog.accessLevelOf(action) : item.level;
    const row: ActionRow = { action };
    if (level) row.level = level;
    const sensitive = catalog.sensitiveReason(action);
    if (sensitive) row.sensitive = sensitive;
    return row;
  });
}
