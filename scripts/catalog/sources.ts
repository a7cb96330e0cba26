/** The catalog's hand-written sources, and the IAM prefixes they mention. */
import { dataReads } from '../../src/catalog/source/data-reads';
import { editionSources } from '../../src/catalog/source/editions';
import { sensitiveReads } from '../../src/catalog/source/sensitive-reads';
import { serviceSources } from '../../src/catalog/source/services';
import { splitAction } from '../../src/catalog/action-pattern';
import type { CatalogSources } from './build';

export const catalogSources: CatalogSources = {
  services: serviceSources,
  editions: editionSources,
  // The AWS-wide data reads too: an edition that grants one gets the same badge.
  sensitive: [...sensitiveReads, ...dataReads],
};

/** Every IAM prefix the sources name, so the loader reads only those services' data. */
export function prefixesOf(sources: CatalogSources): string[] {
  const patterns = [
    ...sources.editions.flatMap((e) =>
      Object.values(e.grants).flatMap((gs) =>
        gs.map((g) => (typeof g === 'string' ? g : g.pattern)),
      ),
    ),
    ...sources.sensitive.map((s) => s.action),
  ];
  return [...new Set(patterns.map((p) => splitAction(p)?.prefix ?? ''))].filter(Boolean);
}
