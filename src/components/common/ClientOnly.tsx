import type { ReactNode } from 'react';
import { useHydrated } from '../../hooks/use-hydrated';

/** Props of `ClientOnly`. */
export interface ClientOnlyProps {
  /** What the prerender and the hydration show. */
  fallback: ReactNode;
  children: ReactNode;
}

/** Shows `fallback` in the prerendered page and while it hydrates, `children` once in the browser. */
export function ClientOnly({ fallback, children }: ClientOnlyProps) {
  return useHydrated() ? children : fallback;
}
