import { describe, expect, it } from 'vitest';
import { listServices } from '../catalog/catalog';
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
    expect(selectAll()).toEqual(listServices().map((s) => s.id));
    expect(selectAll()).toHaveLength(30);
    expect(clearSelection()).toEqual(['ec2']);
  });

  it('refuses to remove EC2 and says why', () => {
    const change = removeService(['ec2', 's3'], 'ec2');
    expect(change.selection).toEqual(['ec2', 's3']);
    expect(change.refused?.serviceId).toBe('ec2');
    expect(change.refused?.reason).toMatch(/Cloudcraft needs EC2 to scan the account/);
    expect(setService(['ec2'], 'ec2', false).selection).toEqual(['ec2']);
    expect(removalRefusal('s3')).toBeUndefined();
  });

  it('removes and adds other services, keeping catalog order', () => {
    expect(removeService(['ec2', 's3', 'lambda'], 's3')).toEqual({ selection: ['ec2', 'lambda'] });
    expect(addService(['ec2', 's3'], 'lambda').selection).toEqual(['ec2', 'lambda', 's3']);
    expect(addService(['ec2', 's3'], 's3').selection).toEqual(['ec2', 's3']);
  });

  it('normalises any input: unknown ids ignored and reported, EC2 added, duplicates dropped', () => {
    expect(normaliseSelection(['s3', 'nope', 's3', '__proto__'])).toEqual({
      selection: ['ec2', 's3'],
      ignored: ['nope', '__proto__'],
    });
    expect(normaliseSelection([]).selection).toEqual(['ec2']);
  });
});
