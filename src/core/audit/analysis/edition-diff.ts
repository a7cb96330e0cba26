/** Compares two editions of Cloudcraft's policy: services and exact actions added and removed. */
import type { Catalog } from '../../../catalog/catalog';
import type { EditionId, ServiceId } from '../../../catalog/types';
import { editionActionsByService } from './edition-actions';

/** An edition as the diff names it. */
export interface EditionSummary {
  id: EditionId;
  label: string;
  date: string;
}

/** The exact actions of one service that differ between the editions. */
export interface ServiceActionDiff {
  serviceId: ServiceId;
  added: string[];
  removed: string[];
}

/** What changes from one edition to another. */
export interface EditionDiff {
  from: EditionSummary;
  to: EditionSummary;
  /** Services only the newer (`to`) edition offers, in catalog order. */
  servicesAdded: ServiceId[];
  servicesRemoved: ServiceId[];
  /** Every service whose exact actions differ (added services list all theirs), in catalog order. */
  services: ServiceActionDiff[];
  addedCount: number;
  removedCount: number;
}

function summary(catalog: Catalog, id: EditionId): EditionSummary {
  const { label, date } = catalog.getEdition(id);
  return { id, label, date };
}

function minus(a: readonly string[], b: readonly string[]): string[] {
  const keys = new Set(b.map((x) => x.toLowerCase()));
  return a.filter((x) => !keys.has(x.toLowerCase()));
}

/** Compares the exact actions two editions grant, service by service. */
export function buildEditionDiff(
  catalog: Catalog,
  fromId: EditionId,
  toId: EditionId,
): EditionDiff {
  const from = editionActionsByService(catalog, fromId);
  const to = editionActionsByService(catalog, toId);
  const services: ServiceActionDiff[] = [];
  for (const { id } of catalog.services) {
    const before = from.get(id) ?? [];
    const after = to.get(id) ?? [];
    const diff = { serviceId: id, added: minus(after, before), removed: minus(before, after) };
    if (diff.added.length > 0 || diff.removed.length > 0) services.push(diff);
  }
  const ids = catalog.services.map((s) => s.id);
  return {
    from: summary(catalog, fromId),
    to: summary(catalog, toId),
    servicesAdded: ids.filter((id) => to.has(id) && !from.has(id)),
    servicesRemoved: ids.filter((id) => from.has(id) && !to.has(id)),
    services,
    addedCount: services.reduce((n, s) => n + s.added.length, 0),
    removedCount: services.reduce((n, s) => n + s.removed.length, 0),
  };
}
