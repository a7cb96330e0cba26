/** Whether this render may use what only the browser knows (the address, storage, lazy code). */
import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False while the page is prerendered and while that markup is hydrated, so both render the same;
 * true in the render right after hydration, and from the start when the page renders without markup.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
