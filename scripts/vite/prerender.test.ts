import { describe, expect, it } from 'vitest';
import { injectPrerender } from './prerender';

const template = '<html><head><title>t</title></head><body><div id="root"></div></body></html>';

describe('injectPrerender', () => {
  it('puts the markup into the root element and the styles at the end of <head>', () => {
    const page = { html: '<h1>Hi $& $1</h1>', styles: '<style data-emotion="css a">p{}</style>' };
    expect(injectPrerender(template, page)).toBe(
      '<html><head><title>t</title><style data-emotion="css a">p{}</style></head>' +
        '<body><div id="root"><h1>Hi $& $1</h1></div></body></html>',
    );
  });

  it('refuses a template without an empty root element', () => {
    expect(() =>
      injectPrerender('<head></head><div id="root">x</div>', { html: '', styles: '' }),
    ).toThrow(/empty <div id="root"><\/div>/);
  });
});
