import { act, render, screen } from '@testing-library/react';
import { lazy } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
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

  it('prerenders its loading line without fetching the panel, then loads it after hydration', async () => {
    const load = vi.fn(async () => ({ default: () => <p>Loaded panel</p> }));
    const Panel = lazy(load);
    const tree = (
      <LazyPanel what="the templates">
        <Panel />
      </LazyPanel>
    );
    const container = document.createElement('div');
    container.innerHTML = renderToString(tree);
    expect(container.textContent).toBe('Loading the templates…');
    expect(load).not.toHaveBeenCalled();
    document.body.append(container);
    const errors = vi.spyOn(console, 'error');
    const recoverable = vi.fn();
    await act(async () => {
      hydrateRoot(container, tree, { onRecoverableError: recoverable });
    });
    expect(await screen.findByText('Loaded panel')).toBeInTheDocument();
    expect(recoverable).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
    container.remove();
  });
});
