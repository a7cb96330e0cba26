/**
 * The catalog core's unit and golden tests run on: a frozen slice of the generated catalog (EC2, S3,
 * Lambda, API Gateway, RDS, SES and the tagging API, in all three editions). It keeps every shape the
 * real one has: a required service, a resource-scoped grant, a dropped upstream error, services an
 * edition does not offer, data-exposing reads, and an exact policy too big for one managed policy.
 * It never follows an AWS data bump, so goldens made on it change only when the code does.
 */
import { createCatalog, type Catalog } from '../catalog/catalog';
import type { GeneratedCatalog } from '../catalog/types';
import data from './fixture-catalog.json';

/** The fixture catalog. */
export const fixtureCatalog: Catalog = createCatalog(data as unknown as GeneratedCatalog);
