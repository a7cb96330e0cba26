/**
 * `npm run bench:bytes`, run by `npm test` after `npm run build`: builds the floor page and fails when
 * the gzip bytes the page's index.html loads exceed the budget's multiple of the floor's.
 */
import { BUDGETS, evaluateBudgets, ratio } from './lib/budgets';
import { buildFloor, FLOOR_DIST, PAGE_DIST } from './lib/build';
import { measureStaticBytes } from './lib/static-bytes';

buildFloor();
const page = await measureStaticBytes(PAGE_DIST);
const floor = await measureStaticBytes(FLOOR_DIST);
const [budget] = evaluateBudgets(
  { 'bytes-static': ratio(page.total, floor.total) },
  BUDGETS.filter((b) => b.ci),
);
if (!budget) throw new Error('no byte budget to check');
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
for (const file of page.files) console.log(`  ${kb(file.bytes).padStart(9)}  ${file.path}`);
console.log(
  `${budget.label}: ${kb(page.total)} / ${kb(floor.total)} = ${budget.value}× ` +
    `(budget ≤ ${budget.limit}×): ${budget.ok ? 'met' : 'NOT MET'}`,
);
if (!budget.ok) process.exitCode = 1;
