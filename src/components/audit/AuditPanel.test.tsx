import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadActionIndex } from '../../catalog/action-index';
import { DEFAULT_CHOICES } from '../../store/choices';
import { useConfigStore } from '../../store/config-store';
import { NoticeBar } from '../layout/NoticeBar';
import policy2018 from '../../../reference/policies/cloudcraft-custom-2018-06-01.json?raw';
import AuditPanel from './AuditPanel';

const INVALID =
  '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {"Effect": "Allow" "Action": "*"}\n  ]\n}';
const CHOSEN = ['ec2', 'lambda', 'cassandra'];
const COVERED_2018 = [
  'ec2',
  'autoscaling',
  'lambda',
  'elasticloadbalancing',
  'apigateway',
  'cloudfront',
  'route53',
  's3',
  'elasticfilesystem',
  'rds',
  'dynamodb',
  'elasticache',
  'redshift',
  'es',
  'kinesis',
  'ses',
  'sns',
  'sqs',
  'cloudwatch',
  'tag',
];

// The index is a large JSON module: load it once, outside the tests' time limits.
beforeAll(() => loadActionIndex().then(() => undefined), 60_000);

beforeEach(() => {
  useConfigStore.setState({
    ...DEFAULT_CHOICES,
    editionId: 'custom-20230818',
    selection: CHOSEN,
    notice: null,
  });
});

function renderPanel() {
  render(
    <>
      <NoticeBar />
      <AuditPanel />
    </>,
  );
  return userEvent.setup();
}

async function auditText(user: ReturnType<typeof userEvent.setup>, text: string) {
  const area = screen.getByRole('textbox', { name: 'Policy to audit' });
  await user.clear(area);
  await user.click(area);
  await user.paste(text);
  await user.click(screen.getByRole('button', { name: 'Audit' }));
  return screen.findByRole('heading', { name: 'Audit results' }, { timeout: 10_000 });
}

// jsdom renders the results slowly on a busy machine.
describe('AuditPanel', { timeout: 30_000 }, () => {
  it('shows invalid JSON with its line and column, and leaves the selection alone', async () => {
    const user = renderPanel();
    await auditText(user, INVALID);
    const findings = screen.getByRole('list', { name: 'Findings' });
    const item = within(findings)
      .getByText(/^Invalid JSON/)
      .closest('li') as HTMLElement;
    expect(item).toHaveTextContent('Error');
    expect(item).toHaveTextContent('line 4, column 24');
    expect(screen.queryByRole('button', { name: 'Use these services' })).toBeNull();
    expect(useConfigStore.getState().selection).toEqual(CHOSEN);
    expect(useConfigStore.getState().notice).toBeNull();
  });

  it('audits a pasted policy against the page’s edition and lists what it covers and lacks', async () => {
    const user = renderPanel();
    await auditText(user, policy2018);
    expect(screen.getByRole('combobox', { name: /Audit against edition/ })).toHaveTextContent(
      'Cloudcraft custom 20230818',
    );
    const findings = screen.getByRole('list', { name: 'Findings' });
    expect(within(findings).getByText(/lacks 62 actions/)).toBeInTheDocument();
    expect(within(findings).getAllByText('Warning').length).toBeGreaterThan(0);
    const covered = screen.getByRole('list', { name: 'Services the policy covers' });
    expect(within(covered).getAllByRole('listitem')).toHaveLength(20);
    expect(within(covered).getByText(/^Amazon S3: fully covered/)).toBeInTheDocument();
    expect(within(covered).getByText(/^AWS Lambda: partly covered/)).toBeInTheDocument();
    expect(screen.getByText(/^Not covered, so Cloudcraft skips them \(9\)/)).toHaveTextContent(
      'Amazon Keyspaces',
    );
    const summary = screen.getByText(/^Audit against Cloudcraft custom 20230818: 0 errors/);
    expect(summary).toHaveAttribute('role', 'status');
    expect(summary).toHaveTextContent("1 note. It covers 20 of the edition's 29 services");
    await user.click(
      screen.getByRole('button', { name: 'Show 18 actions reading data or secrets' }),
    );
    const reads = screen.getByRole('list', { name: 'Actions reading data or secrets' });
    expect(within(reads).getAllByText('Reads data or secrets')).toHaveLength(18);
    expect(useConfigStore.getState().selection).toEqual(CHOSEN);
  });

  it('re-audits against another edition without changing the page', async () => {
    const user = renderPanel();
    await auditText(user, policy2018);
    await user.click(screen.getByRole('combobox', { name: /Audit against edition/ }));
    await user.click(screen.getByRole('option', { name: 'Cloudcraft minimal 2025-01' }));
    expect(
      await screen.findByText(/^Audit against Cloudcraft minimal 2025-01/, {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.getByText(/609 actions Cloudcraft minimal 2025-01 does not use/)).toBeVisible();
    expect(useConfigStore.getState().editionId).toBe('custom-20230818');
    expect(useConfigStore.getState().selection).toEqual(CHOSEN);
  });

  it('“Use these services” sets the selection, notifies, and shows the upgrade', async () => {
    const user = renderPanel();
    await auditText(user, policy2018);
    await user.click(screen.getByRole('button', { name: 'Use these services' }));
    expect(useConfigStore.getState().selection).toEqual(COVERED_2018);
    expect(useConfigStore.getState().editionId).toBe('custom-20230818');
    expect(useConfigStore.getState().notice?.message).toMatch(/^Selection updated from the audit/);
    expect(screen.getByText(/adds 62 actions and removes 0 actions/)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Upgrade commands, text' })).toHaveTextContent(
      'aws iam create-policy-version',
    );
    expect(
      screen.getByRole('button', { name: 'Download the new policy as cloudcraft-policy.json' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Download the pasted policy as current-policy.json' }),
    ).toBeInTheDocument();
  });

  it('refuses a file over 1 MB without reading it, and audits a dropped file', async () => {
    const { container } = render(<AuditPanel />);
    const picker = container.querySelector('input[type="file"]') as HTMLInputElement;
    const big = new File(['x'.repeat(1_100_000)], 'big.json', { type: 'application/json' });
    fireEvent.change(picker, { target: { files: [big] } });
    expect(await screen.findByText(/“big.json” is 1.0 MB .* more than the 1 MB/)).toBeVisible();
    const area = screen.getByRole('textbox', { name: 'Policy to audit' });
    expect(area).toHaveValue('');

    const file = new File([policy2018], 'policy.json', { type: 'application/json' });
    fireEvent.drop(area, { dataTransfer: { types: ['Files'], files: [file] } });
    expect(
      await screen.findByRole('heading', { name: 'Audit results' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(area).toHaveValue(policy2018);
  });
});
