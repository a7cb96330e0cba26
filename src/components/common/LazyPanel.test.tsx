import { render, screen } from '@testing-library/react';
import { lazy } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LazyPanel } from './LazyPanel';

afterEach(() => vi.restoreAllMocks());

describe('LazyPanel', () => {
  it('shows the panel once its code has loaded', async () => {
    const Panel = lazy(async () => ({ default: () => <p>Loaded panel</p> }));
    render(
      <LazyPanel what="the panel">
        <Panel />
      </LazyPanel>,
    );
    expect(await screen.findByText('Loaded panel')).toBeInTheDocument();
  });

  it('says what failed, instead of unmounting the page, when the code cannot load', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const Broken = lazy(async () => {
      throw new Error('chunk gone');
    });
    render(
      <LazyPanel what="the tree view">
        <Broken />
      </LazyPanel>,
    );
    expect(await screen.findByText(/Could not load the tree view/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
  });
});
