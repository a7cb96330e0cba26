import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadActionIndex, type ActionIndex } from './action-index';
import { matchesPattern } from './action-pattern';
import { propertyRuns } from '../test/property-runs';

let index: ActionIndex;

beforeAll(async () => {
  index = await loadActionIndex();
});

const names = (pattern: string): string[] => index.expand(pattern).map((a) => a.action);

describe('the action index', () => {
  it('is loaded once', async () => {
    expect(await loadActionIndex()).toBe(index);
  });

  it('holds every action of AWS data of 2026-09-26', () => {
    expect(index.actionCount).toBe(22091);
    expect(index.prefixes()).toHaveLength(456);
    expect(index.dataset.version).toBe('0.21.202609261');
  });

  it('expands *, *:* and service:* to every action of their scope', () => {
    expect(index.expand('*')).toHaveLength(22091);
    expect(index.expand('*:*')).toHaveLength(22091);
    expect(index.expand('S3:*')).toEqual(index.actionsOfPrefix('s3'));
    expect(index.actionsOfPrefix('s3').length).toBeGreaterThan(100);
  });

  it('matches case-insensitively and returns canonical spellings with levels', () => {
    expect(index.expand('apigateway:get')).toEqual([{ action: 'apigateway:GET', level: 'Read' }]);
    expect(index.lookup('EC2:describeinstances')).toEqual({
      action: 'ec2:DescribeInstances',
      level: 'List',
    });
    expect(names('?3:GetObject')).toEqual(['s3:GetObject']);
    expect(names('ec2:Describe*').every((a) => a.startsWith('ec2:Describe'))).toBe(true);
  });

  it('matches nothing for an unknown prefix, a missing colon or a second colon', () => {
    expect(index.hasPrefix('EC2')).toBe(true);
    expect(index.hasPrefix('neptune')).toBe(false);
    expect(names('neptune:Describe*')).toEqual([]);
    expect(names('ec2')).toEqual([]);
    expect(names('ec2:Describe*:x')).toEqual([]);
    expect(index.actionsOfPrefix('nosuch')).toEqual([]);
    expect(index.serviceName('s3')).toBe('Amazon S3');
  });

  it('lets * span the colon in a pattern without one, as matchesPattern does', () => {
    expect(names('s3*GetObject')).toContain('s3:GetObject');
  });

  it('agrees with matchesPattern on random patterns', () => {
    const all = index.expand('*');
    const alphabet = fc.constantFrom('s', '3', 'e', 'c', '2', ':', '*', '?', 'g', 't', 'd', 'l');
    fc.assert(
      fc.property(fc.string({ unit: alphabet, maxLength: 7 }), (pattern) => {
        const expected = all.filter((a) => matchesPattern(pattern, a.action)).map((a) => a.action);
        expect(names(pattern).sort()).toEqual(expected.sort());
      }),
      { numRuns: propertyRuns(150) },
    );
  });
});
