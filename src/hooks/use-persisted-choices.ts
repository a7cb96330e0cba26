/** Restores the choices once (a link wins over saved state), then keeps storage and URL in step. */
import { useEffect } from 'react';
import { loadSavedChoices, readUrlState, replaceUrlState, saveChoices } from '../lib/persistence';
import { useConfigStore, type ConfigChoices } from '../store/config-store';

function choicesOf(s: ConfigChoices): ConfigChoices {
  const { editionId, mode, selection, role, shareExternalId } = s;
  return { editionId, mode, selection, role, shareExternalId };
}

/** Applies the saved choices, then the link's: call once, before the first render, so it shows them. */
export function restoreChoices(): void {
  const store = useConfigStore.getState();
  const saved = loadSavedChoices();
  if (saved) {
    store.applyDecoded({ state: saved.state, notices: [] });
    store.setShareExternalId(saved.shareExternalId);
  }
  const fromUrl = readUrlState();
  if (fromUrl) store.applyDecoded(fromUrl);
}

/** Call once at the root: mirrors the choices into the address bar and local storage. */
export function usePersistedChoices(): void {
  useEffect(() => {
    replaceUrlState(choicesOf(useConfigStore.getState()));
    return useConfigStore.subscribe((state, previous) => {
      const choices = choicesOf(state);
      if (JSON.stringify(choices) === JSON.stringify(choicesOf(previous))) return;
      saveChoices(choices);
      replaceUrlState(choices);
    });
  }, []);
}
