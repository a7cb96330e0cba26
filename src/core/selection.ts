/**
 * The user's choice of services, as pure reducers. EC2 is always in: Cloudcraft cannot scan an
 * account without it, so every attempt to remove it is refused with the reason the page shows.
 */
import type { Catalog } from '../catalog/catalog';
import type { ServiceId } from '../catalog/types';

/** Selected service ids, unique, in catalog order, always holding the required ones. */
export type Selection = readonly ServiceId[];

/** A reducer's result: the new selection and, when a removal was refused, why. */
export interface SelectionChange {
  selection: Selection;
  refused?: { serviceId: ServiceId; reason: string };
}

/** Why a service cannot be removed, or `undefined` when it can. */
export function removalRefusal(catalog: Catalog, serviceId: ServiceId): string | undefined {
  return catalog.findService(serviceId)?.requiredReason;
}

/**
 * Turns any list of ids into a valid selection: known ids kept in catalog order, duplicates dropped,
 * required services added. Reports the ids it ignored so a link or import can say so.
 */
export function normaliseSelection(
  catalog: Catalog,
  ids: Iterable<string>,
): {
  selection: Selection;
  ignored: string[];
} {
  const wanted = new Set(ids);
  const ignored = [...wanted].filter((id) => !catalog.findService(id));
  const selection = catalog.services
    .map((s) => s.id)
    .filter((id) => wanted.has(id) || catalog.requiredServiceIds.includes(id));
  return { selection, ignored };
}

/** The selection a new visitor starts with: every service. */
export function selectAll(catalog: Catalog): Selection {
  return catalog.services.map((s) => s.id);
}

/** Clears the selection down to the required services. */
export function clearSelection(catalog: Catalog): Selection {
  return [...catalog.requiredServiceIds];
}

/** Adds a service. */
export function addService(
  catalog: Catalog,
  selection: Selection,
  serviceId: ServiceId,
): SelectionChange {
  return { selection: normaliseSelection(catalog, [...selection, serviceId]).selection };
}

/** Removes a service, unless it is required: then the selection is unchanged and `refused` says why. */
export function removeService(
  catalog: Catalog,
  selection: Selection,
  serviceId: ServiceId,
): SelectionChange {
  const reason = removalRefusal(catalog, serviceId);
  const kept = reason ? selection : selection.filter((id) => id !== serviceId);
  const next = normaliseSelection(catalog, kept).selection;
  return reason ? { selection: next, refused: { serviceId, reason } } : { selection: next };
}

/** Sets one service in or out. */
export function setService(
  catalog: Catalog,
  selection: Selection,
  serviceId: ServiceId,
  on: boolean,
): SelectionChange {
  return on
    ? addService(catalog, selection, serviceId)
    : removeService(catalog, selection, serviceId);
}
