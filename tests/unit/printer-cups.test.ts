import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Exec, ExecOutput } from '../../src/main/printer/exec';
import { createCupsPrinter } from '../../src/main/printer/printer';
import { err, ok } from '../../src/shared/result';

/**
 * createCupsPrinter against a scripted spooler: each command's answer comes from the test, and
 * every call is recorded, so the order of checks (queue first, lp, polling, cancel) is pinned.
 * The same cases run against the real cupsd in tests/integration/print-faults.test.ts.
 */
const Q = 'KioskPDF';
const IDLE = `printer ${Q} is idle.  enabled since Wed Nov 25 12:09:28 2026\n${Q} accepting requests since Wed Nov 25 12:09:28 2026\n`;
const DISABLED = `printer ${Q} disabled since Wed Nov 25 12:09:40 2026 -\n\tPaused\n${Q} accepting requests since Wed Nov 25 12:09:28 2026\n`;
const REJECTING = `printer ${Q} is idle.  enabled since Wed Nov 25 12:09:28 2026\n${Q} not accepting requests since Wed Nov 25 12:09:41 2026 -\n\tRejecting Jobs\n`;
const job = (reasons: string) => `${Q}-7              root              1024   Wed Nov 25 12:09:33 2026\n\tAlerts: ${reasons}\n\tqueued for ${Q}\n`;

interface Spooler {
  queue?: string;
  queueCode?: number;
  queueErr?: string;
  scheduler?: 'running' | 'down';
  lp?: Partial<ExecOutput>;
  /** Answers to successive `lpstat -l -o` calls (last repeats); '' = not in the active list. */
  active?: string[];
  completed?: string;
  ipp?: string;
}

function spooler(s: Spooler) {
  const calls: string[] = [];
  let activeCalls = 0;
  let cancelled = false;
  const out = (stdout: string, code = 0, stderr = '') => ok({ stdout, stderr, code });
  const exec: Exec = async (cmd, args) => {
    const line = [cmd, ...args].join(' ');
    calls.push(line);
    if (cmd === 'lpstat' && args[0] === '-p') return out(s.queue ?? IDLE, s.queueCode ?? 0, s.queueErr ?? '');
    if (cmd === 'lpstat' && args[0] === '-r') return out(s.scheduler === 'down' ? 'scheduler is not running\n' : 'scheduler is running\n');
    if (cmd === 'lp') return out(s.lp?.stdout ?? `request id is ${Q}-7 (0 file(s))\n`, s.lp?.code ?? 0, s.lp?.stderr ?? '');
    if (cmd === 'lpstat' && args[0] === '-l') {
      const list = s.active ?? [''];
      return out(cancelled ? '' : (list[Math.min(activeCalls++, list.length - 1)] ?? ''));
    }
    if (cmd === 'lpstat' && args[0] === '-W') return out(s.completed ?? job('none'));
    if (cmd === 'lpstat' && args[0] === '-o') return out(cancelled ? '' : job('none'));
    if (cmd === 'ipptool') return s.ipp === undefined ? err({ type: 'not-found', command: 'ipptool' }) : out(s.ipp);
    if (cmd === 'cancel') {
      cancelled = true;
      return out('');
    }
    throw new Error(`unexpected command ${line}`);
  };
  return { exec, calls };
}

const PDF = new Uint8Array([37, 80, 68, 70]);
const opts = { title: 'TRICARE sign-in checklist', paper: 'letter' as const };

