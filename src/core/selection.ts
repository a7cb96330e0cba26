/**
 * The user's choice of services, as pure reducers. EC2 is always in: Cloudcraft cannot scan an
 * account without it, so every attempt to remove it is refused with the reason the page shows.
 */
import { findService, listServices, REQUIRED_SERVICE_IDS } from '../catalog/catalog';
import type { ServiceId } from '../catalog/types';

/** Selected service ids, unique, in catalog order, always holding the required ones. */
export type Selection = readonly ServiceId[];

/** A reducer's result: the new selection and, when a removal was refused, why. */
export interface SelectionChange {
  selection: Selection;
  refused?: { serviceId: ServiceId; reason: string };
}

/** Why a service cannot be removed, or `undefined` when it can. */
export function removalRefusal(serviceId: ServiceId): string | undefined {
  return findService(serviceId)?.requiredReason;
}

/**
 * Turns any list of ids into a valid selection: known ids kept in catalog order, duplicates dropped,
 * required services added. Reports the ids it ignored so a link or import can say so.
 */
export function normaliseSelection(ids: Iterable<string>): {
  selection: Selection;
  ignored: string[];
} {
  const wanted = new Set(ids);
  const ignored = [...wanted].filter((id) => !findService(id));
  const selection = listServices()
    .map((s) => s.id)
    .filter((id) => wanted.has(id) || REQUIRED_SERVICE_IDS.includes(id));
  return { selection, ignored };
}

/** The selection a new visitor starts with: every service. */
export function selectAll(): Selection {
  return listServices().map((s) => s.id);
}

/** Clears the selection down to the required services. */
export function clearSelection(): Selection {
  return [...REQUIRED_SERVICE_IDS];
}

/** Adds a service. */
export function addService(selection: Selection, serviceId: ServiceId): SelectionChange {
  return { selection: normaliseSelection([...selection, serviceId]).selection };
}

/** Removes a service, unless it is required: then the selection is unchanged and `refused` says why. */
export function removeService(selection: Selection, serviceId: ServiceId): SelectionChange {
  const reason = removalRefusal(serviceId);
  if (reason)
    return { selection: normaliseSelection(selection).selection, refused: { serviceId, reason } };
  return { selection: normaliseSelection(selection.filter((id) => id !== serviceId)).selection };
}

/** Sets one service in or out. */
export function setService(
  selection: Selection,
  serviceId: ServiceId,
  on: boolean,
): SelectionChange {
  return on ? addService(selection, serviceId) : removeService(selection, serviceId);
}
