import { describe, expect, it } from 'vitest';
import {
  EDGE_CASES,
  EXTERNAL_ID_CHARS,
  LARGEST_CASE,
  numbered,
  randomCases,
  ROLE_NAME_CHARS,
} from './cases';
import { EDITION_IDS, externalIdError, roleNameError } from './deliverables';

const all = (seed: number) => [...randomCases(seed), ...EDGE_CASES, LARGEST_CASE];

describe('the AWS tier cases', () => {
  it('draw every edition in both modes twice, the same for the same seed', () => {
    const cases = randomCases(42);
    const combinations = cases.map((c) => `${c.editionId} ${c.mode}`).sort();
    expect(combinations).toEqual(
      EDITION_IDS.flatMap((e) => [`${e} exact`, `${e} exact`, `${e} published`, `${e} published`]),
    );
    expect(randomCases(42)).toEqual(cases);
    expect(randomCases(43)).not.toEqual(cases);
  });

  it('use only role inputs the page accepts', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      for (const c of all(seed)) {
        expect(roleNameError(c.role.roleName), c.title).toBeUndefined();
        expect(externalIdError(c.externalId), c.title).toBeUndefined();
        if (c.role.externalId) expect(c.externalId).toBe(c.role.externalId);
      }
    }
  });

  it("reach IAM's limits: leading -, every punctuation, longest and shortest", () => {
    const names = EDGE_CASES.map((c) => c.role.roleName);
    const ids = EDGE_CASES.map((c) => c.externalId);
    expect(names.some((n) => n.startsWith('-'))).toBe(true);
    expect(ids.some((id) => id.startsWith('-'))).toBe(true);
    expect(Math.max(...names.map((n) => n.length))).toBe(64);
    expect(Math.min(...names.map((n) => n.length))).toBe(1);
    expect(Math.max(...ids.map((id) => id.length))).toBe(1224);
    expect(Math.min(...ids.map((id) => id.length))).toBe(2);
    for (const char of '+=,.@_-')
      expect(
        names.some((n) => n.includes(char)),
        char,
      ).toBe(true);
    for (const char of '+=,.@:/_-')
      expect(
        ids.some((id) => id.includes(char)),
        char,
      ).toBe(true);
    expect(ROLE_NAME_CHARS).toHaveLength(26 * 2 + 10 + 7);
    expect(EXTERNAL_ID_CHARS).toHaveLength(26 * 2 + 10 + 9);
  });

  it('keep whole titles and number the cases', () => {
    const [first] = numbered(EDGE_CASES);
    expect(first).toEqual([EDGE_CASES[0]?.title, { ...EDGE_CASES[0], i: 0 }]);
  });
});
