import { Component, type ErrorInfo, type ReactNode } from 'react';
import { OutOfService } from './OutOfService';

interface State {
  error: Error | null;
}

/** Anything a screen throws ends on the out-of-service page, not on a blank screen. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('kiosk screen failed', error, info.componentStack);
  }

  override render() {
    if (this.state.error) return <OutOfService problem={`The screen failed: ${this.state.error.message}`} />;
    return this.props.children;
  }
}
