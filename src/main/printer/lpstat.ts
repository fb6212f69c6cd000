import { assertNever, err, ok, type Result } from '../../shared/result';
import { describeExecError, type Exec } from './exec';
import { escapeRegExp, isValidQueueName } from './lp';

/**
 * Reading the spooler's state with lpstat (and, where installed, one ipptool call to tell a
 * completed job from a cancelled one). Parsers are pure functions of the C-locale output, so
 * they are unit-tested on captured text; the query functions run the commands.
 */

// ---------------------------------------------------------------------------------------------
// Queue

export interface QueueStatus {
  /** `cupsenable`d: jobs will print. A disabled queue keeps new jobs pending. */
  enabled: boolean;
  /** `cupsaccept`ed: lp will take jobs. */
  accepting: boolean;
  /** The reason staff gave (`cupsdisable -r`), or the printer's state message. */
  reason?: string;
}

export type QueueQueryError =
  | { type: 'queue-missing'; detail: string }
  | { type: 'spooler-down'; detail: string }
  | { type: 'query-failed'; detail: string };

/**
 * Parses `lpstat -p <queue> -a <queue>`:
 *   printer KioskPDF is idle.  enabled since Wed Nov 25 12:09:28 2026
 *   printer KioskPDF disabled since Wed Nov 25 12:09:40 2026 -
 *   \tpaper jam
 *   KioskPDF accepting requests since Wed Nov 25 12:09:28 2026
 *   KioskPDF not accepting requests since Wed Nov 25 12:09:41 2026 -
 *   \tRejecting Jobs
 */
export function parseQueueStatus(stdout: string, queue: string): QueueStatus | undefined {
  const q = escapeRegExp(queue);
  const lines = stdout.split('\n');
  let enabled: boolean | undefined;
  let accepting: boolean | undefined;
  let reason: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const next = lines[i + 1];
    const detail = next !== undefined && /^\s/.test(next) && next.trim() !== '' ? next.trim() : undefined;
    if (new RegExp(`^printer ${q} `).test(line)) {
      enabled = !/^printer \S+ disabled\b/.test(line);
      if (!enabled && detail) reason = detail;
    } else if (new RegExp(`^${q} (not )?accepting requests`).test(line)) {
      accepting = !new RegExp(`^${q} not accepting`).test(line);
      if (!accepting && detail && reason === undefined) reason = detail;
    }
  }
  if (enabled === undefined || accepting === undefined) return undefined;
  return { enabled, accepting, ...(reason ? { reason } : {}) };
}

/** True when `lpstat -r` says the scheduler is down (an unreachable cupsd also reads as "invalid destination"). */
export function parseSchedulerDown(stdout: string): boolean {
  return /scheduler is not running/i.test(stdout);
}

export async function queryQueue(exec: Exec, queue: string, env?: Record<string, string>): Promise<Result<QueueStatus, QueueQueryError>> {
  if (!isValidQueueName(queue)) return err({ type: 'queue-missing', detail: `not a valid queue name: ${JSON.stringify(queue)}` });
  const opts = { timeoutMs: 5_000, ...(env ? { env } : {}) };
  const run = await exec('lpstat', ['-p', queue, '-a', queue], opts);
  if (!run.ok) {
    return err({ type: run.error.type === 'not-found' ? 'spooler-down' : 'query-failed', detail: `lpstat: ${describeExecError(run.error)}` });
  }
  const status = run.value.code === 0 ? parseQueueStatus(run.value.stdout, queue) : undefined;
  if (status) return ok(status);
  const said = `${run.value.stderr} ${run.value.stdout}`.replace(/\s+/g, ' ').trim();
  if (await schedulerDown(exec, env)) return err({ type: 'spooler-down', detail: `cupsd is not running (${said})` });
  if (/invalid destination|does not exist|unknown destination/i.test(said)) {
    return err({ type: 'queue-missing', detail: `no queue named ${queue} (${said})` });
  }
  return err({ type: 'query-failed', detail: `lpstat exited ${run.value.code}: ${said || '(no message)'}` });
}

export async function schedulerDown(exec: Exec, env?: Record<string, string>): Promise<boolean> {
  const run = await exec('lpstat', ['-r'], { timeoutMs: 5_000, ...(env ? { env } : {}) });
  return run.ok && parseSchedulerDown(run.value.stdout);
}

// ---------------------------------------------------------------------------------------------
// Jobs

export type JobState = 'queued' | 'printing' | 'held' | 'done' | 'failed' | 'unknown';

export interface JobEntry {
  id: string;
  /** job-state-reasons, from the "Alerts:" line. */
  reasons: string[];
  /** job-printer-state-message, from the "Status:" line. */
  status?: string;
}

/**
 * Parses `lpstat -l -o <queue>` (or `lpstat -o`) into jobs:
 *   KioskPDF-4              root              1024   Wed Nov 25 12:10:01 2026
 *   \tStatus: loadFilename failed: …
 *   \tAlerts: job-completed-with-errors
 *   \tqueued for KioskPDF
 */
export function parseJobList(stdout: string): JobEntry[] {
  const jobs: JobEntry[] = [];
  for (const line of stdout.split('\n')) {
    const head = /^(\S+-\d+)\s/.exec(line);
    if (head?.[1]) {
      jobs.push({ id: head[1], reasons: [] });
      continue;
    }
    const job = jobs[jobs.length - 1];
    if (!job) continue;
    const alerts = /^\s+Alerts:\s*(.*)$/.exec(line);
    if (alerts) job.reasons = (alerts[1] ?? '').split(/[\s,]+/).filter((r) => r !== '' && r !== 'none');
    const status = /^\s+Status:\s*(.*)$/.exec(line);
    if (status && status[1]?.trim()) job.status = status[1].trim();
  }
  return jobs;
}

