import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NearViewport } from './NearViewport';

type Callback = (entries: { isIntersecting: boolean }[]) => void;

/** A stand-in IntersectionObserver that the test drives. */
function fakeObserver() {
  const observers: { callback: Callback; margin?: string; observed: Element[] }[] = [];
  class Fake {
    constructor(callback: Callback, options?: { rootMargin?: string }) {
      observers.push({ callback, margin: options?.rootMargin, observed: [] });
    }
    observe(element: Element) {
      observers.at(-1)!.observed.push(element);
    }
    disconnect() {}
  }
  vi.stubGlobal('IntersectionObserver', Fake);
  return observers;
}

afterEach(() => vi.unstubAllGlobals());

describe('NearViewport', () => {
  it('shows the placeholder until the reader scrolls near, then the children', () => {
    const observers = fakeObserver();
    render(
      <NearViewport placeholder={<p>Loading the templates…</p>} margin="300px">
        <p>Templates</p>
      </NearViewport>,
    );
    expect(screen.getByText('Loading the templates…')).toBeInTheDocument();
    expect(screen.queryByText('Templates')).toBeNull();
    expect(observers[0]!.margin).toBe('300px');
    act(() => observers[0]!.callback([{ isIntersecting: false }]));
    expect(screen.queryByText('Templates')).toBeNull();
    act(() => observers[0]!.callback([{ isIntersecting: true }]));
    expect(screen.getByText('Templates')).toBeInTheDocument();
  });

  it('renders the children at once where the browser cannot observe', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    render(
      <NearViewport placeholder={<p>Loading</p>}>
        <p>Templates</p>
      </NearViewport>,
    );
    expect(screen.getByText('Templates')).toBeInTheDocument();
  });
});
