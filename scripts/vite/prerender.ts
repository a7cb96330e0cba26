import { createServer, type HtmlTagDescriptor, type Plugin } from 'vite';

/** What the prerender entry (src/prerender.tsx) returns. */
export interface PrerenderedPage {
  html: string;
  styles: string;
}

const EMPTY_ROOT = '<div id="root"></div>';

/** Puts the prerendered markup into the empty root element and its <style> tags at the end of <head>. */
export function injectPrerender(template: string, page: PrerenderedPage): string {
  if (!template.includes(EMPTY_ROOT) || !template.includes('</head>'))
    throw new Error(`index.html needs </head> and an empty ${EMPTY_ROOT} to prerender into`);
  // Replacer functions: the page's text may hold `$&` and the like.
  return template
    .replace('</head>', () => `${page.styles}</head>`)
    .replace(EMPTY_ROOT, () => `<div id="root">${page.html}</div>`);
}

/** Sets the colour scheme class on <html> before the prerendered page paints (public/color-scheme.js). */
const colorSchemeScript: HtmlTagDescriptor = {
  tag: 'script',
  // Relative, like every other URL of the build: the page works from any path.
  attrs: { src: './color-scheme.js' },
  injectTo: 'head',
};

/** Loads `entry` with Vite's SSR module loader and returns its `renderPage()`. */
async function renderWithVite(entry: string): Promise<PrerenderedPage> {
  // MUI labels its class names outside production: the markup must match the production client's.
  if (process.env.NODE_ENV !== 'production')
    throw new Error(`prerender needs NODE_ENV=production, not ${process.env.NODE_ENV}`);
  const server = await createServer({
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
    logLevel: 'error',
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const module = (await server.ssrLoadModule(entry)) as { renderPage: () => PrerenderedPage };
    return module.renderPage();
  } finally {
    await server.close();
  }
}

/**
 * Build only: renders the page's first screen into index.html (React's static rendering, Emotion's
 * server styles), so that it paints before the JavaScript runs; the browser then hydrates it.
 */
export function prerender(entry = '/src/prerender.tsx'): Plugin {
  return {
    name: 'prerender',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: async (html) => ({
        html: injectPrerender(html, await renderWithVite(entry)),
        tags: [colorSchemeScript],
      }),
    },
  };
}
