/**
 * `npm run bench`: builds the page and the floor page, serves both (gzip, the page's CSP) on
 * 127.0.0.1, measures them interleaved in Chromium, prints a table and writes bench/results.json.
 * Options: --quick (fewer rounds, for trying it out), --no-build, --strict (exit 1 on a missed budget).
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { Browser } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../scripts/hosting/response-headers';
import { launchBrowser } from './lib/browser';
import { BUDGETS, evaluateBudgets, ratio } from './lib/budgets';
import { buildFloor, buildPage, FLOOR_DIST, PAGE_DIST, ROOT } from './lib/build';
import { collect, type Settings } from './lib/collect';
import { buildRows, formatTable } from './lib/report';
import type { BenchResults } from './lib/results';
import { measureStaticBytes } from './lib/static-bytes';
import { serveDirectory, type StaticServer } from './lib/static-server';
import { floorTarget, pageTarget } from './lib/targets';

const { values: options } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
  },
});

const settings: Settings = options.quick
  ? {
      tickRounds: 2,
      ticksPerRound: 10,
      actionRounds: 1,
      actionsPerRound: 3,
      lcpRuns: 1,
      auditRuns: 1,
    }
  : {
      tickRounds: 4,
      ticksPerRound: 24,
      actionRounds: 2,
      actionsPerRound: 6,
      lcpRuns: 5,
      auditRuns: 3,
    };

const commit = () => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT }).toString().trim();
  } catch {
    return 'unknown';
  }
};

async function main(): Promise<BenchResults> {
  const loadAverageAtStart = loadavg();
  if (!options['no-build']) {
    buildPage();
    buildFloor();
  }
  const bytesStatic = {
    page: await measureStaticBytes(PAGE_DIST),
    floor: await measureStaticBytes(FLOOR_DIST),
  };
  const servers: StaticServer[] = [];
  let browser: Browser | undefined;
  try {
    const headers = { 'Content-Security-Policy': CONTENT_SECURITY_POLICY };
    // One at a time, so the first is stopped (in finally) even if the second cannot start.
    servers.push(await serveDirectory(PAGE_DIST, headers));
    servers.push(await serveDirectory(FLOOR_DIST, headers));
    const [pageServer, floorServer] = servers as [StaticServer, StaticServer];
    browser = await launchBrowser();
    const figures = await collect(
      browser,
      {
        page: { target: pageTarget(pageServer.origin), server: pageServer },
        floor: { target: floorTarget(floorServer.origin), server: floorServer },
      },
      settings,
    );
    const { fetched, tick, lcp, audit } = figures;
    const budgets = evaluateBudgets({
      'tick-p95': ratio(tick.page.p95, tick.floor.p95),
      'bytes-static': ratio(bytesStatic.page.total, bytesStatic.floor.total),
      'bytes-fetched': ratio(fetched.page.total, fetched.floor.total),
      lcp: ratio(lcp.page.lcp, lcp.floor.lcp),
      audit: audit.median,
    });
    return {
      date: new Date().toISOString(),
      machine: {
        cpus: cpus().length,
        loadAverageAtStart,
        loadAverageAtEnd: loadavg(),
        node: process.version,
        chromium: browser.version(),
        commit: commit(),
      },
      settings: { ...settings, eventTimingThresholdMs: 16, budgets: BUDGETS },
      ...figures,
      bytes: { static: bytesStatic, fetched },
      budgets,
    };
  } finally {
    await browser?.close();
    await Promise.all(servers.map((s) => s.close()));
  }
}

const results = await main();
writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\n${formatTable(buildRows(results))}\n`);
const missed = results.budgets.filter((b) => !b.ok);
console.log(
  `Budgets met: ${results.budgets.length - missed.length} of ${results.budgets.length}. ` +
    `Load average ${results.machine.loadAverageAtStart.map((x) => x.toFixed(2)).join(' ')} at start, ` +
    `${results.machine.loadAverageAtEnd.map((x) => x.toFixed(2)).join(' ')} at end. Written to bench/results.json.`,
);
if (options.strict && missed.length > 0) process.exitCode = 1;
