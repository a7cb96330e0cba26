import { describe, expect, it } from 'vitest';
import { accessLevelOf } from '../catalog/catalog';
import { buildPolicy, buildPolicyDocument } from './policy';
import { fitPolicy } from './policy-parts';
import { renderPolicyJson } from './render-policy-json';
import { clearSelection, selectAll } from './selection';
import { listEditions } from '../catalog/catalog';

describe('buildPolicy', () => {
  it('always holds EC2, even from an empty selection', () => {
    const model = buildPolicy([], 'custom-20230818', { mode: 'published' });
    expect(model.serviceIds).toEqual(['ec2']);
    expect(renderPolicyJson(buildPolicyDocument(model.grants))).toBe(
      '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Effect": "Allow",\n      "Action": [\n        "ec2:Describe*"\n      ],\n      "Resource": "*"\n    }\n  ]\n}\n',
    );
  });

  it('expands wildcards to the exact actions in exact mode', () => {
    const model = buildPolicy(['s3'], 'custom-2018-06-01', { mode: 'exact' });
    const s3 = model.grants.find((g) => g.serviceId === 's3');
    expect(s3?.actions).toContain('s3:ListAllMyBuckets');
    expect(s3?.actions).toContain('s3:GetBucketAcl');
    expect(s3?.actions.some((a) => a.includes('*'))).toBe(false);
    expect(
      model.exactActions.every((a) => accessLevelOf(a) === 'List' || accessLevelOf(a) === 'Read'),
    ).toBe(true);
  });

  it('leaves out services the edition does not offer, and says which', () => {
    const model = buildPolicy(['ec2', 'ses', 'events'], 'minimal-2025-01', { mode: 'published' });
    expect(model.serviceIds).toEqual(['ec2', 'events']);
    expect(model.unavailableServiceIds).toEqual(['ses']);
  });

  it("keeps the minimal edition's resource-scoped API Gateway statement first", () => {
    const document = buildPolicyDocument(
      buildPolicy(['apigateway'], 'minimal-2025-01', { mode: 'exact' }).grants,
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

  it('minifies without any white space', () => {
    const model = buildPolicy(clearSelection(), 'custom-2018-06-01', { mode: 'published' });
    expect(renderPolicyJson(buildPolicyDocument(model.grants), { minify: true })).toBe(
      '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["ec2:Describe*"],"Resource":"*"}]}',
    );
  });
});

describe('published sizes', () => {
  it.each([
    ['custom-2018-06-01', 'published', 805, 1],
    ['custom-20230818', 'published', 1290 - '"neptune:Describe*","neptune:List*",'.length, 1],
    ['minimal-2025-01', 'published', 4438, 1],
    ['custom-2018-06-01', 'exact', 23320, 4],
    ['custom-20230818', 'exact', 29882, 5],
  ] as const)('%s %s measures %i characters in %i part(s)', (editionId, mode, size, parts) => {
    const fitted = fitPolicy(buildPolicy(selectAll(), editionId, { mode }));
    expect(fitted.size).toBe(size);
    expect(fitted.parts).toHaveLength(parts);
  });

  it('covers every edition', () => {
    expect(listEditions()).toHaveLength(3);
  });
});