const HELD = /^(job-hold-until-specified|job-held-.*|job-password-wait|job-hold-.*)$/;
const FAILED =
  /^(job-completed-with-errors|job-aborted-by-system|job-aborted-by-user|aborted-by-system|document-format-error|document-unprintable-error|document-access-error|unsupported-document-format|unsupported-compression|compression-error|job-data-insufficient)$/;
const PRINTING = /^(job-printing|job-transforming|job-outgoing|job-interpreting|processing-to-stop-point)$/;

/** A job still in the not-completed list, classified by its job-state-reasons. */
export function classifyActiveJob(reasons: readonly string[]): Exclude<JobState, 'done' | 'unknown'> {
  if (reasons.some((r) => FAILED.test(r))) return 'failed';
  if (reasons.some((r) => HELD.test(r))) return 'held';
  if (reasons.some((r) => PRINTING.test(r))) return 'printing';
  return 'queued';
}

/** IPP job-state keywords (ipptool's spelling) → our states. */
export type IppJobState = 'pending' | 'pending-held' | 'processing' | 'processing-stopped' | 'canceled' | 'aborted' | 'completed';

export function fromIppJobState(state: IppJobState): JobState {
  switch (state) {
    case 'pending':
      return 'queued';
    case 'pending-held':
      return 'held';
    case 'processing':
      return 'printing';
    case 'processing-stopped':
      return 'queued';
    case 'canceled':
    case 'aborted':
      return 'failed';
    case 'completed':
      return 'done';
    default:
      return assertNever(state);
  }
}

/** `job-state (enum) = canceled` in `ipptool -tv` output. */
export function parseIppJobState(stdout: string): IppJobState | undefined {
  const m = /job-state \(enum\) = ([a-z-]+)/.exec(stdout);
  const s = m?.[1];
  const known: readonly string[] = ['pending', 'pending-held', 'processing', 'processing-stopped', 'canceled', 'aborted', 'completed'];
  return s !== undefined && known.includes(s) ? (s as IppJobState) : undefined;
}

export interface JobQueryOptions {
  env?: Record<string, string>;
  /** Ask ipptool whether a finished job completed or was cancelled/aborted (lpstat can't tell). */
  confirmWithIpp?: boolean;
}

/**
 * Where the job is: in `lpstat -l -o <queue>` (not finished: queued, printing, held, or stopped
 * with an error) or in `lpstat -W completed -o <queue>` (finished). A finished job is then
 * checked with ipptool when available, because lpstat lists cancelled and aborted jobs among
 * the completed ones. Not in either list: 'unknown'.
 */
export async function queryJobState(
  exec: Exec,
  queue: string,
  jobId: string,
  options: JobQueryOptions = {},
): Promise<Result<{ state: JobState; detail?: string }, string>> {
  const opts = { timeoutMs: 5_000, ...(options.env ? { env: options.env } : {}) };
  const active = await exec('lpstat', ['-l', '-o', queue], opts);
  if (!active.ok) return err(`lpstat: ${describeExecError(active.error)}`);
  if (active.value.code !== 0) return err(`lpstat -o exited ${active.value.code}: ${active.value.stderr.trim()}`);
  const job = parseJobList(active.value.stdout).find((j) => j.id === jobId);
  if (job) {
    const detail = [job.status, job.reasons.join(' ')].filter(Boolean).join('; ');
    return ok({ state: classifyActiveJob(job.reasons), ...(detail ? { detail } : {}) });
  }

  const done = await exec('lpstat', ['-W', 'completed', '-o', queue], opts);
  if (!done.ok) return err(`lpstat: ${describeExecError(done.error)}`);
  if (done.value.code !== 0) return err(`lpstat -W completed exited ${done.value.code}: ${done.value.stderr.trim()}`);
  if (!parseJobList(done.value.stdout).some((j) => j.id === jobId)) return ok({ state: 'unknown' });

  if (options.confirmWithIpp !== false) {
    const ipp = await ippJobState(exec, jobId, options.env);
    if (ipp && fromIppJobState(ipp) === 'failed') return ok({ state: 'failed', detail: `job ${ipp}` });
  }
  return ok({ state: 'done' });
}

/** The IPP job-state, or undefined when ipptool is missing or the query fails. */
export async function ippJobState(exec: Exec, jobId: string, env?: Record<string, string>): Promise<IppJobState | undefined> {
  const n = /-(\d+)$/.exec(jobId)?.[1];
  if (!n) return undefined;
  const run = await exec('ipptool', ['-tv', `ipp://${ippHost(env)}/jobs/${n}`, 'get-job-attributes.test'], {
    timeoutMs: 5_000,
    ...(env ? { env } : {}),
  });
  return run.ok ? parseIppJobState(run.value.stdout) : undefined;
}

/** CUPS_SERVER as host[:port] when it names one, else the local cupsd. */
function ippHost(env?: Record<string, string>): string {
  const server = env?.CUPS_SERVER ?? process.env.CUPS_SERVER;
  return server && /^[A-Za-z0-9.-]+(:\d+)?$/.test(server) ? server : 'localhost';
}

/** Jobs of this queue that are not finished (for "nothing left hanging" checks). */
export async function pendingJobs(exec: Exec, queue: string, env?: Record<string, string>): Promise<Result<string[], string>> {
  const run = await exec('lpstat', ['-o', queue], { timeoutMs: 5_000, ...(env ? { env } : {}) });
  if (!run.ok) return err(`lpstat: ${describeExecError(run.error)}`);
  if (run.value.code !== 0) return err(`lpstat -o exited ${run.value.code}: ${run.value.stderr.trim()}`);
  return ok(parseJobList(run.value.stdout).map((j) => j.id));
}
