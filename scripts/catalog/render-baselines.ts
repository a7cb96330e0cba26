/**
 * Serialises the baselines deterministically and compactly: one line per curated read, per policy
 * field and per service, so a data update shows up in a diff as the lines that changed.
 */
import type { Baseline, BaselinesData } from '../../src/catalog/baselines';

const entry = (indent: string, key: string, value: unknown): string =>
  `${indent}${JSON.stringify(key)}: ${JSON.stringify(value)}`;

function renderBaseline(baseline: Baseline): string {
  const { services, ...fields } = baseline;
  const lines = Object.entries(fields).map(([key, value]) => entry('      ', key, value));
  const serviceLines = Object.entries(services).map(([p, counts]) => entry('        ', p, counts));
  return [
    '    {',
    `${lines.join(',\n')},`,
    '      "services": {',
    serviceLines.join(',\n'),
    '      }',
    '    }',
  ].join('\n');
}

/** The text of src/catalog/generated/baselines.json. */
export function renderBaselines(data: BaselinesData): string {
  const reads = Object.entries(data.dataReads).map(([a, reason]) => entry('    ', a, reason));
  return [
    '{',
    entry('  ', 'generatedBy', data.generatedBy) + ',',
    entry('  ', 'actionData', data.actionData) + ',',
    entry('  ', 'policyData', data.policyData) + ',',
    '  "dataReads": {',
    reads.join(',\n'),
    '  },',
    '  "baselines": [',
    data.baselines.map(renderBaseline).join(',\n'),
    '  ]',
    '}',
    '',
  ].join('\n');
}
