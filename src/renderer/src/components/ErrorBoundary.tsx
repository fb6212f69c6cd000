import { Component, type ErrorInfo, type ReactNode } from 'react';
import { OutOfService } from './OutOfService';

interface State {
  error: Error | null;
}

/** A failed screen tries again on its own this long after it failed (the kiosk is unattended). */
export const SCREEN_RETRY_MS = 3 * 60_000;

/**
 * Anything a screen throws ends on the out-of-service page, not on a blank screen, and the
 * page reloads itself after SCREEN_RETRY_MS (a fresh start with no visitor data), as main's
 * out-of-service page does: a passing fault must not leave the kiosk dead until someone
 * restarts it. `reload` is injectable for the test.
 */
export class ErrorBoundary extends Component<{ children: ReactNode; reload?: () => void; retryMs?: number }, State> {
  override state: State = { error: null };
  private retry: ReturnType<typeof setTimeout> | undefined;

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('kiosk screen failed', error, info.componentStack);
    clearTimeout(this.retry);
    this.retry = setTimeout(this.props.reload ?? (() => window.location.reload()), this.props.retryMs ?? SCREEN_RETRY_MS);
  }

  override componentWillUnmount(): void {
    clearTimeout(this.retry);
  }

  override render() {
    if (this.state.error) return <OutOfService problem={`The screen failed: ${this.state.error.message}`} />;
    return this.props.children;
  }
}
