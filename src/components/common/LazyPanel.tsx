import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { Component, Suspense, type ReactNode } from 'react';
import { ClientOnly } from './ClientOnly';
import { NearViewport } from './NearViewport';

/** Props of `LazyPanel`. */
export interface LazyPanelProps {
  /** What loads, for the messages ("the tree view"). */
  what: string;
  /** Load only when the reader scrolls near it (a panel far below the first screen). */
  whenNear?: boolean;
  /** No loading line (a dialog that opens over the page shows nothing until it is there). */
  quiet?: boolean;
  children: ReactNode;
}

/**
 * Wraps a panel loaded on demand: a loading line while its code arrives, and, if it cannot load
 * (a stale deployment, a dropped connection), a message and a reload button instead of a blank page.
 * The prerendered page shows the loading line.
 */
export class LazyPanel extends Component<LazyPanelProps, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    const { what, whenNear, quiet, children } = this.props;
    if (this.state.failed) {
      return (
        <Alert
          severity="error"
          action={<Button onClick={() => window.location.reload()}>Reload</Button>}
        >
          Could not load {what}. Reload the page: your choices are kept.
        </Alert>
      );
    }
    const loading = quiet ? null : <Typography>Loading {what}…</Typography>;
    // The prerender shows the loading line; the panel's code is fetched once the page is hydrated.
    return (
      <Suspense fallback={loading}>
        <ClientOnly fallback={loading}>
          {whenNear ? <NearViewport placeholder={loading}>{children}</NearViewport> : children}
        </ClientOnly>
      </Suspense>
    );
  }
}
