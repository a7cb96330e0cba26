/**
 * What the page derives from the choices, computed once per change and shared by every panel: the
 * policy model and its fitted parts depend only on (selection, edition, mode), so they are memoised on
 * those three and every caller with the same inputs gets the same object.
 */
import { bundledCatalog } from '../catalog/bundled';
import type { EditionId } from '../catalog/types';
import type { PolicyMode } from '../core/policy';
import { buildFittedPolicy, type FittedPolicyModel } from '../core/policy-parts';
import type { Selection } from '../core/selection';

interface Entry {
  selection: Selection;
  editionId: EditionId;
  mode: PolicyMode;
  value: FittedPolicyModel;
}

/** The two latest results: the current choices and the ones a deferred render may still show. */
const recent: Entry[] = [];

/** The fitted policy for these inputs; built once per distinct (selection, edition, mode). */
export function fittedPolicyFor(
  selection: Selection,
  editionId: EditionId,
  mode: PolicyMode,
): FittedPolicyModel {
  const hit = recent.find(
    (e) => e.selection === selection && e.editionId === editionId && e.mode === mode,
  );
  if (hit) return hit.value;
  const value = buildFittedPolicy(bundledCatalog, selection, editionId, mode);
  recent.unshift({ selection, editionId, mode, value });
  recent.length = Math.min(recent.length, 2);
  return value;
}
