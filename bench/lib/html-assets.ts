/**
 * The files an HTML document makes the browser load before it runs anything: module scripts,
 * module preloads, stylesheets and preloads (fonts), in document order. Icons are left out.
 */
export function assetsOfHtml(html: string): string[] {
  const assets: string[] = [];
  const tags = html.match(/<(?:script|link)\b[^>]*>/gi) ?? [];
  for (const tag of tags) {
    const attribute = (name: string) =>
      new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
        .exec(tag)
        ?.slice(1)
        .find((v) => v !== undefined);
    if (/^<script/i.test(tag)) {
      const src = attribute('src');
      if (src) assets.push(src);
      continue;
    }
    const rel = (attribute('rel') ?? '').toLowerCase().split(/\s+/);
    const href = attribute('href');
    if (href && rel.some((r) => r === 'stylesheet' || r === 'modulepreload' || r === 'preload'))
      assets.push(href);
  }
  return [...new Set(assets)];
}
