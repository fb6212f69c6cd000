// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary, SCREEN_RETRY_MS } from '../../src/renderer/src/components/ErrorBoundary';

/** A screen that throws: the out-of-service page, then a reload of its own (probe M1). */
function Broken(): never {
  throw new Error('boom');
}

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('ErrorBoundary', () => {
  it('shows out of service for a screen that throws, and reloads the page after SCREEN_RETRY_MS', async () => {
    vi.useFakeTimers();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const reload = vi.fn();
    render(
      <ErrorBoundary reload={reload}>
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/not working/i);
    await act(async () => void vi.advanceTimersByTime(SCREEN_RETRY_MS - 1));
    expect(reload).not.toHaveBeenCalled();
    await act(async () => void vi.advanceTimersByTime(1));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('a screen that works never reloads', async () => {
    vi.useFakeTimers();
    const reload = vi.fn();
    render(
      <ErrorBoundary reload={reload}>
        <p>fine</p>
      </ErrorBoundary>,
    );
    await act(async () => void vi.advanceTimersByTime(SCREEN_RETRY_MS * 2));
    expect(reload).not.toHaveBeenCalled();
  });
});
