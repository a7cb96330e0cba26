/**
 * Work that must happen but need not delay the next frame (mirroring the choices into the address
 * bar and local storage): run once, after the next paint, with the latest value. A page that is
 * being hidden or closed runs what is pending at once.
 */
const pending = new Map<string, () => void>();
let scheduled = false;

function flush(): void {
  scheduled = false;
  const jobs = [...pending.values()];
  pending.clear();
  for (const job of jobs) job();
}

if (typeof window !== 'undefined') window.addEventListener('pagehide', flush);

/** A task after the next frame: a timer set in an animation frame fires once that frame is painted. */
function scheduleAfterPaint(): void {
  if (typeof requestAnimationFrame === 'function')
    requestAnimationFrame(() => setTimeout(flush, 0));
  else setTimeout(flush, 0);
}

/** Runs `job` after the next paint; a later job with the same key replaces it. */
export function afterPaint(key: string, job: () => void): void {
  pending.set(key, job);
  if (scheduled) return;
  scheduled = true;
  scheduleAfterPaint();
}
