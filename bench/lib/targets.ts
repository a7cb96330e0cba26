import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';

/** What the benchmark drives on the page and on the floor: the same gestures, by role and name. */
export interface Target {
  name: 'page' | 'floor';
  /** The first visit: no fragment, nothing stored. */
  firstVisitUrl: string;
  /** The heaviest configuration (the page: custom 20230818, exact actions, every service). */
  heavyUrl: string;
  /**
   * Waits until React has taken the page over (prerendered markup alone does not count), it shows the
   * configuration the URL asked for, and every row is ticked.
   */
  ready: (page: Page) => Promise<void>;
  /** The checkbox whose ticks are timed. */
  tickBox: (page: Page) => Locator;
  selectAll: (page: Page) => Locator;
  clear: (page: Page) => Locator;
  /** Opens the edition (floor: variant) select and returns the option that switches away from `n`. */
  openSwitch: (page: Page, n: number) => Promise<Locator>;
}

const status = (page: Page, pattern: RegExp) =>
  page.getByRole('status').filter({ hasText: pattern });
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

/** The ids of every service the page knows, from the generated catalog. */
export function allServiceIds(): string[] {
  const url = new URL('../../src/catalog/generated/catalog.json', import.meta.url);
  const catalog = JSON.parse(readFileSync(url, 'utf8')) as { services: { id: string }[] };
  return catalog.services.map((s) => s.id);
}

/** Resolves once React has a root on #root: hydrating or rendering, its events are handled. */
async function reactRoot(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const root = document.getElementById('root');
    return !!root && Object.keys(root).some((key) => key.startsWith('__reactContainer$'));
  });
}

async function openOption(page: Page, combobox: RegExp, option: string): Promise<Locator> {
  await page.getByRole('combobox', { name: combobox }).click();
  const choice = page.getByRole('option', { name: option, exact: true });
  await expect(choice).toBeVisible();
  return choice;
}

/** The configurator, served at `origin`. */
export function pageTarget(origin: string): Target {
  const fragment = `edition=custom-20230818&mode=exact&services=${allServiceIds().join(',')}`;
  const editions = ['Cloudcraft minimal 2025-01', 'Cloudcraft custom 20230818'];
  return {
    name: 'page',
    firstVisitUrl: `${origin}/`,
    heavyUrl: `${origin}/#${fragment}`,
    ready: async (page) => {
      await reactRoot(page);
      // The prerendered markup shows the default edition until the link's choices are rendered.
      const heavy = page.url().includes('edition=custom-20230818');
      await expect(page.getByRole('combobox', { name: /^Edition/ })).toHaveText(
        editions[heavy ? 1 : 0]!,
      );
      await expect(status(page, /^(\d+) of \1 services/)).toBeVisible();
      await expect(page.getByRole('checkbox', { name: 'Amazon S3', exact: true })).toBeChecked();
    },
    tickBox: (page) => page.getByRole('checkbox', { name: 'Amazon S3', exact: true }),
    selectAll: (page) => button(page, 'Select all'),
    clear: (page) => button(page, 'Clear'),
    openSwitch: (page, n) => openOption(page, /^Edition/, editions[n % 2]!),
  };
}

/** The floor page (`bench/floor`), served at `origin`. */
export function floorTarget(origin: string): Target {
  return {
    name: 'floor',
    firstVisitUrl: `${origin}/`,
    heavyUrl: `${origin}/`,
    ready: async (page) => {
      await reactRoot(page);
      await expect(status(page, /^(\d+) of \1 rows/)).toBeVisible();
      await expect(page.getByRole('checkbox', { name: 'Amazon S3', exact: true })).toBeChecked();
    },
    tickBox: (page) => page.getByRole('checkbox', { name: 'Amazon S3', exact: true }),
    selectAll: (page) => button(page, 'Select all'),
    clear: (page) => button(page, 'Clear'),
    openSwitch: (page, n) => openOption(page, /^Variant/, n % 2 === 0 ? 'Variant A' : 'Variant B'),
  };
}
