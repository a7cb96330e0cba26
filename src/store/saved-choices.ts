/**
 * How the store keeps the user's choices in local storage (External ID included: it stays on this
 * device), with zustand's `persist` middleware. The choices are stored in the share-link encoding,
 * so whatever storage holds is validated by the same core code as a link before it is applied.
 */
import { createJSONStorage, type PersistOptions } from 'zustand/middleware';
import { bundledCatalog } from '../catalog/bundled';
import { decodeShareState, encodeShareState } from '../core/share';
import { safeLocalStorage } from '../lib/safe-storage';
import type { ConfigChoices } from './choices';

/** What is stored: the choices as a share fragment, and the share opt-in. */
export interface SavedChoices {
  choices: string;
  shareExternalId: boolean;
}

/** The storage key; version 1 stored `{ state: fragment, shareExternalId }` under the same key. */
export const SAVED_CHOICES_KEY = 'cloudcraft-iam-configurator/v1';

/** Reads what storage held, in this version's shape or the first one's; `undefined` for anything else. */
function readSaved(persisted: unknown): SavedChoices | undefined {
  if (typeof persisted === 'string') return { choices: persisted, shareExternalId: false };
  if (typeof persisted !== 'object' || persisted === null) return undefined;
  const { choices, shareExternalId } = persisted as Partial<Record<keyof SavedChoices, unknown>>;
  if (typeof choices !== 'string') return undefined;
  return { choices, shareExternalId: shareExternalId === true };
}

/** Applies stored choices over the current state, keeping only valid values. */
export function mergeSavedChoices<S extends ConfigChoices>(persisted: unknown, current: S): S {
  const saved = readSaved(persisted);
  if (!saved) return current;
  const { state } = decodeShareState(bundledCatalog, saved.choices);
  return {
    ...current,
    ...state,
    role: { ...current.role, ...state.role },
    shareExternalId: saved.shareExternalId,
  };
}

/** The `persist` options of a store that holds the choices. */
export function savedChoicesOptions<S extends ConfigChoices>(): PersistOptions<S, SavedChoices> {
  return {
    name: SAVED_CHOICES_KEY,
    version: 2,
    storage: createJSONStorage<SavedChoices>(() => safeLocalStorage),
    partialize: (s) => ({
      choices: encodeShareState(s, { includeExternalId: true }),
      shareExternalId: s.shareExternalId,
    }),
    // Version 1 wrote no version number, so it reaches `merge` as is; `merge` validates every shape.
    migrate: (persisted) => persisted as SavedChoices,
    merge: mergeSavedChoices,
  };
}
