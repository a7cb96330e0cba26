import { describe, expect, it } from 'vitest';
import { DEBIAN_CHROMIUM, NO_CHROMIUM, findChromium } from './browser';

function probe(files: string[], env: Record<string, string> = {}, bundled?: string) {
  return { env, exists: (path: string) => files.includes(path), bundled: () => bundled };
}

describe('findChromium', () => {
  it('uses PLAYWRIGHT_CHROMIUM_EXECUTABLE before anything else', () => {
    const env = { PLAYWRIGHT_CHROMIUM_EXECUTABLE: '/opt/chrome', CHROMIUM_PATH: '/opt/other' };
    expect(findChromium(probe(['/opt/chrome', '/opt/other', DEBIAN_CHROMIUM], env))).toBe(
      '/opt/chrome',
    );
  });

  it('uses CHROMIUM_PATH when it is the only override', () => {
    expect(findChromium(probe(['/opt/other'], { CHROMIUM_PATH: '/opt/other' }))).toBe('/opt/other');
  });

  it('refuses an override that does not exist instead of falling back', () => {
    const env = { PLAYWRIGHT_CHROMIUM_EXECUTABLE: '/nope/chrome' };
    expect(() => findChromium(probe([DEBIAN_CHROMIUM], env))).toThrow(
      'Chromium set by the environment does not exist: /nope/chrome',
    );
  });

  it("prefers Debian's chromium to Playwright's download", () => {
    expect(findChromium(probe([DEBIAN_CHROMIUM, '/pw/chrome'], {}, '/pw/chrome'))).toBe(
      DEBIAN_CHROMIUM,
    );
  });

  it("falls back to Playwright's download when it is on disk", () => {
    expect(findChromium(probe(['/pw/chrome'], {}, '/pw/chrome'))).toBe('/pw/chrome');
  });

  it('says in one line how to get a browser when there is none', () => {
    expect(() => findChromium(probe([], {}, '/pw/chrome'))).toThrow(NO_CHROMIUM);
    expect(NO_CHROMIUM).not.toContain('\n');
  });
});
