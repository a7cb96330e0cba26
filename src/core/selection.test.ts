import { describe, expect, it } from 'vitest';
import { fixtureCatalog as catalog } from '../test/fixture-catalog';
import {
  addService,
  clearSelection,
  normaliseSelection,
  removalRefusal,
  removeService,
  selectAll,
  setService,
} from './selection';

describe('selection', () => {
  it('starts with every service and clears down to EC2 alone', () => {
    expect(selectAll(catalog)).toEqual(['ec2', 'lambda', 'apigateway', 's3', 'rds', 'ses', 'tag']);
    expect(clearSelection(catalog)).toEqual(['ec2']);
  });

  it('refuses to remove EC2 and says why', () => {
    const change = removeService(catalog, ['ec2', 's3'], 'ec2');
    expect(change.selection).toEqual(['ec2', 's3']);
    expect(change.refused?.serviceId).toBe('ec2');
    expect(change.refused?.reason).toMatch(/Cloudcraft needs EC2 to scan the account/);
    expect(setService(catalog, ['ec2'], 'ec2', false).selection).toEqual(['ec2']);
    expect(removalRefusal(catalog, 's3')).toBeUndefined();
  });

  it('removes and adds other services, keeping catalog order', () => {
    expect(removeService(catalog, ['ec2', 's3', 'lambda'], 's3')).toEqual({
      selection: ['ec2', 'lambda'],
    });
    expect(addService(catalog, ['ec2', 's3'], 'lambda').selection).toEqual(['ec2', 'lambda', 's3']);
    expect(addService(catalog, ['ec2', 's3'], 's3').selection).toEqual(['ec2', 's3']);
  });

  it('normalises any input: unknown ids ignored and reported, EC2 added, duplicates dropped', () => {
    expect(normaliseSelection(catalog, ['s3', 'nope', 's3', '__proto__'])).toEqual({
      selection: ['ec2', 's3'],
      ignored: ['nope', '__proto__'],
    });
    expect(normaliseSelection(catalog, []).selection).toEqual(['ec2']);
  });
});
