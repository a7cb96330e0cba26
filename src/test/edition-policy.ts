import type { Catalog } from '../catalog/catalog';
import type { EditionId } from '../catalog/types';
import { buildPolicy, buildPolicyDocument, type PolicyMode } from '../core/policy';
import { selectAll, type Selection } from '../core/selection';

/** An edition's policy as pasted text (pretty-printed), for the services given (default: all). */
export function editionPolicyText(
  catalog: Catalog,
  editionId: EditionId,
  mode: PolicyMode = 'published',
  selection: Selection = selectAll(catalog),
): string {
  const { grants } = buildPolicy(catalog, selection, editionId, { mode });
  return JSON.stringify(buildPolicyDocument(grants), null, 2);
}
