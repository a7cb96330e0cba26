/**
 * Local storage that never throws: private modes, quotas, disabled storage and the build-time
 * prerender (no `localStorage` at all) read as empty and drop writes; the URL still carries the choices.
 */
import type { StateStorage } from 'zustand/middleware';
import { afterPaint } from './after-paint';

/** `localStorage`, or nothing where it is unavailable. */
export const safeLocalStorage: StateStorage = {
  getItem: (name) => {
    try {
      return localStorage.getItem(name);
    } catch {
      return null;
    }
  },
  // Written after the frame (a synchronous write per tick costs a few milliseconds), the latest only.
  setItem: (name, value) =>
    afterPaint(`storage:${name}`, () => {
      try {
        localStorage.setItem(name, value);
      } catch {
        // Storage unavailable or full: the choices still live in the URL.
      }
    }),
  removeItem: (name) => {
    try {
      localStorage.removeItem(name);
    } catch {
      // Nothing to remove where there is no storage.
    }
  },
};
