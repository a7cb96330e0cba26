import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureActionIndex as index } from '../../test/fixture-action-index';
import { fixtureCatalog as catalog } from '../../test/fixture-catalog';
import { propertyRuns } from '../../test/property-runs';
import {
  renderNarrowedDetailsCommand,
  renderRoleCommands,
} from '../audit/account/account-commands';
import { renderFetchPolicyCommands } from '../audit/account/policy-arn';
import { renderMoveOffScript } from '../audit/account/render-move-off';
import { analysePolicy } from '../audit/analysis/analyse-policy';
import { renderUpgradeCli } from '../audit/analysis/render-upgrade-cli';
import { buildUpgrade } from '../audit/analysis/upgrade';
import { parsePolicyInput } from '../audit/policy/parse-policy';
import { renderOrgRollout } from '../org/render-org-rollout';
import { renderRegisterAccounts } from '../org/render-register-accounts';
import type { PolicyMode } from '../policy';
import { buildDeployment } from './deployment';
import { renderCliScript } from './render-cli';
import { renderVerifyScript } from './render-verify';

/**
 * The AWS CLI reads `--role-name -x` as two options and fails half-way; `--role-name=-x` is one.
 * Every option that takes a value must get it in that form, whatever the value: these are the
 * exceptions, each with why.
 */
const ALLOWED_SEPARATE = new Set([
  // A list: the catalog's `service:Action` names, none of which starts with `-`.
  '--action-names',
]);
/** Options that take no value. */
const FLAGS = new Set(['--set-as-default']);

/** Splits a shell line into words, keeping quoted parts whole; stops at `)`, `;`, `|` or `>`. */
function words(line: string): string[] {
  const found: string[] = [];
  const word = /(?:'[^']*'|"(?:[^"\\]|\\.)*"|\\.|[^\s'")|;>])+/gy;
  let at = 0;
  while (at < line.length) {
    if (/\s/.test(line[at] ?? '')) {
      at += 1;
      continue;
    }
    word.lastIndex = at;
    const match = word.exec(line);
    if (!match) break;
    found.push(match[0]);
    at = word.lastIndex;
  }
  return found;
}

/**
 * Each `aws ...` command of a script (commented examples too), continuation lines joined; the
 * rollout's `stack_sets` function is `aws cloudformation` with the region and caller added.
 */
function awsCommands(script: string): string[][] {
  const lines = script
    .replace(/\\\n(#)?\s*/g, ' ')
    .split('\n')
    .map((l) => l.replace(/^#\s*/, ''));
  return lines.flatMap((line) =>
    [...line.matchAll(/(?:^|\$\(|\s)(aws|stack_sets) (?=[a-z])/g)].map((m) =>
      words(line.slice((m.index ?? 0) + m[0].length - (m[1] ?? '').length - 1)),
    ),
  );
}

/** `--name value` pairs a script passes with the value as a separate word. */
function spacedValues(script: string): string[] {
  return awsCommands(script).flatMap((command) =>
    command.flatMap((word, i) => {
      const next = command[i + 1];
      const separate = /^--[a-z-]+$/.test(word) && !FLAGS.has(word) && !ALLOWED_SEPARATE.has(word);
      return separate && next !== undefined && !next.startsWith('--') ? [`${word} ${next}`] : [];
    }),
  );
}

const modes: PolicyMode[] = ['published', 'exact'];
const choices = fc.record({
  editionId: fc.constantFrom(...catalog.editions.map((e) => e.id)),
  mode: fc.constantFrom(...modes),
  selection: fc.subarray(catalog.services.map((s) => s.id)),
  externalId: fc.constantFrom('', '-x', 'abc'),
});

describe('AWS CLI options in generated scripts', () => {
  it('finds a value given as a separate word', () => {
    expect(spacedValues('aws iam get-role --role-name "$role_name" --output=text\n')).toEqual([
      '--role-name "$role_name"',
    ]);
    expect(spacedValues("x=$(aws iam get-role \\\n  --role-name '-a')\n")).toEqual([
      "--role-name '-a'",
    ]);
    expect(spacedValues('#   aws s3 ls --page-size 5\n')).toEqual(['--page-size 5']);
    expect(spacedValues('aws iam get-role --role-name="$role_name" --output=text\n')).toEqual([]);
  });

  it('pass every value as --option=value in the setup, verification and organization scripts', () => {
    fc.assert(
      fc.property(choices, ({ editionId, mode, selection, externalId }) => {
        const role = { roleName: '-r', accountId: '968898580625', externalId };
        const deployment = buildDeployment(catalog, selection, editionId, mode, role);
        const scripts = [
          renderCliScript,
          renderVerifyScript,
          renderOrgRollout,
          renderRegisterAccounts,
          (d: typeof deployment) =>
            renderMoveOffScript(d, '-r', ['ReadOnlyAccess', 'SecurityAudit']),
        ];
        for (const script of scripts.map((render) => render(deployment))) {
          expect(awsCommands(script).length).toBeGreaterThan(2);
          expect(spacedValues(script)).toEqual([]);
        }
      }),
      { numRuns: propertyRuns(30) },
    );
  });

  it('pass every value as --option=value in the upgrade script', () => {
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: ['ec2:Describe*', 's3:List*'], Resource: '*' }],
    });
    const upgrade = buildUpgrade(
      catalog,
      analysePolicy(catalog, parsePolicyInput(policy), index, 'custom-20230818'),
      'custom-20230818',
      'exact',
    );
    for (const options of [{}, { policyArn: 'arn:aws:iam::123456789012:policy/-p' }]) {
      const script = renderUpgradeCli(upgrade, options);
      expect(awsCommands(script).length).toBeGreaterThan(3);
      expect(spacedValues(script)).toEqual([]);
    }
  });
});

describe("AWS CLI options in the audit's commands", () => {
  it('pass every value as --option=value in the commands that print what a role has', () => {
    const arn = 'arn:aws:iam::123456789012:policy/-p';
    const role = renderRoleCommands('-r');
    const commands = [
      renderNarrowedDetailsCommand('968898580625'),
      role.attached,
      role.inlineNames,
      role.inline,
      ...renderFetchPolicyCommands(arn),
    ].join('\n');
    expect(awsCommands(commands)).toHaveLength(6);
    expect(spacedValues(commands)).toEqual([]);
  });
});
