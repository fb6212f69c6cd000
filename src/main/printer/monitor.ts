import { assertNever, type Result } from '../../shared/result';
import type { JobState } from './lpstat';

/** Time and timers, injectable so tests drive polling with a fake clock. */
export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

export const POLL_MS = 500;
/**
 * A job is polled this often while it is young: most checklists are done within a few hundred
 * ms, and waiting out a 500 ms poll was half of the visitor's wait (print bench, issue 14).
 */
export const YOUNG_POLL_MS = 50;
/** How long a job counts as young. */
export const YOUNG_FOR_MS = 2_000;
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
  /** Polls this often for the first `youngForMs` (YOUNG_POLL_MS for YOUNG_FOR_MS); 0 turns it off. */
  youngPollMs?: number;
  youngForMs?: number;
  maxFailedQueries?: number;
  clock?: Clock;
}

/**
 * Watches one print job until it is done, failed or held, or until the timeout. Polls at once,
 * then every `youngPollMs` (50 ms) while the job is young (`youngForMs`, 2 s), then every
 * `pollMs` (500 ms); a poll is skipped while the previous query is still running,
 * so slow answers never pile up. `maxFailedQueries` (3) failed queries in a row — the query
 * erred, or the spooler no longer knows the job — count as a failed job. The timeout fires
 * on its own timer, even while a query hangs.
 */
export function monitorJob(options: MonitorOptions): JobMonitor {
  const clock = options.clock ?? systemClock;
  const pollMs = options.pollMs ?? POLL_MS;
  const youngPollMs = options.youngPollMs ?? YOUNG_POLL_MS;
  const youngForMs = youngPollMs > 0 ? (options.youngForMs ?? YOUNG_FOR_MS) : 0;
  const started = clock.now();
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
    clock.clearTimeout(tick);
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

  // One timer at a time: each tick polls (unless a query is still running) and sets the next.
  let tick: unknown;
  const schedule = () => {
    if (finished) return;
    const young = clock.now() - started < youngForMs;
    tick = clock.setTimeout(() => {
      void poll();
      schedule();
    }, young ? youngPollMs : pollMs);
  };
  const timeout = clock.setTimeout(() => finish({ type: 'timeout', lastState }), options.timeoutMs);
  void poll();
  schedule();

  return { result, stop: () => finish({ type: 'stopped' }) };
}
