import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { exec as realExec, type Exec } from '../../src/main/printer/exec';
import { createCupsPrinter } from '../../src/main/printer/printer';
import { renderChecklistHtml } from '../../src/shared/checklist';
import { UiStrings } from '../../src/shared/content/schema';
import type { PrintErrorType, PrintOutcome } from '../../src/shared/ipc';
import { createPlaywrightPdfRenderer } from '../support/playwright-pdf';
import { cupsGate, findPrintedPdf, pendingJobIds, QUEUE, removePrintedPdfs, restoreQueue, spool } from './cups';
import { handPlan } from './fixtures/plans';

/**
 * Printer faults on the real spooler, each answered with the right failure and nothing left
 * in the queue afterwards. The queue is shared, so every test puts it back (enabled,
 * accepting, empty) in afterEach, whatever happened.
 */
const gate = cupsGate();
const root = join(import.meta.dirname, '../..');
const opts = { title: 'fault test', paper: 'letter' as const };

describe.skipIf(gate.skip)('printer faults on the real spooler', () => {
  let pdf: Uint8Array;
  const matrix: string[] = [];

  beforeAll(async () => {
    restoreQueue();
    const renderer = createPlaywrightPdfRenderer();
    const text = UiStrings.parse(JSON.parse(readFileSync(join(root, 'data/print.json'), 'utf8')));
    pdf = await renderer.render(renderChecklistHtml(handPlan, { lang: 'en', paper: 'letter', text, printedAt: new Date() }), 'letter');
    await renderer.close();
  });
  afterEach(() => restoreQueue());
  const jobIds: string[] = [];
  afterAll(() => removePrintedPdfs(jobIds));
  afterAll(() => console.log(`fault matrix (real cupsd, queue ${QUEUE}):\n${matrix.join('\n')}`));

  const expectFailure = (name: string, outcome: PrintOutcome, type: PrintErrorType) => {
    const pending = pendingJobIds();
    const jobId = outcome.ok ? outcome.value.jobId : /^(\S+-\d+):/.exec(outcome.error.detail ?? '')?.[1];
    if (jobId) jobIds.push(jobId);
    matrix.push(`  ${name.padEnd(44)} → ${outcome.ok ? `ok ${outcome.value.jobId}` : outcome.error.type}; pending jobs after: ${pending.length}${outcome.ok ? '' : ` (${outcome.error.detail ?? ''})`}`);
    expect(outcome.ok ? 'printed' : outcome.error.type).toBe(type);
    expect(pending, 'nothing left hanging in the queue').toEqual([]);
  };

  /** Runs lp, then does something to the spooler (the fault arrives after the queue check). */
  const afterLp = (fault: () => void): Exec => async (cmd, args, o) => {
    const r = await realExec(cmd, args, o);
    if (cmd === 'lp') fault();
    return r;
  };

  it('control: a healthy queue prints', async () => {
    const since = Date.now();
    const outcome = await createCupsPrinter({ queue: QUEUE, timeoutMs: 20_000 }).print(pdf, opts);
    matrix.push(`  ${'healthy queue'.padEnd(44)} → ${outcome.ok ? `ok ${outcome.value.jobId} in ${outcome.value.millis} ms` : outcome.error.type}`);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
    await findPrintedPdf(outcome.value.jobId, since);
    expect(pendingJobIds()).toEqual([]);
  });

  it('no queue configured → no-printer-configured', async () => {
    expectFailure('no queue configured', await createCupsPrinter({ queue: undefined, timeoutMs: 5_000 }).print(pdf, opts), 'no-printer-configured');
  });

  it('disabled queue (cupsdisable) → queue-disabled at once, no job submitted', async () => {
    spool('cupsdisable', '-r', 'paper jam');
    const started = Date.now();
    const outcome = await createCupsPrinter({ queue: QUEUE, timeoutMs: 20_000 }).print(pdf, opts);
    expectFailure('disabled queue (cupsdisable)', outcome, 'queue-disabled');
    expect(outcome.ok || outcome.error.detail).toContain('paper jam');
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('missing queue name → queue-missing', async () => {
    expectFailure('missing queue name', await createCupsPrinter({ queue: 'NoSuchQueue', timeoutMs: 5_000 }).print(pdf, opts), 'queue-missing');
  });

  it('rejecting queue (cupsreject) → queue-rejecting', async () => {
    spool('cupsreject', '-r', 'closed for the day');
    expectFailure('rejecting queue (cupsreject)', await createCupsPrinter({ queue: QUEUE, timeoutMs: 5_000 }).print(pdf, opts), 'queue-rejecting');
  });

  it('rejected by lp itself (cupsreject between the check and lp) → queue-rejecting', async () => {
    let checks = 0;
    const exec: Exec = async (cmd, args, o) => {
      if (cmd === 'lp') spool('cupsreject');
      const r = await realExec(cmd, args, o);
      if (cmd === 'lpstat' && args[0] === '-p') checks++;
      return r;
    };
    const outcome = await createCupsPrinter({ queue: QUEUE, timeoutMs: 5_000, exec }).print(pdf, opts);
    expectFailure('rejected by lp (cupsreject after the check)', outcome, 'queue-rejecting');
    expect(outcome.ok || outcome.error.detail).toMatch(/lp exited 1: .*not accepting jobs/);
    expect(checks).toBe(1);
  });

  it('queue disabled after submitting: the stuck job is cancelled at the timeout → queue-disabled', async () => {
    const exec = afterLp(() => spool('cupsdisable'));
    const outcome = await createCupsPrinter({ queue: QUEUE, timeoutMs: 2_500, exec }).print(pdf, opts);
    expectFailure('disabled after lp; job stuck pending', outcome, 'queue-disabled');
    expect(outcome.ok || outcome.error.detail).toMatch(/cancelled$/);
  });

  it('held job (lp -H hold) → job-held, and the job is cancelled', async () => {
    const exec: Exec = (cmd, args, o) => realExec(cmd, cmd === 'lp' ? ['-H', 'hold', ...args] : args, o);
    const outcome = await createCupsPrinter({ queue: QUEUE, timeoutMs: 10_000, exec }).print(pdf, opts);
    expectFailure('held job (lp -H hold)', outcome, 'job-held');
  });

  it('a job the filters cannot print (damaged PDF) → job-failed, and the job is cancelled', async () => {
    const damaged = new TextEncoder().encode('%PDF-1.4\nnot really a pdf\n');
    const outcome = await createCupsPrinter({ queue: QUEUE, timeoutMs: 15_000 }).print(damaged, opts);
    expectFailure('damaged PDF (filter fails)', outcome, 'job-failed');
  });

  it('a job cancelled by staff while printing → job-failed, not "printed"', async () => {
    let jobId = '';
    const exec: Exec = async (cmd, args, o) => {
      const r = await realExec(cmd, args, o);
      if (cmd === 'lp' && r.ok) {
        jobId = /(\S+-\d+)/.exec(r.value.stdout)?.[1] ?? '';
        spool('cupsdisable'); // keep it pending long enough to cancel it
        await realExec('cancel', [jobId]);
        spool('cupsenable');
      }
      return r;
    };
    const outcome = await createCupsPrinter({ queue: QUEUE, timeoutMs: 10_000, exec }).print(pdf, opts);
    expectFailure('cancelled by staff (ipptool: canceled)', outcome, 'job-failed');
  });

  it('scheduler unreachable (CUPS_SERVER → nowhere) → spooler-down', async () => {
    const env = { CUPS_SERVER: join(root, '.tmp', 'no-cupsd-here.sock') };
    expectFailure('scheduler unreachable', await createCupsPrinter({ queue: QUEUE, timeoutMs: 5_000, env }).print(pdf, opts), 'spooler-down');
  });

  it('the queue is back to normal after the faults', async () => {
    const since = Date.now();
    const outcome = await createCupsPrinter({ queue: QUEUE, timeoutMs: 20_000 }).print(pdf, opts);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
    await findPrintedPdf(outcome.value.jobId, since);
  });
});
