import type { PaperSize, PrintErrorType, PrintOutcome } from '../../shared/ipc';
import { err, ok } from '../../shared/result';
import type { Printer, PrintJobOptions } from './printer';

export type FakeJobStatus = 'pending' | 'done' | 'held' | 'failed';

export interface FakeJob {
  id: string;
  title: string;
  paper: PaperSize;
  bytes: number;
  status: FakeJobStatus;
}

/**
 * How the next jobs end: 'complete' (at once, or after `delayMs`), 'pending' (until
 * setJobStatus is called), or a print error type returned without creating a job for the
 * queue-level errors and after creating one for job-level errors.
 */
export type FakeBehavior = 'complete' | 'pending' | PrintErrorType;

export interface FakePrinter extends Printer {
  setBehavior(behavior: FakeBehavior): void;
  /** Ends a pending job, as the spooler would. */
  setJobStatus(jobId: string, status: Exclude<FakeJobStatus, 'pending'>): void;
  /** Every job, oldest first (a copy). */
  jobs(): FakeJob[];
  /** Forgets the job history. */
  reset(): void;
}

const JOB_LEVEL: readonly PrintErrorType[] = ['job-failed', 'job-held', 'timeout'];

/** An in-memory printer for UI tests and a kiosk without a spooler (no lp, no files). */
export function createFakePrinter(options: { delayMs?: number; queue?: string; now?: () => number } = {}): FakePrinter {
  const queue = options.queue ?? 'FakePrinter';
  const now = options.now ?? (() => Date.now());
  let behavior: FakeBehavior = 'complete';
  let next = 1;
  let jobs: FakeJob[] = [];
  const waiting = new Map<string, (status: Exclude<FakeJobStatus, 'pending'>) => void>();

  const outcome = (job: FakeJob, started: number): PrintOutcome => {
    switch (job.status) {
      case 'done':
        return ok({ jobId: job.id, millis: now() - started });
      case 'held':
        return err({ type: 'job-held', detail: `${job.id}: held (fake)` });
      default:
        return err({ type: 'job-failed', detail: `${job.id}: failed (fake)` });
    }
  };

  return {
    async print(pdf: Uint8Array, opts: PrintJobOptions): Promise<PrintOutcome> {
      const started = now();
      const mode = behavior;
      if (mode !== 'complete' && mode !== 'pending' && !JOB_LEVEL.includes(mode)) {
        return err({ type: mode, detail: 'fake printer' });
      }
      const job: FakeJob = { id: `${queue}-${next++}`, title: opts.title, paper: opts.paper, bytes: pdf.byteLength, status: 'pending' };
      jobs.push(job);
      if (mode === 'job-failed' || mode === 'job-held' || mode === 'timeout') {
        job.status = mode === 'job-held' ? 'held' : 'failed';
        return err({ type: mode, detail: `${job.id}: ${mode} (fake)` });
      }
      if (mode === 'pending') {
        const status = await new Promise<Exclude<FakeJobStatus, 'pending'>>((resolve) => waiting.set(job.id, resolve));
        job.status = status;
        return outcome(job, started);
      }
      if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
      job.status = 'done';
      return outcome(job, started);
    },
    setBehavior(b) {
      behavior = b;
    },
    setJobStatus(jobId, status) {
      const resolve = waiting.get(jobId);
      if (!resolve) throw new Error(`no pending fake job ${jobId}`);
      waiting.delete(jobId);
      resolve(status);
    },
    jobs: () => jobs.map((j) => ({ ...j })),
    reset() {
      jobs = [];
    },
  };
}
