import { describe, expect, it } from 'vitest';
import { interactionLatency } from './interaction';

const entry = (start: number, duration: number, interactionId = 7, name = 'click') => ({
  name,
  start,
  duration,
  interactionId,
});

describe('interactionLatency', () => {
  it('takes the longest entry of the interactions since the mark, ignoring earlier ones', () => {
    const events = [
      entry(10, 200, 3),
      entry(105, 24, 7, 'pointerdown'),
      entry(110, 48),
      entry(111, 40, 7, 'pointerup'),
    ];
    expect(interactionLatency(events, 100)).toEqual({ ms: 48, belowThreshold: false });
  });

  it('ignores entries that are not interactions (interactionId 0)', () => {
    expect(interactionLatency([entry(120, 90, 0, 'mouseover')], 100)).toEqual({
      ms: 16,
      belowThreshold: true,
    });
  });
});
