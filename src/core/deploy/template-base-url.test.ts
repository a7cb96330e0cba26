import { describe, expect, it } from 'vitest';
import { parseTemplateBaseUrl, templateFileUrl } from './template-base-url';

describe('parseTemplateBaseUrl', () => {
  it.each([
    [
      'https://my-bucket.s3.amazonaws.com/cloudcraft/',
      'https://my-bucket.s3.amazonaws.com/cloudcraft/',
      'my-bucket',
      'cloudcraft/',
    ],
    [
      'https://my-bucket.s3.eu-west-1.amazonaws.com/a/b',
      'https://my-bucket.s3.eu-west-1.amazonaws.com/a/b/',
      'my-bucket',
      'a/b/',
    ],
    ['https://my-bucket.s3.amazonaws.com', 'https://my-bucket.s3.amazonaws.com/', 'my-bucket', ''],
    [
      'https://s3.us-east-2.amazonaws.com/my.dotted.bucket/templates/',
      'https://s3.us-east-2.amazonaws.com/my.dotted.bucket/templates/',
      'my.dotted.bucket',
      'templates/',
    ],
    [
      'https://s3.amazonaws.com/bucket-1/x//y',
      'https://s3.amazonaws.com/bucket-1/x/y/',
      'bucket-1',
      'x/y/',
    ],
    [
      '  https://MY-BUCKET.S3.AMAZONAWS.COM/Prefix/  ',
      'https://my-bucket.s3.amazonaws.com/Prefix/',
      'my-bucket',
      'Prefix/',
    ],
  ])('accepts %s', (input, url, bucket, prefix) => {
    expect(parseTemplateBaseUrl(input)).toEqual({ ok: true, value: { url, bucket, prefix } });
  });

  it.each([
    ['', /is not a URL/],
    ['my-bucket/templates', /is not a URL/],
    ['http://my-bucket.s3.amazonaws.com/t/', /not an https URL/],
    ['https://example.com/templates/', /not an Amazon S3 host/],
    ['https://raw.githubusercontent.com/o/r/main/t/', /not an Amazon S3 host/],
    [
      'https://my-bucket.s3-eu-west-1.amazonaws.com/t/',
      /legacy dash-region form.*; use my-bucket\.s3\.eu-west-1\.amazonaws\.com\./,
    ],
    ['https://s3-eu-west-1.amazonaws.com/b/t/', /legacy dash-region/],
    ['https://my.bucket.s3.amazonaws.com/t/', /path-style form/],
    ['https://s3.amazonaws.com/', /names no bucket/],
    ['https://s3.amazonaws.com/Upper_Case/t/', /not an S3 bucket name/],
    ['https://ab.s3.amazonaws.com/t/', /not an S3 bucket name/],
    ['https://my-bucket.s3.amazonaws.com/t/?x=1', /query or fragment/],
    ['https://my-bucket.s3.amazonaws.com:8443/t/', /port/],
    ['https://user:pw@my-bucket.s3.amazonaws.com/t/', /user/],
    ['https://my-bucket.s3.amazonaws.com.cn/t/', /not an Amazon S3 host/],
    ['https://my-bucket.s3-accelerate.amazonaws.com/t/', /not an Amazon S3 host/],
  ])('refuses %j with a clear message naming the forms that work', (input, why) => {
    const result = parseTemplateBaseUrl(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(why);
    expect(result.error).toContain('https://BUCKET.s3.REGION.amazonaws.com/PREFIX/');
  });
});

describe('templateFileUrl', () => {
  it('appends the file name to the normalised base', () => {
    const parsed = parseTemplateBaseUrl('https://b-1.s3.amazonaws.com/p');
    if (!parsed.ok) throw new Error(parsed.error);
    expect(templateFileUrl(parsed.value, 'cloudcraft-role-minimal-2025-01-exact.yaml')).toBe(
      'https://b-1.s3.amazonaws.com/p/cloudcraft-role-minimal-2025-01-exact.yaml',
    );
  });

  it('refuses a URL longer than the 1,024 characters CreateStack takes', () => {
    const parsed = parseTemplateBaseUrl(`https://b-1.s3.amazonaws.com/${'p'.repeat(990)}/`);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(() =>
      templateFileUrl(parsed.value, 'cloudcraft-role-minimal-2025-01-exact.yaml'),
    ).toThrow(/at most 1024/);
  });
});
