import { assertNever, type Result } from '../../shared/result';
import type { JobState } from './lpstat';

/** Time and timers, injectable so tests drive polling with a fake clock. */
export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
  setInterval: (fn, ms) => setInterval(fn, ms),
  clearInterval: (h) => clearInterval(h as ReturnType<typeof setInterval>),
};

export const POLL_MS = 500;
export const MAX_FAILED_QUERIES = 3;

export type JobQuery = () => Promise<Result<{ state: JobState; detail?: string }, string>>;

export type MonitorResult =
  | { type: 'done' }
  | { type: 'failed'; detail: string }
  | { type: 'held'; detail: string }
  | { type: 'timeout'; lastState: JobState | 'not-queried' }
  | { type: 'stopped' };

export interface JobMonitor {
  result: Promise<MonitorResult>;
  /** Stops polling; `result` resolves to { type: 'stopped' } if nothing else settled it first. */
  stop(): void;
}

export interface MonitorOptions {
  query: JobQuery;
  timeoutMs: number;
  pollMs?: number;
  maxFailedQueries?: number;
  clock?: Clock;
}

/**
 * Watches one print job until it is done, failed or held, or until the timeout. Polls at once,
 * then every `pollMs` (500 ms); a poll is skipped while the previous query is still running,
 * so slow answers never pile up. `maxFailedQueries` (3) failed queries in a row — the query
 * erred, or the spooler no longer knows the job — count as a failed job. The timeout fires
 * on its own timer, even while a query hangs.
 */
export function monitorJob(options: MonitorOptions): JobMonitor {
  const clock = options.clock ?? systemClock;
  const pollMs = options.pollMs ?? POLL_MS;
  const maxFailed = options.maxFailedQueries ?? MAX_FAILED_QUERIES;

  let settle!: (r: MonitorResult) => void;
  const result = new Promise<MonitorResult>((resolve) => (settle = resolve));
  let finished = false;
  let inFlight = false;
  let failedInARow = 0;
  let lastState: JobState | 'not-queried' = 'not-queried';

  const finish = (r: MonitorResult) => {
    if (finished) return;
    finished = true;
    clock.clearInterval(interval);
    clock.clearTimeout(timeout);
    settle(r);
  };

  const poll = async () => {
    if (finished || inFlight) return;
    inFlight = true;
    let answer: Awaited<ReturnType<JobQuery>>;
    try {
      answer = await options.query();
    } catch (e) {
      answer = { ok: false, error: (e as Error).message };
    } finally {
      inFlight = false;
    }
    if (finished) return;
    const queryFailed = (why: string) => {
      failedInARow += 1;
      if (failedInARow >= maxFailed) finish({ type: 'failed', detail: `${maxFailed} status checks failed in a row: ${why}` });
    };
    if (!answer.ok) return queryFailed(answer.error);
    const { state, detail } = answer.value;
    if (state !== 'unknown') {
      failedInARow = 0;
      lastState = state;
    }
    switch (state) {
      case 'unknown':
        return queryFailed('the spooler does not know the job');
      case 'queued':
      case 'printing':
        return;
      case 'done':
        return finish({ type: 'done' });
      case 'failed':
        return finish({ type: 'failed', detail: detail ?? 'the spooler reports the job failed' });
      case 'held':
        return finish({ type: 'held', detail: detail ?? 'the job is held' });
      default:
        return assertNever(state);
    }
  };

  const interval = clock.setInterval(() => void poll(), pollMs);
  const timeout = clock.setTimeout(() => finish({ type: 'timeout', lastState }), options.timeoutMs);
  void poll();

  return { result, stop: () => finish({ type: 'stopped' }) };
}
