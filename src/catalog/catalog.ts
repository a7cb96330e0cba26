/**
 * Typed lookups over a generated permission catalog. Core is handed a `Catalog` instead of importing
 * the data, so its tests run on a small fixture and a data bump changes only generated files; the
 * page and the scripts pass the bundled one (`bundled.ts`).
 */
import type {
  AccessLevel,
  CatalogEdition,
  CatalogEditionService,
  EditionId,
  GeneratedCatalog,
  ServiceId,
} from './types';

/** A service as the page shows it. */
export type CatalogService = GeneratedCatalog['services'][number];

/** The AWS data a catalog was validated against. */
export type CatalogDataset = GeneratedCatalog['dataset'];

/** The edition a new visitor starts with: the strictest one. */
export const DEFAULT_EDITION_ID: EditionId = 'minimal-2025-01';

/** Lookups over one generated catalog. */
export interface Catalog {
  /** The AWS data the catalog was validated against. */
  readonly dataset: CatalogDataset;
  /** All services Cloudcraft discovers, in display order. */
  readonly services: readonly CatalogService[];
  /** All editions, oldest first. */
  readonly editions: readonly CatalogEdition[];
  /** The ids of the services that can never be removed (EC2). */
  readonly requiredServiceIds: readonly ServiceId[];
  /** The service with this id, or `undefined`. */
  findService(id: ServiceId): CatalogService | undefined;
  /** A service's display name, or the id itself for a service the catalog does not know. */
  serviceName(id: ServiceId): string;
  /** True when `id` names an edition. */
  isEditionId(id: string): id is EditionId;
  /** The edition with this id; throws for an unknown id, which is a programming error. */
  getEdition(id: EditionId): CatalogEdition;
  /** The grants an edition gives a service, or `undefined` when the edition does not offer it. */
  editionService(editionId: EditionId, serviceId: ServiceId): CatalogEditionService | undefined;
  /** The services an edition offers, in display order. */
  servicesOfEdition(editionId: EditionId): readonly CatalogService[];
  /** The access level of a granted action (canonical spelling), as of the dataset date. */
  accessLevelOf(action: string): AccessLevel | undefined;
  /** Why a granted read exposes data or secrets, or `undefined` for a metadata read. */
  sensitiveReason(action: string): string | undefined;
}

/** Wraps generated catalog data in typed lookups; the data is read, never copied or changed. */
export function createCatalog(data: GeneratedCatalog): Catalog {
  const serviceById = new Map(data.services.map((s) => [s.id, s]));
  const editionById = new Map(data.editions.map((e) => [e.id, e]));
  const getEdition = (id: EditionId): CatalogEdition => {
    const edition = editionById.get(id);
    if (!edition) throw new Error(`Unknown edition ${id}`);
    return edition;
  };
  const offered = new Map(
    data.editions.map((e) => [e.id, data.services.filter((s) => s.id in e.services)]),
  );
  return {
    dataset: data.dataset,
    services: data.services,
    editions: data.editions,
    requiredServiceIds: data.services.filter((s) => s.required).map((s) => s.id),
    findService: (id) => serviceById.get(id),
    serviceName: (id) => serviceById.get(id)?.name ?? id,
    isEditionId: (id): id is EditionId => editionById.has(id as EditionId),
    getEdition,
    editionService: (editionId, serviceId) => getEdition(editionId).services[serviceId],
    servicesOfEdition: (editionId) => {
      const services = offered.get(editionId);
      if (!services) throw new Error(`Unknown edition ${editionId}`);
      return services;
    },
    accessLevelOf: (action) =>
      Object.hasOwn(data.actions, action) ? data.actions[action] : undefined,
    sensitiveReason: (action) =>
      Object.hasOwn(data.sensitive, action) ? data.sensitive[action] : undefined,
  };
}
