import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { EditionChangelog } from './EditionChangelog';

// On the fixture catalog, so an AWS data bump changes nothing here.
vi.mock('../../catalog/bundled', async () => ({
  bundledCatalog: (await import('../../test/fixture-catalog')).fixtureCatalog,
}));

describe('EditionChangelog', { timeout: 30_000 }, () => {
  it('compares 2018-06-01 with the latest edition by default, services then actions', async () => {
    render(<EditionChangelog />);
    expect(screen.getByRole('combobox', { name: 'From edition' })).toHaveTextContent(
      'Cloudcraft custom 2018-06-01',
    );
    expect(screen.getByRole('combobox', { name: 'To edition' })).toHaveTextContent(
      'Cloudcraft minimal 2025-01',
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      'From Cloudcraft custom 2018-06-01 (2018-06-01) to Cloudcraft minimal 2025-01 (2025-01): 2 actions added and 339 actions removed.',
    );
    expect(screen.getByText(/^Services added:/)).toHaveTextContent('Services added: none.');
    expect(screen.getByText(/^Services removed:/)).toHaveTextContent(
      'Services removed: Amazon SES, Resource Groups Tagging API.',
    );
    const byService = screen.getByRole('list', { name: 'Changes by service' });
    const s3 = within(byService)
      .getByText(/^Amazon S3:/)
      .closest('li') as HTMLElement;
    await userEvent.click(
      within(s3).getByRole('button', { name: 'Show 1 action added to Amazon S3' }),
    );
    expect(within(s3).getByRole('list', { name: 'Actions added to Amazon S3' })).toHaveTextContent(
      's3:GetReplicationConfiguration',
    );
  });

  it('shows nothing changed between an edition and itself', async () => {
    render(<EditionChangelog />);
    await userEvent.click(screen.getByRole('combobox', { name: 'To edition' }));
    await userEvent.click(screen.getByRole('option', { name: 'Cloudcraft custom 2018-06-01' }));
    expect(screen.getByRole('status')).toHaveTextContent('0 actions added and 0 actions removed');
    expect(screen.queryByRole('list', { name: 'Changes by service' })).toBeNull();
  });
});
