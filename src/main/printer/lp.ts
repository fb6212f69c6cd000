import type { PaperSize, PrintError } from '../../shared/ipc';
import { PAPER } from '../../shared/checklist/paper';
import { err, ok, type Result } from '../../shared/result';
import { describeExecError, type Exec } from './exec';
import { pdfPageSizeMm } from './pdf-renderer';

/** A CUPS queue name as lpadmin accepts it; never starts with "-", so it can't read as an option. */
const QUEUE_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,126}$/;
/** `-o` values we send: keyword=value with no spaces or shell-ish characters. */
const OPTION = /^[a-z][a-z0-9-]*=[A-Za-z0-9_.-]+$/;

export function isValidQueueName(queue: string): boolean {
  return QUEUE_NAME.test(queue);
}

export interface LpJob {
  title: string;
  paper: PaperSize;
  copies?: number;
}

/**
 * The media to ask for: the sheet's name, or for a roll its width by the document's own length
 * (read from the PDF), so the spooler neither scales the page nor feeds blank paper.
 */
export function mediaFor(paper: PaperSize, pdf?: Uint8Array): string {
  const spec = PAPER[paper];
  if (!spec.roll || !pdf) return spec.cupsMedia;
  const size = pdfPageSizeMm(pdf);
  if (!size) return spec.cupsMedia;
  return `Custom.${Math.round(spec.widthMm)}x${Math.round(size.heightMm)}mm`;
}

/** `lp` arguments for a PDF on standard input. */
export function lpArgs(queue: string, job: LpJob, pdf?: Uint8Array): string[] {
  const options = [`media=${mediaFor(job.paper, pdf)}`];
  for (const o of options) if (!OPTION.test(o)) throw new Error(`bad lp option ${o}`);
  // Copies as one job (lp -n), so both come out together and one failure is one failure.
  const copies = job.copies !== undefined && Number.isInteger(job.copies) && job.copies > 1 ? ['-n', String(Math.min(job.copies, 9))] : [];
  return ['-d', queue, '-t', cleanTitle(job.title), ...copies, ...options.flatMap((o) => ['-o', o]), '--', '-'];
}

/** Titles become file names on cups-pdf and lines on banner pages: printable, short. */
export function cleanTitle(title: string): string {
  const t = title.replace(/[\p{Cc}\p{Cf}]+/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, 80);
  return t === '' ? 'checklist' : t;
}

/**
 * The job id from lp's "request id is KioskPDF-12 (1 file(s))". Only the `<queue>-<n>` token is
 * matched: the words around it differ between CUPS versions and languages.
 */
export function parseJobId(stdout: string, queue: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)(${escapeRegExp(queue)}-(\\d+))(?=\\s|$)`).exec(stdout);
  return m?.[1];
}

/** What lp's (or lpstat's) complaint means for the visitor and the staff log. */
export function classifyLpFailure(output: string): PrintError['type'] {
  if (/not accepting (jobs|requests)/i.test(output)) return 'queue-rejecting';
  if (/scheduler is not running|connection refused|unable to connect|server-error-service-unavailable/i.test(output)) {
    return 'spooler-down';
  }
  if (/does not exist|unknown destination|invalid destination|no default destination|not found/i.test(output)) {
    return 'queue-missing';
  }
  return 'job-failed';
}

/**
 * Hands a PDF to the spooler: `lp -d <queue> -t <title> -o media=<size> -- -` with the bytes on
 * standard input (nothing written to disk). Returns the CUPS job id, e.g. "KioskPDF-12".
 */
export async function submitJob(
  exec: Exec,
  queue: string,
  pdf: Uint8Array,
  job: LpJob,
  env?: Record<string, string>,
): Promise<Result<string, PrintError>> {
  if (!isValidQueueName(queue)) return err({ type: 'queue-missing', detail: `not a valid queue name: ${JSON.stringify(queue)}` });
  const run = await exec('lp', lpArgs(queue, job, pdf), { stdin: pdf, timeoutMs: 30_000, ...(env ? { env } : {}) });
  if (!run.ok) {
    const type = run.error.type === 'not-found' ? 'spooler-down' : 'job-failed';
    return err({ type, detail: `lp: ${describeExecError(run.error)}` });
  }
  const { stdout, stderr, code } = run.value;
  const jobId = parseJobId(stdout, queue);
  if (code === 0 && jobId) return ok(jobId);
  const said = `${stderr} ${stdout}`.replace(/\s+/g, ' ').trim();
  return err({ type: classifyLpFailure(said), detail: `lp exited ${code}: ${said || '(no message)'}` });
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
