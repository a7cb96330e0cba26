import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ActionIndexData } from '../../catalog/action-index';
import { DEFAULT_CHOICES } from '../../store/choices';
import { useConfigStore } from '../../store/config-store';
import { editionPolicyText } from '../../test/edition-policy';
import { fixtureCatalog } from '../../test/fixture-catalog';
import { NoticeBar } from '../layout/NoticeBar';
import AuditPanel from './AuditPanel';

// The panel runs on the fixture catalog and action index, so an AWS data bump changes nothing here.
vi.mock('../../catalog/bundled', async () => ({
  bundledCatalog: (await import('../../test/fixture-catalog')).fixtureCatalog,
}));
vi.mock('../../catalog/action-index', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../catalog/action-index')>();
  // The fixture's own loader imports this module, so build the index here from its data.
  const data = (await import('../../test/fixture-action-index.json')).default;
  const index = original.createActionIndex(data as unknown as ActionIndexData);
  return { ...original, loadActionIndex: () => Promise.resolve(index) };
});

const INVALID =
  '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {"Effect": "Allow" "Action": "*"}\n  ]\n}';
const CHOSEN = ['ec2', 'lambda', 's3'];
const POLICY_MINIMAL = editionPolicyText(fixtureCatalog, 'minimal-2025-01');
const POLICY_2018 = editionPolicyText(fixtureCatalog, 'custom-2018-06-01');

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
    await auditText(user, POLICY_MINIMAL);
    expect(screen.getByRole('combobox', { name: /Audit against edition/ })).toHaveTextContent(
      'Cloudcraft custom 20230818',
    );
    const findings = screen.getByRole('list', { name: 'Findings' });
    expect(within(findings).getByText(/lacks 248 actions/)).toBeInTheDocument();
    expect(within(findings).getAllByText('Warning').length).toBeGreaterThan(0);
    const covered = screen.getByRole('list', { name: 'Services the policy covers' });
    expect(within(covered).getAllByRole('listitem')).toHaveLength(5);
    expect(within(covered).getByText(/^Amazon API Gateway: fully covered/)).toBeInTheDocument();
    expect(within(covered).getByText(/^AWS Lambda: partly covered/)).toBeInTheDocument();
    expect(screen.getByText(/^Not covered, so Cloudcraft skips them \(2\)/)).toHaveTextContent(
      'Amazon SES',
    );
    const summary = screen.getByText(/^Audit against Cloudcraft custom 20230818: 0 errors/);
    expect(summary).toHaveAttribute('role', 'status');
    expect(summary).toHaveTextContent("3 notes. It covers 5 of the edition's 7 services");
    await user.click(
      screen.getByRole('button', { name: 'Show 4 actions reading data or secrets' }),
    );
    const reads = screen.getByRole('list', { name: 'Actions reading data or secrets' });
    expect(within(reads).getAllByText('Reads data or secrets')).toHaveLength(4);
    expect(useConfigStore.getState().selection).toEqual(CHOSEN);
  });

  it('re-audits against another edition without changing the page', async () => {
    const user = renderPanel();
    await auditText(user, POLICY_2018);
    await user.click(screen.getByRole('combobox', { name: /Audit against edition/ }));
    await user.click(screen.getByRole('option', { name: 'Cloudcraft minimal 2025-01' }));
    expect(
      await screen.findByText(/^Audit against Cloudcraft minimal 2025-01/, {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.getByText(/339 actions Cloudcraft minimal 2025-01 does not use/)).toBeVisible();
    expect(useConfigStore.getState().editionId).toBe('custom-20230818');
    expect(useConfigStore.getState().selection).toEqual(CHOSEN);
  });

  it('“Use these services” sets the selection, notifies, and shows the upgrade', async () => {
    const user = renderPanel();
    await auditText(user, POLICY_MINIMAL);
    await user.click(screen.getByRole('button', { name: 'Use these services' }));
    expect(useConfigStore.getState().selection).toEqual([
      'ec2',
      'lambda',
      'apigateway',
      's3',
      'rds',
    ]);
    expect(useConfigStore.getState().editionId).toBe('custom-20230818');
    expect(useConfigStore.getState().notice?.message).toMatch(/^Selection updated from the audit/);
    expect(screen.getByText(/adds 248 actions and removes 1 action\b/)).toBeInTheDocument();
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

    const file = new File([POLICY_2018], 'policy.json', { type: 'application/json' });
    fireEvent.drop(area, { dataTransfer: { types: ['Files'], files: [file] } });
    expect(
      await screen.findByRole('heading', { name: 'Audit results' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(area).toHaveValue(POLICY_2018);
  });
});
