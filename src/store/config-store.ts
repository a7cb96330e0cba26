/**
 * The one store: what the user chose, as plain serialisable data. Actions are one-liners over
 * `src/core`; derived things (the policy, its size, the templates) are computed in hooks, never stored.
 */
import { create } from 'zustand';
import { DEFAULT_EDITION_ID } from '../catalog/catalog';
import type { EditionId, ServiceId } from '../catalog/types';
import type { PolicyMode } from '../core/policy';
import { DEFAULT_ROLE_INPUTS, type RoleInputs } from '../core/role';
import {
  clearSelection,
  normaliseSelection,
  selectAll,
  setService,
  type Selection,
} from '../core/selection';
import type { DecodedShare } from '../core/share';

/** A message the page shows and announces to screen readers; `id` changes so repeats are announced. */
export interface Notice {
  id: number;
  severity: 'info' | 'warning';
  message: string;
}

/** The user's choices. */
export interface ConfigChoices {
  editionId: EditionId;
  mode: PolicyMode;
  selection: Selection;
  role: RoleInputs;
  /** Whether "Copy link" includes the External ID. */
  shareExternalId: boolean;
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
  /** Applies what a link or saved state gave, and shows its notices. */
  applyDecoded: (decoded: DecodedShare) => void;
  /** Replaces the selection (e.g. from an audit), EC2 kept in. */
  replaceSelection: (ids: readonly ServiceId[]) => void;
  notify: (severity: Notice['severity'], message: string) => void;
  dismissNotice: () => void;
}

/** What a new visitor starts with. */
export const DEFAULT_CHOICES: ConfigChoices = {
  editionId: DEFAULT_EDITION_ID,
  mode: 'published',
  selection: selectAll(),
  role: DEFAULT_ROLE_INPUTS,
  shareExternalId: false,
};

let noticeId = 0;
const notice = (severity: Notice['severity'], message: string): Notice => ({
  id: ++noticeId,
  severity,
  message,
});

/** The configurator's store. */
export const useConfigStore = create<ConfigState>()((set) => ({
  ...DEFAULT_CHOICES,
  notice: null,
  setEdition: (editionId) => set({ editionId }),
  setMode: (mode) => set({ mode }),
  setService: (serviceId, on) =>
    set((s) => {
      const change = setService(s.selection, serviceId, on);
      return change.refused
        ? { selection: change.selection, notice: notice('warning', change.refused.reason) }
        : { selection: change.selection };
    }),
  selectAll: () => set({ selection: selectAll() }),
  clearSelection: () => set({ selection: clearSelection() }),
  setRole: (role) => set((s) => ({ role: { ...s.role, ...role } })),
  setShareExternalId: (shareExternalId) => set({ shareExternalId }),
  applyDecoded: ({ state, notices }) =>
    set((s) => ({
      ...state,
      role: { ...s.role, ...state.role },
      notice: notices.length > 0 ? notice('warning', notices.join(' ')) : s.notice,
    })),
  replaceSelection: (ids) => set({ selection: normaliseSelection(ids).selection }),
  notify: (severity, message) => set({ notice: notice(severity, message) }),
  dismissNotice: () => set({ notice: null }),
}));
