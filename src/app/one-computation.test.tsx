import { ThemeProvider } from '@mui/material/styles';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import * as policyParts from '../core/policy-parts';
import { App } from './App';
import { theme } from './theme';

// Counts how often the page builds a policy, calling through to the real function.
vi.mock('../core/policy-parts', async (importOriginal) => {
  const actual = await importOriginal<typeof policyParts>();
  return { ...actual, buildFittedPolicy: vi.fn(actual.buildFittedPolicy) };
});

describe('a tick', () => {
  it('builds the policy once, however many panels show it', { timeout: 20_000 }, async () => {
    render(
      <ThemeProvider theme={theme}>
        <App />
      </ThemeProvider>,
    );
    // The policy panel, the console steps and the templates all read the policy.
    await screen.findByRole('tab', { name: 'CloudFormation' }, { timeout: 10_000 });
    const built = vi.mocked(policyParts.buildFittedPolicy);
    built.mockClear();
    await userEvent.click(screen.getByRole('checkbox', { name: /^Amazon S3 / }));
    await waitFor(() =>
      expect(screen.getByRole('checkbox', { name: /^Amazon S3 / })).not.toBeChecked(),
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(built).toHaveBeenCalledTimes(1);
  });
});
