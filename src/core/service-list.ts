/** What the services list shows: each service's grants under an edition, searchable and grouped. */
import type { Catalog, CatalogService } from '../catalog/catalog';
import type { AccessLevel, Category, EditionId } from '../catalog/types';
import { sortUniqueActions } from './compare';

/** One action a service's patterns grant, for the "which actions" view. */
export interface GrantedAction {
  action: string;
  level: AccessLevel | undefined;
  /** Why this read exposes data or secrets, when it does. */
  sensitive?: string;
}

/** A service as listed under an edition. */
export interface ServiceListing {
  service: CatalogService;
  patterns: string[];
  actions: GrantedAction[];
  sensitiveCount: number;
  /** Patterns the edition publishes but the catalog drops as upstream errors, with why. */
  dropped: { pattern: string; reason: string }[];
}

/** Lists the services an edition offers, with the exact actions each grants. */
export function buildServiceListings(catalog: Catalog, editionId: EditionId): ServiceListing[] {
  return catalog.servicesOfEdition(editionId).map((service) => {
    const entry = catalog.editionService(editionId, service.id);
    const grants = entry?.grants ?? [];
    const actions = sortUniqueActions(grants.flatMap((g) => g.actions)).map((action) => {
      const sensitive = catalog.sensitiveReason(action);
      return { action, level: catalog.accessLevelOf(action), ...(sensitive ? { sensitive } : {}) };
    });
    return {
      service,
      patterns: sortUniqueActions(grants.map((g) => g.pattern)),
      actions,
      sensitiveCount: actions.filter((a) => a.sensitive).length,
      dropped: entry?.dropped ?? [],
    };
  });
}

/** Keeps the listings whose name, id, prefix, category or components match every word of the query. */
export function filterListings(listings: ServiceListing[], query: string): ServiceListing[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return listings;
  return listings.filter(({ service }) => {
    const text = [service.name, service.id, ...service.prefixes, service.category, service.feeds]
      .join(' ')
      .toLowerCase();
    return words.every((w) => text.includes(w));
  });
}

/** Groups listings by category, keeping their order. */
export function groupByCategory(
  listings: ServiceListing[],
): { category: Category; listings: ServiceListing[] }[] {
  const groups = new Map<Category, ServiceListing[]>();
  for (const listing of listings) {
    const list = groups.get(listing.service.category) ?? [];
    list.push(listing);
    groups.set(listing.service.category, list);
  }
  return [...groups].map(([category, items]) => ({ category, listings: items }));
}