describe('createCupsPrinter (scripted spooler)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const run = async (s: Spooler, timeoutMs = 10_000, queue: { name: string | undefined } = { name: Q }) => {
    const sp = spooler(s);
    const printer = createCupsPrinter({ queue: queue.name, timeoutMs, exec: sp.exec });
    const outcome = printer.print(PDF, opts);
    await vi.advanceTimersByTimeAsync(timeoutMs + 5_000);
    return { outcome: await outcome, calls: sp.calls };
  };

  it('no queue configured: fails without running anything', async () => {
    for (const queue of [undefined, '', '  ']) {
      const { outcome, calls } = await run({}, 10_000, { name: queue });
      expect(outcome).toEqual({ ok: false, error: { type: 'no-printer-configured' } });
      expect(calls).toEqual([]);
    }
  });

  it('prints: queue check, lp with the PDF on stdin, polls until completed', async () => {
    const { outcome, calls } = await run({ active: [job('job-printing'), ''], completed: job('none'), ipp: 'job-state (enum) = completed' });
    expect(outcome).toMatchObject({ ok: true, value: { jobId: `${Q}-7` } });
    expect(calls[0]).toBe(`lpstat -p ${Q} -a ${Q}`);
    expect(calls[1]).toBe(`lp -d ${Q} -t TRICARE sign-in checklist -o media=Letter -- -`);
    expect(calls).not.toContain(`cancel ${Q}-7`);
  });

  it('a disabled queue fails fast: no job is submitted', async () => {
    const { outcome, calls } = await run({ queue: DISABLED });
    expect(outcome).toEqual({ ok: false, error: { type: 'queue-disabled', detail: expect.stringContaining('Paused') } });
    expect(calls.some((c) => c.startsWith('lp '))).toBe(false);
  });

  it('a rejecting queue fails fast', async () => {
    const { outcome, calls } = await run({ queue: REJECTING });
    expect(outcome.ok || outcome.error.type).toBe('queue-rejecting');
    expect(calls.some((c) => c.startsWith('lp '))).toBe(false);
  });

  it('a missing queue and a stopped scheduler are told apart', async () => {
    const missing = await run({ queue: '', queueCode: 1, queueErr: `lpstat: Invalid destination name in list "${Q}".` });
    expect(missing.outcome.ok || missing.outcome.error.type).toBe('queue-missing');
    const down = await run({ queue: '', queueCode: 1, queueErr: `lpstat: Invalid destination name in list "${Q}".`, scheduler: 'down' });
    expect(down.outcome.ok || down.outcome.error.type).toBe('spooler-down');
  });

  it('lp refusing the job (rejected between the check and the submit) is queue-rejecting', async () => {
    const { outcome } = await run({ lp: { stdout: '', code: 1, stderr: `lp: Destination "${Q}" is not accepting jobs.` } });
    expect(outcome).toEqual({ ok: false, error: { type: 'queue-rejecting', detail: expect.stringContaining('not accepting') } });
  });

  it('a held job is reported and cancelled, so it can never print for the next visitor', async () => {
    const { outcome, calls } = await run({ active: [job('job-hold-until-specified')] });
    expect(outcome).toEqual({ ok: false, error: { type: 'job-held', detail: expect.stringContaining('cancelled') } });
    expect(calls).toContain(`cancel ${Q}-7`);
  });

  it('a job that stops with errors is job-failed and cancelled', async () => {
    const { outcome, calls } = await run({ active: [job('job-completed-with-errors')] });
    expect(outcome.ok || outcome.error.type).toBe('job-failed');
    expect(calls).toContain(`cancel ${Q}-7`);
  });

  it('a job cancelled by someone else reads as failed, not printed (ipptool)', async () => {
    const { outcome } = await run({ active: [''], completed: job('none'), ipp: '        job-state (enum) = canceled\n' });
    expect(outcome.ok || outcome.error.type).toBe('job-failed');
  });

  it('without ipptool a completed job is trusted', async () => {
    const { outcome } = await run({ active: [''], completed: job('none') });
    expect(outcome.ok).toBe(true);
  });

  it('a job still pending at the timeout is cancelled: timeout', async () => {
    const { outcome, calls } = await run({ active: [job('none')] }, 4_000);
    expect(outcome).toEqual({ ok: false, error: { type: 'timeout', detail: expect.stringMatching(/not done after 4000 ms.*cancelled/) } });
    expect(calls).toContain(`cancel ${Q}-7`);
  });

  it('a queue disabled while the job waited is reported as queue-disabled, and the job cancelled', async () => {
    const sp = spooler({ active: [job('none')] });
    let checks = 0;
    const exec: Exec = (cmd, args, o) =>
      cmd === 'lpstat' && args[0] === '-p' && checks++ > 0 ? Promise.resolve(ok({ stdout: DISABLED, stderr: '', code: 0 })) : sp.exec(cmd, args, o);
    const outcome = createCupsPrinter({ queue: Q, timeoutMs: 4_000, exec }).print(PDF, opts);
    await vi.advanceTimersByTimeAsync(10_000);
    const ended = await outcome;
    expect(ended.ok || ended.error.type).toBe('queue-disabled');
    expect(sp.calls).toContain(`cancel ${Q}-7`);
  });

  it('lp not installed reads as the spooler being down', async () => {
    const exec: Exec = async (cmd) => err({ type: 'not-found', command: cmd });
    const outcome = await createCupsPrinter({ queue: Q, timeoutMs: 1_000, exec }).print(PDF, opts);
    expect(outcome.ok || outcome.error.type).toBe('spooler-down');
  });
});
