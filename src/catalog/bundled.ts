/**
 * The catalog the page and the scripts use: the generated file bundled at build time. This module is
 * the only importer of the generated data; core is handed the catalog instead.
 */
import generated from './generated/catalog.json';
import { createCatalog, type Catalog } from './catalog';
import type { GeneratedCatalog } from './types';

/** The bundled catalog, validated against AWS's data by `npm run catalog`. */
export const bundledCatalog: Catalog = createCatalog(generated as unknown as GeneratedCatalog);
