import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderYaml, yamlString, type YamlValue } from './yaml-text';
import { propertyRuns } from '../../test/property-runs';

/** Any string of whole code points, weighted towards characters YAML and JSON treat specially. */
const strings = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.constantFrom(...':#-?&*!|>\'"%@` \n\t\r\\{}[],\u0085\u2028\ufeffyN0.') }),
  fc.constantFrom('yes', 'No', 'null', '~', '2012-10-17', '1e3', '0x1F', '.inf', 'a: b', 'a:'),
);

const values: fc.Arbitrary<YamlValue> = fc.letrec<{ value: YamlValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    strings,
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(strings, tie('value'), { maxKeys: 4 }),
  ),
})).value;

describe('renderYaml', () => {
  it('round-trips any value through a YAML parser', () => {
    fc.assert(
      fc.property(values, (value) => {
        expect(parse(renderYaml(value))).toEqual(value);
      }),
      { numRuns: propertyRuns(2000) },
    );
  });

  it('writes block style with two-space indent, plain scalars where unambiguous', () => {
    const text = renderYaml({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: ['ec2:Describe*'], Resource: '*' }],
      'Fn::Sub': 'arn:${AWS::Partition}:iam::1:root',
      Empty: [],
      Size: 3600,
    });
    expect(text).toBe(
      [
        'Version: "2012-10-17"',
        'Statement:',
        '  - Effect: Allow',
        '    Action:',
        '      - ec2:Describe*',
        '    Resource: "*"',
        'Fn::Sub: "arn:${AWS::Partition}:iam::1:root"',
        'Empty: []',
        'Size: 3600',
        '',
      ].join('\n'),
    );
  });

  it('quotes words YAML 1.1 reads as booleans or null', () => {
    for (const word of ['yes', 'No', 'ON', 'off', 'y', 'true', 'Null', '~']) {
      expect(yamlString(word)).toBe(`"${word}"`);
    }
    expect(yamlString('Cloudcraft')).toBe('Cloudcraft');
  });
});
