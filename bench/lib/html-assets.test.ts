import { describe, expect, it } from 'vitest';
import { assetsOfHtml } from './html-assets';

describe('assetsOfHtml', () => {
  it('lists scripts, module preloads, stylesheets and preloads, not icons', () => {
    const html = `<!doctype html><html><head>
      <link rel="icon" type="image/svg+xml" href="/favicon.svg" />
      <link rel="preload" as="font" type="font/woff2" crossorigin href="/assets/roboto.woff2">
      <script type="module" crossorigin src="/assets/index-a1.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/Box-b2.js">
      <link rel=stylesheet href='/assets/index-c3.css'>
      </head><body><script type="module" src="/assets/index-a1.js"></script></body></html>`;
    expect(assetsOfHtml(html)).toEqual([
      '/assets/roboto.woff2',
      '/assets/index-a1.js',
      '/assets/Box-b2.js',
      '/assets/index-c3.css',
    ]);
  });

  it('finds nothing in a document that loads nothing', () => {
    expect(assetsOfHtml('<p>src="x.js" <b>rel="stylesheet"</b></p>')).toEqual([]);
  });
});
