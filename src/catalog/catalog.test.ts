import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../test/fixture-catalog';

describe('createCatalog', () => {
  it('names a service by its display name, and an unknown id by itself', () => {
    const [first] = fixtureCatalog.services;
    expect(fixtureCatalog.serviceName(first!.id)).toBe(first!.name);
    expect(fixtureCatalog.serviceName('no-such-service')).toBe('no-such-service');
  });
});
