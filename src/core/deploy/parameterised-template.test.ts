import { bundledCatalog as catalog } from '../../catalog/bundled';
import { fixtureCatalog } from '../../test/fixture-catalog';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { PolicyMode } from '../policy';
import { MANAGED_POLICY_LIMIT } from '../policy-parts';
import {
  buildAnyCondition,
  listIncludeServices,
  MAX_CONDITIONS_PER_OR,
} from './include-parameters';
import { buildParameterisedTemplate, planParameterisedTemplate } from './parameterised-template';
import {
  listParameterisedTemplateFiles,
  renderParameterisedTemplate,
} from './render-parameterised-template';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Template = any;

const modes: PolicyMode[] = ['published', 'exact'];
const cases = catalog.editions.flatMap((e) => modes.map((mode) => [e.id, mode] as const));

/** Every `Fn::Or` / `Fn::And` in a value, with its operands. */
function logicalFunctions(value: unknown): unknown[][] {
  const found: unknown[][] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      for (const [key, item] of Object.entries(v)) {
        if (key === 'Fn::Or' || key === 'Fn::And') found.push(item as unknown[]);
        walk(item);
      }
    }
  };
  walk(value);
  return found;
}

/** The condition names an `Fn::Or` tree refers to, in order. */
function leaves(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(leaves);
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 1 && entries[0]![0] === 'Condition') return [String(entries[0]![1])];
    return entries.flatMap(([, v]) => leaves(v));
  }
  return [];
}

describe('buildAnyCondition', () => {
  it.each([2, 3, 10, 11, 19, 25, 100, 101, 250])(
    'covers %i conditions once each with 2 to 10 operands per Fn::Or',
    (count) => {
      const names = Array.from({ length: count }, (_, i) => `C${i}`);
      const body = buildAnyCondition(names);
      expect(leaves(body)).toEqual(names);
      for (const operands of logicalFunctions(body)) {
        expect(operands.length).toBeGreaterThanOrEqual(2);
        expect(operands.length).toBeLessThanOrEqual(MAX_CONDITIONS_PER_OR);
      }
    },
  );

  it('refuses fewer than two conditions, which Fn::Or cannot take', () => {
    expect(() => buildAnyCondition(['Only'])).toThrow(/at least two/);
  });
});

