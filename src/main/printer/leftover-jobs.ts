import { writeFileAtomic } from '../files/atomic-write';
import { readTextFile } from '../files/text-file';
import type { PrintLog } from './print-checklist';

/**
 * Jobs we tried to cancel and could not — cupsd was down or restarting, cancel was refused.
 * Such a job survives in the spooler and would print later, in front of the next visitor.
 * They are remembered here (in memory and in a small file in userData, so a restart does not
 * forget them) and cancelled on the next spooler contact and at startup.
 */
export interface LeftoverJobs {
  remember(jobId: string, why: string): void;
  /** Tries to cancel every remembered job; forgets those that are gone. */
  cancelAll(): Promise<void>;
  list(): string[];
}

export type CancelJob = (jobId: string) => Promise<{ gone: boolean; text: string }>;

const JOB_ID = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,126}-\d{1,10}$/;
const MAX_REMEMBERED = 50;

export function createLeftoverJobs(options: { file?: string; cancel: CancelJob; log: PrintLog }): LeftoverJobs {
  const jobs = new Set<string>(read(options.file));
  let running: Promise<void> | undefined;
  const save = () => {
    if (!options.file) return;
    try {
      writeFileAtomic(options.file, JSON.stringify([...jobs]));
    } catch (e) {
      options.log('error', `leftover print jobs: cannot save ${options.file} (${(e as Error).message})`);
    }
  };
  return {
    remember(jobId, why) {
      if (!JOB_ID.test(jobId) || jobs.has(jobId)) return;
      if (jobs.size >= MAX_REMEMBERED) jobs.delete(jobs.values().next().value as string);
      jobs.add(jobId);
      save();
      options.log('error', `print job ${jobId} could not be cancelled (${why}); it will be cancelled at the next chance — check the printer's queue`);
    },
    cancelAll() {
      if (jobs.size === 0) return Promise.resolve();
      running ??= (async () => {
        for (const jobId of [...jobs]) {
          const r = await options.cancel(jobId);
          if (r.gone) {
            jobs.delete(jobId);
            options.log('info', `leftover print job ${jobId}: ${r.text}`);
          }
        }
        save();
      })().finally(() => (running = undefined));
      return running;
    },
    list: () => [...jobs],
  };
}

function read(file: string | undefined): string[] {
  if (!file) return [];
  try {
    const raw: unknown = JSON.parse(readTextFile(file));
    return Array.isArray(raw) ? raw.filter((x): x is string => typeof x === 'string' && JOB_ID.test(x)).slice(0, MAX_REMEMBERED) : [];
  } catch {
    return [];
  }
}
