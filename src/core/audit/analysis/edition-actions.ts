/** The exact actions an edition grants, per service: what the audit and the edition diff compare. */
import type { Catalog } from '../../../catalog/catalog';
import type { EditionId, ServiceId } from '../../../catalog/types';
import { sortUniqueActions } from '../../compare';

/** Per service the edition offers, in catalog order, the exact actions it grants (sorted, unique). */
export function editionActionsByService(
  catalog: Catalog,
  editionId: EditionId,
): Map<ServiceId, readonly string[]> {
  const services = catalog.getEdition(editionId).services;
  const byService = new Map<ServiceId, readonly string[]>();
  for (const { id } of catalog.services) {
    const entry = services[id];
    if (entry) byService.set(id, sortUniqueActions(entry.grants.flatMap((g) => g.actions)));
  }
  return byService;
}

/** Every exact action an edition grants, keyed by lower-case name. */
export function editionActionKeys(catalog: Catalog, editionId: EditionId): Set<string> {
  const keys = new Set<string>();
  for (const actions of editionActionsByService(catalog, editionId).values()) {
    for (const action of actions) keys.add(action.toLowerCase());
  }
  return keys;
}
