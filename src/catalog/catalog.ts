/**
 * Typed lookups over the generated permission catalog. This module is the only importer of the
 * generated data; everything else asks it.
 */
import generated from './generated/catalog.json';
import type {
  AccessLevel,
  CatalogEdition,
  CatalogEditionService,
  EditionId,
  GeneratedCatalog,
  ServiceId,
} from './types';

const catalog = generated as unknown as GeneratedCatalog;

/** A service as the page shows it. */
export type CatalogService = GeneratedCatalog['services'][number];

/** The edition a new visitor starts with: the strictest one. */
export const DEFAULT_EDITION_ID: EditionId = 'minimal-2025-01';

/** The AWS data the catalog was validated against. */
export const dataset = catalog.dataset;

/** All services Cloudcraft discovers, in display order. */
export function listServices(): readonly CatalogService[] {
  return catalog.services;
}

/** The service with this id, or `undefined`. */
export function findService(id: ServiceId): CatalogService | undefined {
  return catalog.services.find((s) => s.id === id);
}

/** The ids of the services that can never be removed (EC2). */
export const REQUIRED_SERVICE_IDS: readonly ServiceId[] = catalog.services
  .filter((s) => s.required)
  .map((s) => s.id);

/** All editions, oldest first. */
export function listEditions(): readonly CatalogEdition[] {
  return catalog.editions;
}

/** True when `id` names an edition. */
export function isEditionId(id: string): id is EditionId {
  return catalog.editions.some((e) => e.id === id);
}

/** The edition with this id; throws for an unknown id, which is a programming error. */
export function getEdition(id: EditionId): CatalogEdition {
  const edition = catalog.editions.find((e) => e.id === id);
  if (!edition) throw new Error(`Unknown edition ${id}`);
  return edition;
}

/** The grants an edition gives a service, or `undefined` when the edition does not offer it. */
export function editionService(
  editionId: EditionId,
  serviceId: ServiceId,
): CatalogEditionService | undefined {
  return getEdition(editionId).services[serviceId];
}

/** The services an edition offers, in display order. */
export function servicesOfEdition(editionId: EditionId): readonly CatalogService[] {
  const offered = getEdition(editionId).services;
  return catalog.services.filter((s) => s.id in offered);
}

/** The access level of a granted action (canonical spelling), as of the dataset date. */
export function accessLevelOf(action: string): AccessLevel | undefined {
  return catalog.actions[action];
}

/** Why a granted read exposes data or secrets, or `undefined` for a metadata read. */
export function sensitiveReason(action: string): string | undefined {
  return catalog.sensitive[action];
}
