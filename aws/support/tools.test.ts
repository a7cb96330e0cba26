import { describe, expect, it } from 'vitest';
import { readSeed } from './seed';
import { describeMissing, type ToolStatus } from './tools';

const tool = (name: string, found: boolean): ToolStatus => ({
  name,
  found,
  version: found ? `${name} 1.0` : '',
  install: `get ${name}`,
});

describe('the AWS tier tools and seed', () => {
  it('names every missing tool, and how to get it, in one line', () => {
    expect(describeMissing([tool('aws', true), tool('shellcheck', true)])).toBeUndefined();
    expect(
      describeMissing([tool('aws', false), tool('cfn-lint', true), tool('shellcheck', false)]),
    ).toBe('missing aws (get aws), shellcheck (get shellcheck)');
  });

  it('replays a given seed and refuses one that is not an integer', () => {
    expect(readSeed({ AWS_TIER_SEED: '1234' })).toBe(1234);
    expect(Number.isSafeInteger(readSeed({}))).toBe(true);
    expect(() => readSeed({ AWS_TIER_SEED: 'x' })).toThrow(
      'AWS_TIER_SEED must be an integer, not x',
    );
  });
});
