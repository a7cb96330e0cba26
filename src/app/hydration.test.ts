import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CHOICES } from '../store/choices';
import { useConfigStore } from '../store/config-store';
import { matchesPrerender } from './hydration';

const state = () => useConfigStore.getState();

beforeEach(() => {
  useConfigStore.setState({ ...DEFAULT_CHOICES, notice: null });
});

describe('matchesPrerender', () => {
  it('holds for a first visit: the default choices and no notice', () => {
    expect(matchesPrerender(state())).toBe(true);
  });

  it('fails for any other choice, and when a notice is shown', () => {
    state().setEdition('custom-20230818');
    expect(matchesPrerender(state())).toBe(false);
    useConfigStore.setState({ ...DEFAULT_CHOICES, notice: null });
    state().setService('s3', false);
    expect(matchesPrerender(state())).toBe(false);
    useConfigStore.setState({ ...DEFAULT_CHOICES, notice: null });
    state().setRole({ externalId: 'abc' });
    expect(matchesPrerender(state())).toBe(false);
    useConfigStore.setState({ ...DEFAULT_CHOICES, notice: null });
    state().setShareExternalId(true);
    expect(matchesPrerender(state())).toBe(false);
    useConfigStore.setState({ ...DEFAULT_CHOICES, notice: null });
    state().notify('info', 'hello');
    expect(matchesPrerender(state())).toBe(false);
  });
});
