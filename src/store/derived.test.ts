import { describe, expect, it } from 'vitest';
import { DEFAULT_CHOICES } from './choices';
import { fittedPolicyFor } from './derived';
import type { ConfigChoices } from './choices';

const selectFittedPolicy = (s: ConfigChoices) => fittedPolicyFor(s.selection, s.editionId, s.mode);

describe('fittedPolicyFor', () => {
  it('builds once per distinct choice and hands every caller the same object', () => {
    const first = selectFittedPolicy(DEFAULT_CHOICES);
    expect(selectFittedPolicy({ ...DEFAULT_CHOICES })).toBe(first);
    const { selection, editionId } = DEFAULT_CHOICES;
    const exact = fittedPolicyFor(selection, editionId, 'exact');
    expect(exact).not.toBe(first);
    expect(exact.model.mode).toBe('exact');
    // The previous result is still there for a deferred render that shows it.
    expect(fittedPolicyFor(selection, editionId, 'published')).toBe(first);
  });

  it('rebuilds when the selection changes', () => {
    const before = selectFittedPolicy(DEFAULT_CHOICES);
    const fewer = DEFAULT_CHOICES.selection.filter((id) => id !== 's3');
    const after = selectFittedPolicy({ ...DEFAULT_CHOICES, selection: fewer });
    expect(after.model.serviceIds).not.toContain('s3');
    expect(before.model.serviceIds).toContain('s3');
  });
});
