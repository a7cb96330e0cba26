import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CHOICES } from '../../store/choices';
import { useConfigStore } from '../../store/config-store';
import { NoticeBar } from '../layout/NoticeBar';
import { ServicesPanel } from './ServicesPanel';

beforeEach(() => {
  useConfigStore.setState({ ...DEFAULT_CHOICES, editionId: 'custom-20230818', notice: null });
});

function renderPanel() {
  return render(
    <>
      <NoticeBar />
      <ServicesPanel />
    </>,
  );
}

describe('ServicesPanel', () => {
  it('lists the edition’s services as checkboxes named after them, with a count', () => {
    renderPanel();
    expect(screen.getByRole('checkbox', { name: 'Amazon S3' })).toBeChecked();
    expect(screen.getAllByRole('checkbox')).toHaveLength(29);
    expect(screen.getByText('29 of 29 services')).toBeInTheDocument();
  });

  it('unticks a service and updates the count', async () => {
    renderPanel();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Amazon S3' }));
    expect(screen.getByRole('checkbox', { name: 'Amazon S3' })).not.toBeChecked();
    expect(screen.getByText('28 of 29 services')).toBeInTheDocument();
    expect(useConfigStore.getState().selection).not.toContain('s3');
  });

  it('keeps EC2 ticked when clicked or toggled by keyboard, and announces why', async () => {
    renderPanel();
    const ec2 = screen.getByRole('checkbox', { name: 'Amazon EC2' });
    await userEvent.click(ec2);
    expect(ec2).toBeChecked();
    const status = screen.getAllByRole('status').find((s) => s.textContent?.includes('scan'));
    expect(status).toHaveTextContent('Cloudcraft needs EC2 to scan the account');
    ec2.focus();
    await userEvent.keyboard(' ');
    expect(ec2).toBeChecked();
    expect(useConfigStore.getState().selection).toContain('ec2');
  });

  it('clears down to EC2 and selects all again', async () => {
    renderPanel();
    await userEvent.click(screen.getByRole('button', { name: 'Clear' }));
    expect(screen.getByText('1 of 29 services')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Amazon EC2' })).toBeChecked();
    await userEvent.click(screen.getByRole('button', { name: 'Select all' }));
    expect(screen.getByText('29 of 29 services')).toBeInTheDocument();
  });

  it('filters with the search box', async () => {
    renderPanel();
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search services' }), 'queue');
    expect(
      screen.getAllByRole('checkbox').map((c) => c.getAttribute('aria-describedby')),
    ).toHaveLength(1);
    expect(screen.getByRole('checkbox', { name: 'Amazon SQS' })).toBeInTheDocument();
    await userEvent.clear(screen.getByRole('searchbox', { name: 'Search services' }));
    await userEvent.type(
      screen.getByRole('searchbox', { name: 'Search services' }),
      'nothing-like-it',
    );
    expect(screen.getByText(/No service matches/)).toBeInTheDocument();
  });

  it('shows exactly which actions a service grants, with data-exposure badges', async () => {
    renderPanel();
    await userEvent.click(
      screen.getByRole('button', { name: /Show the \d+ actions of AWS Lambda/ }),
    );
    const list = await screen.findByRole('list', { name: 'Actions of AWS Lambda' });
    const item = within(list).getByText('lambda:GetFunction').closest('li') as HTMLElement;
    expect(within(item).getByText('Reads data or secrets')).toBeInTheDocument();
    expect(within(item).getByText(/presigned link/)).toBeInTheDocument();
    expect(within(item).getByText('Read')).toBeInTheDocument();
    const plain = within(list).getByText('lambda:ListLayers').closest('li') as HTMLElement;
    expect(within(plain).queryByText('Reads data or secrets')).toBeNull();
    expect(within(plain).getByText('List')).toBeInTheDocument();
  });
});
