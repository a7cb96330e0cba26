import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Where `npm run build` puts the page. */
export const PAGE_DIST = fileURLToPath(new URL('../../dist', import.meta.url));
/** Where the floor page is built (see bench/floor.vite.config.ts). */
export const FLOOR_DIST = fileURLToPath(new URL('../floor/dist', import.meta.url));

const run = (command: string, args: string[]) =>
  execFileSync(command, args, { cwd: ROOT, stdio: 'inherit' });

/** Builds the page as `npm run build` does (catalog check, typecheck, Vite). */
export function buildPage(): void {
  run('npm', ['run', 'build']);
}

/** Builds the floor page with the same Vite, plugins and build options. */
export function buildFloor(): void {
  run('npx', ['vite', 'build', '--config', 'bench/floor.vite.config.ts']);
}
