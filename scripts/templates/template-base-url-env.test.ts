import { describe, expect, it } from 'vitest';
import { templateBaseUrlProblem } from './template-base-url-env';

const files = ['cloudcraft-role-minimal-2025-01-published.yaml'];

describe('templateBaseUrlProblem', () => {
  it('accepts no value (no Launch Stack link) and an S3 prefix URL', () => {
    expect(templateBaseUrlProblem(undefined, files)).toBeUndefined();
    expect(templateBaseUrlProblem('  ', files)).toBeUndefined();
    expect(templateBaseUrlProblem('https://b-1.s3.amazonaws.com/t/', files)).toBeUndefined();
  });

  it('names the variable and the problem for anything else', () => {
    expect(templateBaseUrlProblem('https://example.com/t/', files)).toMatch(
      /^VITE_TEMPLATE_BASE_URL: "example\.com" is not an Amazon S3 host/,
    );
    expect(
      templateBaseUrlProblem(`https://b-1.s3.amazonaws.com/${'x'.repeat(1000)}/`, files),
    ).toMatch(/^VITE_TEMPLATE_BASE_URL: The template URL .* at most 1024/);
  });
});
