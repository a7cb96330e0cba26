import createCache, { type EmotionCache } from '@emotion/cache';

/**
 * Emotion's style cache, key `css` on both sides: the prerender collects the first screen's styles
 * from it, and the browser's adopts those <style> tags instead of inserting them again.
 */
export function createEmotionCache(): EmotionCache {
  return createCache({ key: 'css' });
}
