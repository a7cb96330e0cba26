import { bundledCatalog } from '../../catalog/bundled';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadBaselines, type BaselinesData } from '../../catalog/baselines';
import { buildPolicy } from '../../core/policy';
import { selectAll } from '../../core/selection';
import { DEFAULT_CHOICES } from '../../store/choices';
import { useConfigStore } from '../../store/config-store';
import { CompareSection } from './CompareSection';

let data: BaselinesData;
beforeAll(async () => {
  data = await loadBaselines();
});

beforeEach(() => {
  useConfigStore.setState({ ...DEFAULT_CHOICES, notice: null });
});

const format = (n: number) => n.toLocaleString('en-US');
const sum = (counts: Record<string, number | undefined>) =>
  Object.values(counts).reduce<number>((n, c) => n + (c ?? 0), 0);

/** The table's cells, keyed by the row header's first line. */
function tableRows(): Record<string, string[]> {
  const table = screen.getByRole('table', { name: 'Actions and data reads, by policy' });
  const rows = within(table).getAllByRole('row').slice(1);
  return Object.fromEntries(
    rows.map((row) => {
      const header = within(row).getByRole('rowheader');
      const name = header.firstChild?.textContent ?? '';
      return [
        name,
        within(row)
          .getAllByRole('cell')
          .map((c) => c.textContent ?? ''),
      ];
    }),
  );
}

async function open() {
  const user = userEvent.setup();
  render(<CompareSection />);
  const button = screen.getByRole('button', { name: 'Show the comparison' });
  expect(button).toHaveAttribute('aria-expanded', 'false');
  expect(screen.queryByRole('table')).not.toBeInTheDocument();
  await user.click(button);
  await screen.findByRole('table', {}, { timeout: 5000 });
  return user;
}

describe('CompareSection', () => {
  it('shows no figures until opened, then our count and each baseline’s', async () => {
    await open();
    const rows = tableRows();
    const ours = buildPolicy(bundledCatalog, selectAll(bundledCatalog), DEFAULT_CHOICES.editionId, {
      mode: 'published',
    });
    expect(rows['This policy']?.[0]).toBe(format(ours.exactActions.length));
    expect(rows['This policy']?.[3]).toBe('0');
    for (const b of data.baselines) {
      const list = b.levels.List ?? 0;
      const read = b.levels.Read ?? 0;
      const total = sum(b.levels);
      expect(rows[b.name]).toEqual(
        [total, list, read, total - list - read, b.dataReads.length].map(format),
      );
    }
  });

  it('draws the same numbers in the chart as in the table', async () => {
    await open();
    const rows = tableRows();
    const chart = screen.getByRole('img', { name: /^Actions granted:/ });
    for (const [name, cells] of Object.entries(rows)) {
      expect(chart.getAttribute('aria-label')).toContain(`${name}, ${cells[0]}`);
    }
    const reads = screen.getByRole('img', { name: /^Reads of data or secrets:/ });
    for (const [name, cells] of Object.entries(rows)) {
      expect(reads.getAttribute('aria-label')).toContain(`${name}, ${cells[4]}`);
    }
  });

  it('follows the edition and the selection as they change', async () => {
    await open();
    act(() => useConfigStore.setState({ editionId: 'custom-20230818' }));
    const wide = buildPolicy(bundledCatalog, selectAll(bundledCatalog), 'custom-20230818', {
      mode: 'published',
    });
    expect(tableRows()['This policy']?.[0]).toBe(format(wide.exactActions.length));
    act(() => useConfigStore.setState({ selection: ['ec2'] }));
    const ec2 = buildPolicy(bundledCatalog, ['ec2'], 'custom-20230818', { mode: 'published' });
    expect(tableRows()['This policy']?.[0]).toBe(format(ec2.exactActions.length));
    expect(screen.getByText(/Cloudcraft custom 20230818/)).toBeInTheDocument();
  });

  it('lists the data reads ReadOnlyAccess grants beyond ours, with reasons', async () => {
    const user = await open();
    await user.click(
      screen.getByRole('button', { name: /^Show the \d+ data reads ReadOnlyAccess/ }),
    );
    const list = screen.getByRole('list', { name: /data reads ReadOnlyAccess grants/ });
    const item = within(list).getByText('s3:GetObject').closest('li');
    expect(item).toHaveTextContent(data.dataReads['s3:GetObject'] ?? 'missing');
    expect(within(list).queryByText('s3:ListBucket')).not.toBeInTheDocument();
  });

  it('says where the figures come from, with versions and dates', async () => {
    await open();
    for (const b of data.baselines) {
      expect(
        screen.getByText(new RegExp(`${b.name} ${b.versionId} of ${b.versionDate.slice(0, 10)}`)),
      ).toBeInTheDocument();
    }
    expect(
      screen.getByText(
        new RegExp(
          `service authorization data of ${bundledCatalog.dataset.updatedAt.slice(0, 10)}`,
        ),
      ),
    ).toBeInTheDocument();
  });
});
