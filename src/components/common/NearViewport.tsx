import { useEffect, useRef, useState, type ReactNode } from 'react';

/** Props of `NearViewport`. */
export interface NearViewportProps {
  /** Shown until the reader scrolls near. */
  placeholder: ReactNode;
  children: ReactNode;
  /** How far outside the viewport counts as near (CSS margin); by default, once it is in view. */
  margin?: string;
}

const canObserve = () => typeof IntersectionObserver !== 'undefined';

/**
 * Renders `children` once the placeholder comes within `margin` of the viewport, so that a panel far
 * down the page fetches its code when the reader gets there, not with the first screen.
 */
export function NearViewport({ placeholder, children, margin = '0px' }: NearViewportProps) {
  const [near, setNear] = useState(() => !canObserve());
  const anchor = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = anchor.current;
    if (near || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true);
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near, margin]);
  return near ? children : <div ref={anchor}>{placeholder}</div>;
}
