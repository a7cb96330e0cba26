import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CHOICES } from './choices';
import { mergeSavedChoices, SAVED_CHOICES_KEY } from './saved-choices';

const fragment = 'edition=custom-20230818&mode=exact&services=ec2,s3&role=ro&externalId=ab-12';

describe('mergeSavedChoices', () => {
  it('applies valid stored choices, External ID and share opt-in included', () => {
    const merged = mergeSavedChoices({ choices: fragment, shareExternalId: true }, DEFAULT_CHOICES);
    expect(merged).toMatchObject({
      editionId: 'custom-20230818',
      mode: 'exact',
      selection: ['ec2', 's3'],
      role: { ...DEFAULT_CHOICES.role, roleName: 'ro', externalId: 'ab-12' },
      shareExternalId: true,
    });
  });

  it("reads the first version's fragment string, with the share opt-in off", () => {
    const merged = mergeSavedChoices(fragment, { ...DEFAULT_CHOICES, shareExternalId: true });
    expect(merged.editionId).toBe('custom-20230818');
    expect(merged.shareExternalId).toBe(false);
  });

  it('keeps the current choices for anything else, and drops invalid values one by one', () => {
    for (const junk of [undefined, null, 42, [], { choices: 7 }, { other: 'x' }]) {
      expect(mergeSavedChoices(junk, DEFAULT_CHOICES)).toBe(DEFAULT_CHOICES);
    }
    const merged = mergeSavedChoices(
      { choices: 'edition=nope&services=s3,zzz&role=a%20b&mode=exact' },
      DEFAULT_CHOICES,
    );
    expect(merged.editionId).toBe(DEFAULT_CHOICES.editionId);
    expect(merged.mode).toBe('exact');
    expect(merged.selection).toEqual(['ec2', 's3']);
    expect(merged.role).toEqual(DEFAULT_CHOICES.role);
  });
});

describe('the store', () => {
  beforeEach(() => {
    localStorage.clear();
    vi.resetModules();
  });

  it('has the stored choices before anything renders, and stores every change after the frame', async () => {
    localStorage.setItem(SAVED_CHOICES_KEY, JSON.stringify({ state: { choices: fragment } }));
    const { useConfigStore } = await import('./config-store');
    expect(useConfigStore.getState().editionId).toBe('custom-20230818');
    useConfigStore.getState().setService('s3', false);
    // Written after the frame, not in the tick.
    expect(JSON.parse(localStorage.getItem(SAVED_CHOICES_KEY) ?? '{}').state.choices).toBe(
      fragment,
    );
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 10)));
    const saved = JSON.parse(localStorage.getItem(SAVED_CHOICES_KEY) ?? '{}');
    expect(saved.version).toBe(2);
    expect(saved.state.choices).toContain('services=ec2&');
  });

  it('starts from the defaults when storage holds something unreadable', async () => {
    localStorage.setItem(SAVED_CHOICES_KEY, '{not json');
    const { useConfigStore } = await import('./config-store');
    expect(useConfigStore.getState().editionId).toBe(DEFAULT_CHOICES.editionId);
    expect(useConfigStore.getState().selection).toEqual(DEFAULT_CHOICES.selection);
  });
});
