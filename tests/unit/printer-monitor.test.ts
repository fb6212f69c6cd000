import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { monitorJob, POLL_MS, YOUNG_FOR_MS, YOUNG_POLL_MS, type JobQuery, type MonitorResult } from '../../src/main/printer/monitor';
import type { JobState } from '../../src/main/printer/lpstat';
import { err, ok } from '../../src/shared/result';

/** A query that answers from a script, one entry per call (the last one repeats). */
function scripted(answers: (JobState | Error)[]) {
  let calls = 0;
  const query: JobQuery = async () => {
    const a = answers[Math.min(calls, answers.length - 1)]!;
    calls += 1;
    return a instanceof Error ? err(a.message) : ok({ state: a });
  };
  return { query, calls: () => calls };
}

/** Records when the result settles, so a test can say "not yet" as well as "now". */
function watch(result: Promise<MonitorResult>) {
  const seen: { value?: MonitorResult } = {};
  void result.then((r) => (seen.value = r));
  return seen;
}

/** The steady 500 ms polling alone (the young job's fast polls are tested on their own below). */
const STEADY = { youngPollMs: 0 };

describe('job monitor (fake clock)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('polls at once, then every 500 ms, until the job is done', async () => {
    const q = scripted(['queued', 'printing', 'printing', 'done']);
    const seen = watch(monitorJob({ ...STEADY, query: q.query, timeoutMs: 60_000 }).result);
    await vi.advanceTimersByTimeAsync(0);
    expect(q.calls()).toBe(1);
    await vi.advanceTimersByTimeAsync(POLL_MS * 2);
    expect(q.calls()).toBe(3);
    expect(seen.value).toBeUndefined();
    await vi.advanceTimersByTimeAsync(POLL_MS);
    expect(seen.value).toEqual({ type: 'done' });
    await vi.advanceTimersByTimeAsync(POLL_MS * 10);
    expect(q.calls()).toBe(4); // no polling after the end
  });

  it('reports a held job and a failed job as soon as it sees them', async () => {
    const held = watch(monitorJob({ ...STEADY, query: scripted(['queued', 'held']).query, timeoutMs: 60_000 }).result);
    const failed = watch(monitorJob({ ...STEADY, query: scripted(['failed']).query, timeoutMs: 60_000 }).result);
    await vi.advanceTimersByTimeAsync(POLL_MS);
    expect(held.value?.type).toBe('held');
    expect(failed.value?.type).toBe('failed');
  });

  it('fails after 3 failed queries in a row', async () => {
    const q = scripted(['queued', new Error('lpstat: no answer'), new Error('x'), new Error('y')]);
    const seen = watch(monitorJob({ ...STEADY, query: q.query, timeoutMs: 60_000 }).result);
    await vi.advanceTimersByTimeAsync(POLL_MS * 2);
    expect(seen.value).toBeUndefined();
    await vi.advanceTimersByTimeAsync(POLL_MS);
    expect(seen.value).toEqual({ type: 'failed', detail: expect.stringContaining('3 status checks failed in a row') });
  });

  it('counts a job the spooler no longer knows as a failed query', async () => {
    const seen = watch(monitorJob({ ...STEADY, query: scripted(['unknown']).query, timeoutMs: 60_000 }).result);
    await vi.advanceTimersByTimeAsync(POLL_MS * 2);
    expect(seen.value?.type).toBe('failed');
  });

  it('a good answer resets the count of failed queries', async () => {
    const e = new Error('flaky');
    const q = scripted([e, e, 'queued', e, e, 'printing', e, e, 'done']);
    const seen = watch(monitorJob({ ...STEADY, query: q.query, timeoutMs: 60_000 }).result);
    await vi.advanceTimersByTimeAsync(POLL_MS * 8);
    expect(seen.value).toEqual({ type: 'done' });
  });

  it('never starts a poll while the previous query is still running', async () => {
    let running = 0;
    let maxRunning = 0;
    let calls = 0;
    const slow: JobQuery = async () => {
      calls += 1;
      running += 1;
      maxRunning = Math.max(maxRunning, running);
      await new Promise((r) => setTimeout(r, POLL_MS * 3 + 10)); // slower than the poll period
      running -= 1;
      return ok({ state: 'queued' });
    };
    const m = monitorJob({ ...STEADY, query: slow, timeoutMs: 60_000 });
    await vi.advanceTimersByTimeAsync(POLL_MS * 20);
    expect(maxRunning).toBe(1);
    expect(calls).toBeLessThanOrEqual(6);
    m.stop();
  });

  it('times out on its own timer even while a query hangs, with the last state seen', async () => {
    let calls = 0;
    const hangsAfterFirst: JobQuery = () => (calls++ === 0 ? Promise.resolve(ok({ state: 'queued' as const })) : new Promise(() => {}));
    const seen = watch(monitorJob({ ...STEADY, query: hangsAfterFirst, timeoutMs: 5_000 }).result);
    await vi.advanceTimersByTimeAsync(4_999);
    expect(seen.value).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(seen.value).toEqual({ type: 'timeout', lastState: 'queued' });
  });

  it('a queued job that never moves times out', async () => {
    const q = scripted(['queued']);
    const seen = watch(monitorJob({ ...STEADY, query: q.query, timeoutMs: 3_000 }).result);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(seen.value).toEqual({ type: 'timeout', lastState: 'queued' });
    expect(q.calls()).toBe(6); // t = 0, 500, … 2500; the 3000 ms tick loses to the timeout
  });

  it('stop() ends polling and settles the result', async () => {
    const q = scripted(['queued']);
    const m = monitorJob({ ...STEADY, query: q.query, timeoutMs: 60_000 });
    const seen = watch(m.result);
    await vi.advanceTimersByTimeAsync(POLL_MS);
    m.stop();
    await vi.advanceTimersByTimeAsync(POLL_MS * 10);
    expect(seen.value).toEqual({ type: 'stopped' });
    expect(q.calls()).toBe(2);
  });

  it('polls a young job every 50 ms for its first 2 s, then every 500 ms', async () => {
    const q = scripted(['queued']);
    const m = monitorJob({ query: q.query, timeoutMs: 60_000 });
    await vi.advanceTimersByTimeAsync(0);
    expect(q.calls()).toBe(1);
    await vi.advanceTimersByTimeAsync(YOUNG_POLL_MS * 4);
    expect(q.calls()).toBe(5);
    await vi.advanceTimersByTimeAsync(YOUNG_FOR_MS - YOUNG_POLL_MS * 4);
    const young = q.calls();
    expect(young).toBe(1 + YOUNG_FOR_MS / YOUNG_POLL_MS);
    await vi.advanceTimersByTimeAsync(POLL_MS * 4);
    expect(q.calls()).toBe(young + 4);
    m.stop();
  });

  it('a job done after 120 ms is reported within one fast poll of it', async () => {
    let t = 0;
    const q: JobQuery = async () => ok({ state: t >= 120 ? 'done' : 'printing' });
    const seen = watch(monitorJob({ query: q, timeoutMs: 60_000 }).result);
    for (; t <= 400 && !seen.value; t += 10) await vi.advanceTimersByTimeAsync(10);
    expect(seen.value).toEqual({ type: 'done' });
    expect(t).toBeLessThanOrEqual(120 + YOUNG_POLL_MS + 10);
  });

  it('uses an injected clock instead of the global timers', async () => {
    vi.useRealTimers();
    let now = 0;
    const timers: { fn: () => void; ms: number }[] = [];
    const clock = {
      now: () => now,
      setTimeout: (fn: () => void, ms: number) => timers.push({ fn, ms }),
      clearTimeout: () => {},
    };
    const q = scripted(['queued', 'queued', 'done']);
    const m = monitorJob({ query: q.query, timeoutMs: 9_000, clock });
    expect(timers.map((t) => t.ms)).toEqual([9_000, YOUNG_POLL_MS]);
    await Promise.resolve();
    now = YOUNG_FOR_MS; // no longer young: the next tick is a slow one
    timers[1]!.fn();
    expect(timers.map((t) => t.ms)).toEqual([9_000, YOUNG_POLL_MS, POLL_MS]);
    await Promise.resolve();
    timers[2]!.fn();
    expect(await m.result).toEqual({ type: 'done' });
  });
});
