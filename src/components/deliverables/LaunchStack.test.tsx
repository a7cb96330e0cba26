import { bundledCatalog as catalog } from '../../catalog/bundled';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildDeployment } from '../../core/deploy/deployment';
import { DEFAULT_ROLE_INPUTS } from '../../core/role';
import { readTemplateBaseUrl } from '../../lib/template-base-url';
import { LaunchStack } from './LaunchStack';

const base = readTemplateBaseUrl('https://ops-bucket.s3.amazonaws.com/cloudcraft/')!;

function query(link: HTMLElement): URLSearchParams {
  const hash = new URL(link.getAttribute('href') ?? '').hash;
  return new URLSearchParams(hash.slice(hash.indexOf('?') + 1));
}

describe('LaunchStack', () => {
  it('links to the quick-create page for the deployment, in a new tab, and says the External ID is missing', () => {
    const deployment = buildDeployment(
      catalog,
      ['ec2', 's3'],
      'custom-20230818',
      'exact',
      DEFAULT_ROLE_INPUTS,
    );
    render(<LaunchStack deployment={deployment} base={base} />);
    const link = screen.getByRole('link', { name: 'Launch Stack' });
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(link).toHaveAccessibleDescription(/External ID is not filled in yet/);
    expect(query(link).get('templateURL')).toBe(
      'https://ops-bucket.s3.amazonaws.com/cloudcraft/cloudcraft-role-custom-20230818-exact.yaml',
    );
    expect(query(link).get('param_IncludeS3')).toBe('true');
    expect(query(link).get('param_IncludeLambda')).toBe('false');
  });

  it('changes the region from us-east-1 when another is picked', async () => {
    const role = { ...DEFAULT_ROLE_INPUTS, externalId: 'abc-123' };
    render(
      <LaunchStack
        deployment={buildDeployment(catalog, [], 'minimal-2025-01', 'published', role)}
        base={base}
      />,
    );
    const link = screen.getByRole('link', { name: 'Launch Stack' });
    expect(link.getAttribute('href')).toContain('?region=us-east-1#');
    expect(link).not.toHaveAccessibleDescription(/External ID is not filled in/);
    await userEvent.click(screen.getByRole('combobox', { name: 'Stack region' }));
    await userEvent.click(
      within(screen.getByRole('listbox')).getByRole('option', { name: /^eu-west-2 / }),
    );
    expect(link.getAttribute('href')).toContain('?region=eu-west-2#');
  });
});

describe('readTemplateBaseUrl', () => {
  it('turns the link off without a value or with an unusable one', () => {
    expect(readTemplateBaseUrl(undefined)).toBeUndefined();
    expect(readTemplateBaseUrl('')).toBeUndefined();
    expect(readTemplateBaseUrl('https://example.com/t/')).toBeUndefined();
    expect(base.url).toBe('https://ops-bucket.s3.amazonaws.com/cloudcraft/');
  });
});