describe.each(cases)('parameterised template, edition %s, mode %s', (editionId, mode) => {
  const template: Template = buildParameterisedTemplate(catalog, editionId, mode);
  const plan = planParameterisedTemplate(catalog, editionId, mode);

  it('has the per-selection parameters with the same validation, and one Include per removable service', () => {
    const { ExternalId, RoleName, CloudcraftAccountId, ...includes } = template.Parameters;
    expect(ExternalId).toMatchObject({ Type: 'String', MinLength: 2, MaxLength: 1224 });
    expect(ExternalId.Default).toBeUndefined();
    expect(ExternalId.NoEcho).toBeUndefined();
    expect(RoleName).toMatchObject({
      Default: 'cloudcraft',
      AllowedPattern: '^[\\w+=,.@-]{1,64}$',
    });
    expect(CloudcraftAccountId).toMatchObject({ Default: '968898580625' });
    const removable = catalog.servicesOfEdition(editionId).filter((s) => !s.required);
    expect(Object.keys(includes)).toHaveLength(removable.length);
    for (const [name, spec] of Object.entries(includes)) {
      expect(name).toMatch(/^Include[A-Za-z0-9]+$/);
      expect(spec).toMatchObject({
        Type: 'String',
        AllowedValues: ['true', 'false'],
        Default: 'true',
      });
    }
    expect(Object.keys(template.Parameters).some((p) => /EC2$/.test(p))).toBe(false);
  });

  it('groups every parameter once and labels each service with its display name', () => {
    const ui = template.Metadata['AWS::CloudFormation::Interface'];
    const grouped = ui.ParameterGroups.flatMap((g: Template) => g.Parameters);
    expect([...grouped].sort()).toEqual(Object.keys(template.Parameters).sort());
    for (const service of listIncludeServices(catalog, editionId)) {
      const name = Object.keys(template.Parameters).find(
        (p) => ui.ParameterLabels[p]?.default === service.name,
      );
      expect(name, service.name).toBeDefined();
    }
  });

  it('fits every part within 6,144 characters with all services in, and needs at most 10 parts', () => {
    expect(plan.parts.length).toBeLessThanOrEqual(10);
    for (const part of plan.fitted.parts)
      expect(part.size).toBeLessThanOrEqual(MANAGED_POLICY_LIMIT);
  });

  it('creates a part unconditionally only when it holds EC2, and attaches each part under its condition', () => {
    const arns = template.Resources.CloudcraftRole.Properties.ManagedPolicyArns;
    expect(arns).toHaveLength(plan.parts.length);
    plan.parts.forEach((part, i) => {
      const resource = template.Resources[part.logicalId];
      const holdsEc2 = part.grants.some((g) => catalog.findService(g.serviceId)?.required);
      expect(resource.Condition === undefined).toBe(holdsEc2);
      expect(arns[i]).toEqual(
        holdsEc2
          ? { Ref: part.logicalId }
          : { 'Fn::If': [resource.Condition, { Ref: part.logicalId }, { Ref: 'AWS::NoValue' }] },
      );
    });
  });

  it('makes every statement of a removable service conditional and none of EC2', () => {
    for (const part of plan.parts) {
      const statements = template.Resources[part.logicalId].Properties.PolicyDocument.Statement;
      expect(statements).toHaveLength(part.grants.length);
      part.grants.forEach((grant, i) => {
        if (catalog.findService(grant.serviceId)?.required)
          expect(statements[i].Effect).toBe('Allow');
        else expect(statements[i]['Fn::If'][0]).toBe(plan.serviceConditions.get(grant.serviceId));
      });
    }
  });

  it('uses only Fn::Or and Fn::And with 2 to 10 operands', () => {
    for (const operands of logicalFunctions(template)) {
      expect(operands.length).toBeGreaterThanOrEqual(2);
      expect(operands.length).toBeLessThanOrEqual(10);
    }
  });

  it('renders YAML and JSON that parse to the same template, within CloudFormation limits', () => {
    const yaml = renderParameterisedTemplate(catalog, editionId, mode, 'yaml');
    const json = renderParameterisedTemplate(catalog, editionId, mode, 'json');
    expect(parse(yaml)).toEqual(template);
    expect(JSON.parse(json)).toEqual(template);
    // A template in S3 may have 1 MB; its description 1,024 bytes.
    expect(new TextEncoder().encode(yaml).length).toBeLessThan(1_000_000);
    expect(new TextEncoder().encode(template.Description).length).toBeLessThanOrEqual(1024);
  });
});

it('names the switches after the services, e.g. IncludeS3 and IncludeElasticLoadBalancing', () => {
  const template: Template = buildParameterisedTemplate(catalog, 'custom-20230818', 'published');
  expect(Object.keys(template.Parameters)).toEqual(
    expect.arrayContaining(['IncludeS3', 'IncludeElasticLoadBalancing', 'IncludeAPIGateway']),
  );
});

it('writes a YAML and a JSON file for every edition and mode', () => {
  const names = listParameterisedTemplateFiles(catalog).map((f) => f.fileName);
  expect(names).toHaveLength(catalog.editions.length * 2 * 2);
  expect(names).toContain('cloudcraft-role-custom-2018-06-01-published.yaml');
  expect(names).toContain('cloudcraft-role-minimal-2025-01-exact.json');
});

it('matches the golden minimal 2025-01 published template', async () => {
  await expect(
    renderParameterisedTemplate(fixtureCatalog, 'minimal-2025-01', 'published', 'yaml'),
  ).toMatchFileSnapshot('__golden__/parameterised.minimal-2025-01.published.yaml');
});
