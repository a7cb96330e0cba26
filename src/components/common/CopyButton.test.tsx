import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyText } from '../../lib/clipboard';
import { CopyButton } from './CopyButton';

vi.mock('../../lib/clipboard', () => ({ copyText: vi.fn() }));

afterEach(() => vi.mocked(copyText).mockReset());

describe('CopyButton', () => {
  it('copies and says so', async () => {
    vi.mocked(copyText).mockResolvedValue(true);
    render(<CopyButton text="the text" what="policy json" />);
    await userEvent.click(screen.getByRole('button', { name: 'Copy policy json' }));
    expect(copyText).toHaveBeenCalledWith('the text');
    expect(await screen.findByText('Copied policy json to the clipboard')).toBeInTheDocument();
  });

  it('offers the text, selected, to copy by hand when the clipboard is blocked', async () => {
    vi.mocked(copyText).mockResolvedValue(false);
    render(<CopyButton text="the text" what="policy json" />);
    await userEvent.click(screen.getByRole('button', { name: 'Copy policy json' }));
    const dialog = await screen.findByRole('dialog', { name: 'Copy policy json by hand' });
    expect(dialog).toBeInTheDocument();
    const field = screen.getByRole('textbox', { name: 'policy json' });
    expect(field).toHaveValue('the text');
    await waitFor(() => expect(field).toHaveFocus());
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});
