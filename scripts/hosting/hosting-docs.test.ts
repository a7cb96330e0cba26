import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  HASHED_ASSET_CACHE,
  recommendedHeaders,
  SECURITY_HEADERS,
  UNHASHED_CACHE,
} from './response-headers';

const readme = readFileSync('README.md', 'utf8');
const hostIt = readme.slice(readme.indexOf('## Host it'), readme.indexOf('## Requirements'));

describe('the README\'s "Host it" section', () => {
  it('recommends exactly the headers the build, preview and tests use', () => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(hostIt).toContain(`| \`${name}\``);
      expect(hostIt).toContain(`\`${value}\``);
    }
    expect(hostIt).toContain(`\`${HASHED_ASSET_CACHE}\` for \`assets/*\``);
    expect(hostIt).toContain(`\`${UNHASHED_CACHE}\` for everything else`);
  });

  it('caches only hashed assets for long', () => {
    expect(recommendedHeaders('assets/index-Cv-Eui-f.css')['Cache-Control']).toBe(
      HASHED_ASSET_CACHE,
    );
    expect(recommendedHeaders('index.html')['Cache-Control']).toBe(UNHASHED_CACHE);
    expect(
      recommendedHeaders('templates/cloudcraft-role-minimal-2025-01-exact.yaml')['Cache-Control'],
    ).toBe(UNHASHED_CACHE);
  });
});

describe('the GitHub Pages workflow', () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const workflow: any = parse(readFileSync('.github/workflows/pages.yml', 'utf8'));
  const steps: { uses?: string; run?: string; with?: Record<string, unknown> }[] = [
    ...workflow.jobs.build.steps,
    ...workflow.jobs.deploy.steps,
  ];

  it("builds with the README's commands on Node 20 and uploads dist/", () => {
    const build = steps.find((s) => s.run)?.run;
    expect(build).toBe('npm ci && npm run build');
    expect(hostIt).toContain(build);
    expect(
      steps.find((s) => s.uses?.startsWith('actions/setup-node@'))?.with?.['node-version'],
    ).toBe(20);
    expect(
      steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'))?.with?.path,
    ).toBe('dist');
  });

  it('uses the official Pages actions and gives publishing rights to the deploy job only', () => {
    const actions = steps.map((s) => s.uses?.split('@')[0]).filter(Boolean);
    expect(actions).toEqual([
      'actions/checkout',
      'actions/setup-node',
      'actions/configure-pages',
      'actions/upload-pages-artifact',
      'actions/deploy-pages',
    ]);
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(workflow.jobs.deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(workflow.concurrency.group).toBe('pages');
  });
});
