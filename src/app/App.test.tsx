import { ThemeProvider } from '@mui/material/styles';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from './App';
import { theme } from './theme';

describe('App', () => {
  it('names the page in its one top-level heading', { timeout: 20_000 }, () => {
    render(
      <ThemeProvider theme={theme}>
        <App />
      </ThemeProvider>,
    );
    expect(
      screen.getByRole('heading', { level: 1, name: 'Cloudcraft IAM policy configurator' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Colour scheme: system/ })).toBeInTheDocument();
  });
});
