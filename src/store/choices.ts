/** What the user chooses, as plain serialisable data, and what a new visitor starts with. */
import { bundledCatalog } from '../catalog/bundled';
import { DEFAULT_EDITION_ID } from '../catalog/catalog';
import type { EditionId } from '../catalog/types';
import type { PolicyMode } from '../core/policy';
import { DEFAULT_ROLE_INPUTS, type RoleInputs } from '../core/role';
import { selectAll, type Selection } from '../core/selection';

/** The user's choices. */
export interface ConfigChoices {
  editionId: EditionId;
  mode: PolicyMode;
  selection: Selection;
  role: RoleInputs;
  /** Whether "Copy link" includes the External ID. */
  shareExternalId: boolean;
}

/** What a new visitor starts with. */
export const DEFAULT_CHOICES: ConfigChoices = {
  editionId: DEFAULT_EDITION_ID,
  mode: 'published',
  selection: selectAll(bundledCatalog),
  role: DEFAULT_ROLE_INPUTS,
  shareExternalId: false,
};

/** Only the choices of a state that holds more. */
export function choicesOf(s: ConfigChoices): ConfigChoices {
  const { editionId, mode, selection, role, shareExternalId } = s;
  return { editionId, mode, selection, role, shareExternalId };
}
