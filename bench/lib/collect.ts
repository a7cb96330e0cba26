import type { Browser } from '@playwright/test';
import type { Latency } from './interaction';
import { auditRun, craftedAuditInput } from './measure-audit';
import { selectAllRound, switchRound, tickRound } from './measure-interactions';
import { fetchedBytes, lcpRun, type LoadRun } from './measure-load';
import type { LatencySummary, LoadSummary, Pair } from './results';
import { retry } from './retry';
import { median, summarise } from './stats';
import type { StaticServer } from './static-server';
import type { Target } from './targets';

/** How much to measure. */
export interface Settings {
  tickRounds: number;
  ticksPerRound: number;
  actionRounds: number;
  actionsPerRound: number;
  lcpRuns: number;
  auditRuns: number;
}

/** The page and the floor, each with its server. */
export type Subjects = Pair<{ target: Target; server: StaticServer }>;

/** The page and the floor in alternating order: page first in even rounds, floor first in odd ones. */
export function alternate<T>(pair: Pair<T>, round: number): [keyof Pair<T>, T][] {
  const both: [keyof Pair<T>, T][] = [
    ['page', pair.page],
    ['floor', pair.floor],
  ];
  return round % 2 === 0 ? both : both.reverse();
}

const summariseLatencies = (all: Latency[]): LatencySummary => ({
  ...summarise(all.map((l) => l.ms)),
  belowThreshold: all.filter((l) => l.belowThreshold).length,
});

/** Rounds of a gesture on page and floor, interleaved; the latencies pooled per subject. */
async function interleaved(
  label: string,
  subjects: Subjects,
  rounds: number,
  measure: (target: Target) => Promise<Latency[]>,
): Promise<Pair<LatencySummary>> {
  const pooled: Pair<Latency[]> = { page: [], floor: [] };
  for (let round = 0; round < rounds; round++) {
    for (const [name, { target }] of alternate(subjects, round)) {
      console.log(`  ${label}: round ${round + 1}/${rounds}, ${name}`);
      pooled[name].push(...(await retry(`${label} ${name}`, () => measure(target))));
    }
  }
  return { page: summariseLatencies(pooled.page), floor: summariseLatencies(pooled.floor) };
}

async function loads(browser: Browser, subjects: Subjects, runs: number) {
  const all: Pair<LoadRun[]> = { page: [], floor: [] };
  for (let run = 0; run < runs; run++) {
    for (const [name, { target, server }] of alternate(subjects, run)) {
      console.log(`  LCP: run ${run + 1}/${runs}, ${name}`);
      all[name].push(await retry(`LCP ${name}`, () => lcpRun(browser, target, server)));
    }
  }
  const summary = (list: LoadRun[]): LoadSummary => ({
    runs: list,
    lcp: median(list.map((r) => r.lcp)),
    fcp: median(list.map((r) => r.fcp)),
  });
  return { page: summary(all.page), floor: summary(all.floor) };
}

/** Every browser figure of the benchmark, measured interleaved between page and floor. */
export async function collect(browser: Browser, subjects: Subjects, settings: Settings) {
  console.log('Bytes fetched before any action');
  const fetched = {
    page: await retry('bytes page', () =>
      fetchedBytes(browser, subjects.page.target, subjects.page.server),
    ),
    floor: await retry('bytes floor', () =>
      fetchedBytes(browser, subjects.floor.target, subjects.floor.server),
    ),
  };
  console.log('Tick-to-paint');
  const tick = await interleaved('tick', subjects, settings.tickRounds, (target) =>
    tickRound(browser, target, settings.ticksPerRound),
  );
  console.log('"Select all" and edition switch');
  const selectAll = await interleaved('select all', subjects, settings.actionRounds, (target) =>
    selectAllRound(browser, target, settings.actionsPerRound),
  );
  const editionSwitch = await interleaved('switch', subjects, settings.actionRounds, (target) =>
    switchRound(browser, target, settings.actionsPerRound),
  );
  console.log('LCP under the throttled profile');
  const lcp = await loads(browser, subjects, settings.lcpRuns);
  console.log('Crafted audit input');
  const input = craftedAuditInput();
  const auditRuns: number[] = [];
  for (let run = 0; run < settings.auditRuns; run++)
    auditRuns.push(await retry('audit', () => auditRun(browser, subjects.page.target, input), 2));
  const audit = { inputBytes: input.length, runs: auditRuns, median: median(auditRuns) };
  return { fetched, tick, selectAll, editionSwitch, lcp, audit };
}
