import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { Component, Suspense, type ReactNode } from 'react';

/** Props of `LazyPanel`. */
export interface LazyPanelProps {
  /** What loads, for the messages ("the tree view"). */
  what: string;
  children: ReactNode;
}

/**
 * Wraps a panel loaded on demand: a loading line while its code arrives, and, if it cannot load
 * (a stale deployment, a dropped connection), a message and a reload button instead of a blank page.
 */
export class LazyPanel extends Component<LazyPanelProps, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    const { what, children } = this.props;
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
    return <Suspense fallback={<Typography>Loading {what}…</Typography>}>{children}</Suspense>;
  }
}
