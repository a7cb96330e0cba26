import { afterEach, describe, expect, it, vi } from 'vitest';
import { retry } from './retry';

describe('retry', () => {
  // The core project shares one module graph between files: leave console as it was.
  afterEach(() => vi.restoreAllMocks());

  it('returns the first success and gives up after the last attempt', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    let calls = 0;
    await expect(
      retry('flaky', async () => (++calls < 2 ? Promise.reject(new Error('x')) : calls)),
    ).resolves.toBe(2);
    calls = 0;
    await expect(
      retry('broken', async () => Promise.reject(new Error(`no ${++calls}`)), 3),
    ).rejects.toThrow('no 3');
    expect(calls).toBe(3);
  });
});
