import { describe, expect, it } from 'vitest';
import { afterPaint } from './after-paint';

/** Resolves once a frame has been painted and the task after it has run. */
const afterNextPaint = () =>
  new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 10)));

describe('afterPaint', () => {
  it('runs after the next paint, only the latest job per key', async () => {
    const ran: string[] = [];
    afterPaint('a', () => ran.push('a1'));
    afterPaint('b', () => ran.push('b'));
    afterPaint('a', () => ran.push('a2'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(ran).toEqual([]);
    await afterNextPaint();
    expect(ran).toEqual(['a2', 'b']);
  });

  it('runs what is pending at once when the page is hidden', () => {
    const ran: string[] = [];
    afterPaint('c', () => ran.push('c'));
    window.dispatchEvent(new Event('pagehide'));
    expect(ran).toEqual(['c']);
  });
});
