import { describe, expect, it } from 'vitest';
import { bundledCatalog } from '../catalog/bundled';
import { fixtureCatalog as catalog } from '../test/fixture-catalog';
import { buildPolicy, buildPolicyDocument } from './policy';
import { fitPolicy } from './policy-parts';
import { renderPolicyJson } from './render-policy-json';
import { clearSelection, selectAll } from './selection';

describe('buildPolicy', () => {
  it('always holds EC2, even from an empty selection', () => {
    const model = buildPolicy(catalog, [], 'custom-20230818', { mode: 'published' });
    expect(model.serviceIds).toEqual(['ec2']);
    expect(renderPolicyJson(buildPolicyDocument(model.grants))).toBe(
      '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Effect": "Allow",\n      "Action": [\n        "ec2:Describe*"\n      ],\n      "Resource": "*"\n    }\n  ]\n}\n',
    );
  });

  it('expands wildcards to the exact actions in exact mode', () => {
    const model = buildPolicy(catalog, ['s3'], 'custom-2018-06-01', { mode: 'exact' });
    const s3 = model.grants.find((g) => g.serviceId === 's3');
    expect(s3?.actions).toContain('s3:ListAllMyBuckets');
    expect(s3?.actions).toContain('s3:GetBucketAcl');
    expect(s3?.actions.some((a) => a.includes('*'))).toBe(false);
    const levels = new Set(model.exactActions.map((a) => catalog.accessLevelOf(a)));
    expect([...levels].sort()).toEqual(['List', 'Read']);
  });

  it('leaves out services the edition does not offer, and says which', () => {
    const model = buildPolicy(catalog, ['ec2', 'ses', 's3'], 'minimal-2025-01', {
      mode: 'published',
    });
    expect(model.serviceIds).toEqual(['ec2', 's3']);
    expect(model.unavailableServiceIds).toEqual(['ses']);
  });

  it("keeps the minimal edition's resource-scoped API Gateway statement first", () => {
    const document = buildPolicyDocument(
      buildPolicy(catalog, ['apigateway'], 'minimal-2025-01', { mode: 'exact' }).grants,
    );
    expect(document.Statement).toHaveLength(2);
    expect(document.Statement[0]).toEqual({
      Effect: 'Allow',
      Action: ['apigateway:GET'],
      Resource: [
        'arn:aws:apigateway:*::/apis',
        'arn:aws:apigateway:*::/apis/*',
        'arn:aws:apigateway:*::/domainnames',
        'arn:aws:apigateway:*::/domainnames/*/apimappings',
        'arn:aws:apigateway:*::/domainnames/*/basepathmappings',
        'arn:aws:apigateway:*::/restapis',
        'arn:aws:apigateway:*::/restapis/*',
        'arn:aws:apigateway:*::/tags/*',
      ],
    });
    expect(document.Statement[1]?.Resource).toBe('*');
  });

  it('never emits the patterns an edition publishes in error', () => {
    const model = buildPolicy(catalog, ['rds'], 'custom-20230818', { mode: 'published' });
    expect(model.grants.flatMap((g) => g.actions)).not.toContain('neptune:Describe*');
  });

  it('minifies without any white space', () => {
    const model = buildPolicy(catalog, clearSelection(catalog), 'custom-2018-06-01', {
      mode: 'published',
    });
    expect(renderPolicyJson(buildPolicyDocument(model.grants), { minify: true })).toBe(
      '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["ec2:Describe*"],"Resource":"*"}]}',
    );
  });
});

describe('fitting', () => {
  it.each([
    ['custom-2018-06-01', 'exact', 12186, 2],
    ['custom-20230818', 'exact', 12207, 3],
    ['minimal-2025-01', 'published', 1640, 1],
  ] as const)('%s %s measures %i characters in %i part(s)', (editionId, mode, size, parts) => {
    const fitted = fitPolicy(buildPolicy(catalog, selectAll(catalog), editionId, { mode }));
    expect(fitted.size).toBe(size);
    expect(fitted.parts).toHaveLength(parts);
  });
});

/** The published editions' sizes do not depend on AWS's data: the reference README measured them. */
describe('published sizes of the bundled editions', () => {
  it.each([
    ['custom-2018-06-01', 805],
    ['custom-20230818', 1290 - '"neptune:Describe*","neptune:List*",'.length],
    ['minimal-2025-01', 4438],
  ] as const)('%s measures %i characters in one policy', (editionId, size) => {
    const all = selectAll(bundledCatalog);
    const fitted = fitPolicy(buildPolicy(bundledCatalog, all, editionId, { mode: 'published' }));
    expect(fitted.size).toBe(size);
    expect(fitted.parts).toHaveLength(1);
  });
});
