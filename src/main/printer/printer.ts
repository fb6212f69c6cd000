import type { PaperSize, PrintError, PrintOutcome } from '../../shared/ipc';
import { assertNever, err, ok } from '../../shared/result';
import { describeExecError, exec as realExec, type Exec } from './exec';
import { submitJob } from './lp';
import { pendingJobs, queryJobState, queryQueue, schedulerDown } from './lpstat';
import { monitorJob, systemClock, type Clock, type MonitorResult } from './monitor';

export interface PrintJobOptions {
  /** Job title: shows in the queue and names cups-pdf's file. Never visitor data. */
  title: string;
  paper: PaperSize;
  /** Copies of the one job (staff-assisted "two copies"); 1 when absent. */
  copies?: number;
}

/** Prints PDF bytes and says how it ended; every known failure is a value, never a throw. */
export interface Printer {
  /** `signal` abandons the job: monitoring stops and the job is cancelled (a new session started). */
  print(pdf: Uint8Array, opts: PrintJobOptions, options?: { signal?: AbortSignal }): Promise<PrintOutcome>;
}

export interface CupsPrinterOptions {
  /** CUPS queue name; empty or missing: 'no-printer-configured'. */
  queue: string | undefined;
  /** How long a job may take from lp to completed before it is cancelled. */
  timeoutMs: number;
  exec?: Exec;
  clock?: Clock;
  pollMs?: number;
  /** Extra environment for lp/lpstat/cancel, e.g. { CUPS_SERVER: 'printhost:631' }. */
  env?: Record<string, string>;
  /** How long to wait for a cancelled job to leave the queue. */
  cancelWaitMs?: number;
  /**
   * A job we tried to cancel and could not (cupsd down, cancel refused): remembered by the
   * caller and cancelled on the next spooler contact or at startup (leftover-jobs.ts).
   */
  onCancelFailed?: (jobId: string, why: string) => void;
  /** Runs before each job's first spooler contact (cancels remembered leftovers first). */
  beforePrint?: () => Promise<void>;
}

/**
 * The real printer: CUPS through lp, lpstat and cancel.
 *
 * 1. The queue is checked first, so a disabled, rejecting or missing queue fails at once and
 *    no job is left pending for the next visitor's printout to follow.
 * 2. lp gets the PDF on stdin and returns the job id.
 * 3. The job is polled until completed. A job that fails, is held, or is still not done at the
 *    timeout is cancelled: nothing of this visitor's prints later for someone else.
 */
export function createCupsPrinter(options: CupsPrinterOptions): Printer & { cancelJob(jobId: string): Promise<{ gone: boolean; text: string }> } {
  const exec = options.exec ?? realExec;
  const clock = options.clock ?? systemClock;
  const env = options.env;
  const queue = options.queue?.trim() ?? '';

  const tryCancel = async (jobId: string): Promise<{ gone: boolean; text: string }> => {
    const before = await pendingJobs(exec, queue, env);
    if (before.ok && !before.value.includes(jobId)) return { gone: true, text: 'no longer in the queue' };
    const run = await exec('cancel', [jobId], { timeoutMs: 5_000, ...(env ? { env } : {}) });
    if (!run.ok) return { gone: false, text: `cancel failed: ${describeExecError(run.error)}` };
    if (run.value.code !== 0) {
      if (/already (canceled|cancelled|completed|aborted)/i.test(run.value.stderr)) return { gone: true, text: 'already finished' };
      return { gone: false, text: `cancel exited ${run.value.code}: ${run.value.stderr.trim()}` };
    }
    // cancel returns before cupsd has moved the job to the completed list; wait until it has.
    const deadline = clock.now() + (options.cancelWaitMs ?? 3_000);
    for (;;) {
      const pending = await pendingJobs(exec, queue, env);
      if (pending.ok && !pending.value.includes(jobId)) return { gone: true, text: 'cancelled' };
      if (clock.now() >= deadline) return { gone: false, text: pending.ok ? 'cancel requested but the job is still listed' : pending.error };
      await new Promise<void>((resolve) => clock.setTimeout(resolve, 100));
    }
  };
  const cancel = async (jobId: string): Promise<string> => {
    const r = await tryCancel(jobId);
    if (!r.gone) {
      options.onCancelFailed?.(jobId, r.text);
      return `${r.text}; will cancel it at the next chance`;
    }
    return r.text;
  };

  return {
    cancelJob: tryCancel,
    async print(pdf, opts, printOptions = {}) {
      const started = clock.now();
      if (queue === '') return err({ type: 'no-printer-configured' });
      await options.beforePrint?.();
      const { signal } = printOptions;
      if (signal?.aborted) return err({ type: 'job-failed', detail: 'abandoned before it was sent' });

      const status = await queryQueue(exec, queue, env);
      if (!status.ok) {
        const { type, detail } = status.error;
        return err({ type: type === 'query-failed' ? 'spooler-down' : type, detail });
      }
      const reason = status.value.reason ? ` (${status.value.reason})` : '';
      if (!status.value.enabled) return err({ type: 'queue-disabled', detail: `queue ${queue} is disabled${reason}` });
      if (!status.value.accepting) return err({ type: 'queue-rejecting', detail: `queue ${queue} is not accepting jobs${reason}` });

      const submitted = await submitJob(exec, queue, pdf, opts, env);
      if (!submitted.ok) {
        // An unreachable cupsd answers like a missing queue; tell them apart.
        if (submitted.error.type === 'queue-missing' && (await schedulerDown(exec, env))) {
          return err({ type: 'spooler-down', detail: submitted.error.detail ?? 'cupsd is not running' });
        }
        return err(submitted.error);
      }
      const jobId = submitted.value;

      const monitor = monitorJob({
        query: () => queryJobState(exec, queue, jobId, env ? { env } : {}),
        timeoutMs: Math.max(0, options.timeoutMs - (clock.now() - started)),
        clock,
        ...(options.pollMs !== undefined ? { pollMs: options.pollMs } : {}),
      });
      const stop = () => monitor.stop();
      signal?.addEventListener('abort', stop, { once: true });
      const ended: MonitorResult = await monitor.result;
      signal?.removeEventListener('abort', stop);
      const fail = async (type: PrintError['type'], why: string): Promise<PrintOutcome> =>
        err({ type, detail: `${jobId}: ${why}; ${await cancel(jobId)}` });

      switch (ended.type) {
        case 'done':
          return ok({ jobId, millis: clock.now() - started });
        case 'failed':
          return fail('job-failed', ended.detail);
        case 'held':
          return fail('job-held', ended.detail);
        case 'timeout': {
          // Most often the queue was disabled after our check (paper out, staff): say so.
          const now = await queryQueue(exec, queue, env);
          if (now.ok && !now.value.enabled) {
            return fail('queue-disabled', `queue disabled while the job waited${now.value.reason ? ` (${now.value.reason})` : ''}`);
          }
          return fail('timeout', `not done after ${options.timeoutMs} ms (last state: ${ended.lastState})`);
        }
        case 'stopped':
          return fail('job-failed', `abandoned (${String(signal?.reason ?? 'monitoring stopped')})`);
        default:
          return assertNever(ended);
      }
    },
  };
}

/**
 * A printer that takes the checklist as HTML and lays it out itself (Windows: Electron's
 * silent webContents.print to a named printer). When the app has one, print-checklist skips
 * the PDF step.
 */
export interface HtmlPrinter {
  printHtml(html: string, opts: PrintJobOptions, options?: { signal?: AbortSignal }): Promise<PrintOutcome>;
}
