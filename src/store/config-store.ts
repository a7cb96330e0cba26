/**
 * The one store: what the user chose, as plain serialisable data, kept in local storage by zustand's
 * `persist` middleware (applied before the first render). Actions are one-liners over `src/core`;
 * derived things (the policy, its size, the templates) are computed in `derived.ts`, never stored.
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { bundledCatalog } from '../catalog/bundled';
import type { EditionId, ServiceId } from '../catalog/types';
import type { PolicyMode } from '../core/policy';
import type { RoleInputs } from '../core/role';
import { clearSelection, normaliseSelection, selectAll, setService } from '../core/selection';
import type { DecodedShare } from '../core/share';
import { DEFAULT_CHOICES, type ConfigChoices } from './choices';
import { savedChoicesOptions } from './saved-choices';

/** A message the page shows and announces to screen readers; `id` changes so repeats are announced. */
export interface Notice {
  id: number;
  severity: 'info' | 'warning';
  message: string;
}

/** The store: choices, the latest notice, and the actions that change them. */
export interface ConfigState extends ConfigChoices {
  notice: Notice | null;
  setEdition: (editionId: EditionId) => void;
  setMode: (mode: PolicyMode) => void;
  setService: (serviceId: ServiceId, on: boolean) => void;
  selectAll: () => void;
  clearSelection: () => void;
  setRole: (role: Partial<RoleInputs>) => void;
  setShareExternalId: (share: boolean) => void;
  /** Applies what a link gave, and shows its notices. */
  applyDecoded: (decoded: DecodedShare) => void;
  /** Replaces the selection (e.g. from an audit), EC2 kept in. */
  replaceSelection: (ids: readonly ServiceId[]) => void;
  notify: (severity: Notice['severity'], message: string) => void;
  dismissNotice: () => void;
}

let noticeId = 0;
const notice = (severity: Notice['severity'], message: string): Notice => ({
  id: ++noticeId,
  severity,
  message,
});

const catalog = bundledCatalog;

/** The configurator's store. */
export const useConfigStore = create<ConfigState>()(
  persist(
    (set) => ({
      ...DEFAULT_CHOICES,
      notice: null,
      setEdition: (editionId) => set({ editionId }),
      setMode: (mode) => set({ mode }),
      setService: (serviceId, on) =>
        set((s) => {
          const change = setService(catalog, s.selection, serviceId, on);
          return change.refused
            ? { selection: change.selection, notice: notice('warning', change.refused.reason) }
            : { selection: change.selection };
        }),
      selectAll: () => set({ selection: selectAll(catalog) }),
      clearSelection: () => set({ selection: clearSelection(catalog) }),
      setRole: (role) => set((s) => ({ role: { ...s.role, ...role } })),
      setShareExternalId: (shareExternalId) => set({ shareExternalId }),
      applyDecoded: ({ state, notices }) =>
        set((s) => ({
          ...state,
          role: { ...s.role, ...state.role },
          notice: notices.length > 0 ? notice('warning', notices.join(' ')) : s.notice,
        })),
      replaceSelection: (ids) => set({ selection: normaliseSelection(catalog, ids).selection }),
      notify: (severity, message) => set({ notice: notice(severity, message) }),
      dismissNotice: () => set({ notice: null }),
    }),
    savedChoicesOptions<ConfigState>(),
  ),
);
