import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { EditionChangelog } from './EditionChangelog';

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
      /^From Cloudcraft custom 2018-06-01 \(2018-06-01\) to Cloudcraft minimal 2025-01 \(2025-01\)/,
    );
    expect(screen.getByText(/^Services added:/)).toHaveTextContent('Amazon Keyspaces');
    expect(screen.getByText(/^Services removed:/)).toHaveTextContent('Amazon SES');
    const byService = screen.getByRole('list', { name: 'Changes by service' });
    const ecs = within(byService)
      .getByText(/^Amazon ECS:/)
      .closest('li') as HTMLElement;
    await userEvent.click(within(ecs).getByRole('button', { name: /^Show \d+ actions added/ }));
    expect(
      within(ecs).getByRole('list', { name: 'Actions added to Amazon ECS' }),
    ).toHaveTextContent('ecs:ListClusters');
  });

  it('shows nothing changed between an edition and itself', async () => {
    render(<EditionChangelog />);
    await userEvent.click(screen.getByRole('combobox', { name: 'To edition' }));
    await userEvent.click(screen.getByRole('option', { name: 'Cloudcraft custom 2018-06-01' }));
    expect(screen.getByRole('status')).toHaveTextContent('0 actions added and 0 actions removed');
    expect(screen.queryByRole('list', { name: 'Changes by service' })).toBeNull();
  });
});
