import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ActionIndexData } from '../../catalog/action-index';
import { DEFAULT_CHOICES } from '../../store/choices';
import { useConfigStore } from '../../store/config-store';
import AuditPanel from './AuditPanel';

// The panel runs on the fixture catalog, action index and baseline documents.
vi.mock('../../catalog/bundled', async () => ({
  bundledCatalog: (await import('../../test/fixture-catalog')).fixtureCatalog,
}));
vi.mock('../../catalog/action-index', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../catalog/action-index')>();
  const data = (await import('../../test/fixture-action-index.json')).default;
  const index = original.createActionIndex(data as unknown as ActionIndexData);
  return { ...original, loadActionIndex: () => Promise.resolve(index) };
});
vi.mock('../../catalog/baseline-documents', async () => {
  const { fixtureBaselineDocuments } = await import('../../test/fixture-baseline-documents');
  const data = { generatedBy: 'fixture', policyData: { package: 'x', version: '0' } };
  return {
    loadBaselineDocuments: () => Promise.resolve({ ...data, documents: fixtureBaselineDocuments }),
  };
});

const CUSTOM = 'arn:aws:iam::123456789012:policy/Cloudcraft';
const allow = (action: string) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }],
});
const role = (name: string, account: string, attached: string[], inline = false) => ({
  RoleName: name,
  Arn: `arn:aws:iam::123456789012:role/${name}`,
  AssumeRolePolicyDocument: {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${account}:root` },
        Action: 'sts:AssumeRole',
      },
    ],
  },
  RolePolicyList: inline
    ? [{ PolicyName: 'ec2-only', PolicyDocument: allow('ec2:Describe*') }]
    : [],
  AttachedManagedPolicies: attached.map((arn) => ({
    PolicyName: arn.split('/').pop(),
    PolicyArn: arn,
  })),
});
const DETAILS = JSON.stringify({
  RoleDetailList: [
    role('cloudcraft', '968898580625', ['arn:aws:iam::aws:policy/ReadOnlyAccess', CUSTOM]),
    role('admin', '111122223333', ['arn:aws:iam::aws:policy/AdministratorAccess']),
    role('cloudcraft-ec2', '968898580625', [], true),
  ],
  Policies: [],
});

beforeEach(() => {
  useConfigStore.setState({ ...DEFAULT_CHOICES, editionId: 'custom-20230818', notice: null });
});

async function auditText(text: string) {
  const user = userEvent.setup();
  render(<AuditPanel />);
  const area = screen.getByRole('textbox', { name: 'Policy to audit' });
  await user.click(area);
  await user.paste(text);
  await user.click(screen.getByRole('button', { name: 'Audit' }));
  await screen.findByRole('heading', { name: 'Audit results' }, { timeout: 10_000 });
  return user;
}

const status = () => screen.getByText(/^Audit/, { selector: '[role="status"]' });

describe('AuditPanel on what accounts have', { timeout: 30_000 }, () => {
  it('audits each role that trusts Cloudcraft, one shown at a time, with the move off ReadOnlyAccess', async () => {
    const user = await auditText(DETAILS);
    expect(status()).toHaveTextContent(
      /^Audit of role cloudcraft against Cloudcraft custom 20230818: 0 errors, 3 warnings, 3 notes\. It covers 7 of/,
    );
    expect(
      screen.getByText(
        /read as aws iam get-account-authorization-details output, role cloudcraft\./,
      ),
    ).toBeInTheDocument();
    const policies = screen.getByRole('list', { name: 'Policies of role cloudcraft' });
    expect(
      within(policies)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'ReadOnlyAccess, AWS managed v188 as this page holds it: statement 1',
      'Cloudcraft, customer managed, not read',
    ]);
    expect(
      screen.getByRole('button', { name: 'Copy get-policy-version command for Cloudcraft' }),
    ).toBeInTheDocument();
    const script = screen.getByRole('region', { name: 'Move off ReadOnlyAccess, script' });
    expect(script).toHaveTextContent("role_name='cloudcraft'");
    expect(script.textContent).toMatch(/put_policy 'Cloudcraft'[^]*detach 'ReadOnlyAccess' '\/'/);
    expect(
      screen.getByRole('button', {
        name: 'Download script that moves role cloudcraft off ReadOnlyAccess as move-off-readonlyaccess.sh',
      }),
    ).toBeInTheDocument();

    const select = screen.getByRole('combobox', { name: 'Role to show' });
    expect(
      screen.getByText(
        /^2 roles trust Cloudcraft’s account 968898580625: cloudcraft, cloudcraft-ec2\./,
      ),
    ).toBeInTheDocument();
    await user.click(select);
    await user.click(screen.getByRole('option', { name: 'cloudcraft-ec2' }));
    expect(status()).toHaveTextContent(/^Audit of role cloudcraft-ec2 against/);
    expect(
      within(screen.getByRole('list', { name: 'Policies of role cloudcraft-ec2' })).getByRole(
        'listitem',
      ),
    ).toHaveTextContent('ec2-only, inline from the pasted output: statement 1');
    expect(screen.queryByRole('heading', { name: /^Move off/ })).toBeNull();
    expect(useConfigStore.getState().selection).toEqual(DEFAULT_CHOICES.selection);
  });

  it('reads a bare ReadOnlyAccess as the role on the page having it', async () => {
    useConfigStore.getState().setRole({ roleName: 'scanner' });
    await auditText('arn:aws:iam::aws:policy/ReadOnlyAccess');
    expect(status()).toHaveTextContent(/^Audit of role scanner against/);
    expect(screen.getByText(/read as managed policy ARNs\./)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Move off ReadOnlyAccess' })).toBeInTheDocument();
    expect(
      screen.getByText(
        /The pasted output does not name the role: the script uses the role name under Role setup\./,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('region', { name: 'Move off ReadOnlyAccess, script' }),
    ).toHaveTextContent("role_name='scanner'");
  });

  it('says so when no role trusts the page’s Cloudcraft account, naming those it saw', async () => {
    useConfigStore.getState().setRole({ accountId: '444455556666' });
    await auditText(DETAILS);
    expect(status()).toHaveTextContent(
      /^Audit: 1 error, 0 warnings, 0 notes\. Nothing was audited: None of the 3 roles in this output \(cloudcraft, admin, cloudcraft-ec2\) trusts Cloudcraft's account 444455556666/,
    );
    expect(screen.queryByRole('combobox', { name: 'Role to show' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Services it covers' })).toBeNull();
  });

  it('shows the commands that print what the page’s role has', async () => {
    const user = userEvent.setup();
    useConfigStore.getState().setRole({ roleName: 'scanner' });
    render(<AuditPanel />);
    await user.click(screen.getByRole('button', { name: /^What to paste/ }));
    expect(
      screen.getByText(/^aws iam get-account-authorization-details --filter=/),
    ).toHaveTextContent('`"968898580625"`');
    expect(
      screen.getByText("aws iam list-attached-role-policies --role-name='scanner' --output=json"),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Copy get-role-policy command' }),
    ).toBeInTheDocument();
  });
});
