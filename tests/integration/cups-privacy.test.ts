import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exec } from '../../src/main/printer/exec';
import { createCupsPrinter } from '../../src/main/printer/printer';
import { checkSpoolerPrivacy } from '../../src/main/printer/spooler-privacy';
import { renderChecklistHtml } from '../../src/shared/checklist';
import { UiStrings } from '../../src/shared/content/schema';
import { createPlaywrightPdfRenderer } from '../support/playwright-pdf';
import { cupsGate, findPrintedPdf, QUEUE, removePrintedPdfs, restoreQueue } from './cups';
import { handPlan } from './fixtures/plans';

/**
 * A real print leaves nothing of the visitor in the spooler (probe M3): with .ci/cups.sh's
 * PreserveJobFiles No, the document file (d<job>-001 in the spool folder) is gone once the job
 * completes, and the kiosk's own start-up check agrees. Run under `flock /work/wt/cups.lock`.
 */
const gate = cupsGate();
const root = join(import.meta.dirname, '../..');
const C = { ...process.env, LC_ALL: 'C' };

/** The spooler's RequestRoot (cups-files.conf), where it keeps job files. */
function spoolDir(): string {
  try {
    const conf = readFileSync('/etc/cups/cups-files.conf', 'utf8');
    const m = /^\s*RequestRoot\s+(\S+)/m.exec(conf);
    if (m?.[1]) return m[1];
  } catch {
    // default below
  }
  return '/var/spool/cups';
}

describe.skipIf(gate.skip)('the print spooler keeps no printed checklist', () => {
  const renderer = createPlaywrightPdfRenderer();
  afterAll(async () => {
    await renderer.close();
    restoreQueue();
    removePrintedPdfs();
  });

  it('is set up not to keep documents (cupsctl), and the kiosk start-up check says so', async () => {
    const settings = execFileSync('cupsctl', [], { env: C, encoding: 'utf8' });
    expect(settings).toMatch(/^PreserveJobFiles=No$/m);
    expect(await checkSpoolerPrivacy(exec)).toMatchObject({ ok: true });
  });

  it('after a real print completes, no job file of it is left in the spool folder', async () => {
    restoreQueue();
    const text = UiStrings.parse(JSON.parse(readFileSync(join(root, 'data/print.json'), 'utf8')));
    const pdf = await renderer.render(renderChecklistHtml(handPlan, { lang: 'en', paper: 'letter', text, printedAt: new Date() }), 'letter');
    const since = Date.now();
    const outcome = await createCupsPrinter({ queue: QUEUE, timeoutMs: 30_000 }).print(pdf, { title: 'privacy check', paper: 'letter' });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
    await findPrintedPdf(outcome.value.jobId, since); // it really printed
    const n = Number(/-(\d+)$/.exec(outcome.value.jobId)![1]);
    const dataFile = join(spoolDir(), `d${String(n).padStart(5, '0')}-001`);
    // cupsd removes the file as the job completes; give it a moment.
    for (let i = 0; i < 50 && existsSync(dataFile); i++) await new Promise((r) => setTimeout(r, 100));
    expect(existsSync(dataFile), `${dataFile} still holds the printed checklist`).toBe(false);
    const left = readdirSync(spoolDir()).filter((f) => new RegExp(`^d0*${n}-\\d+$`).test(f));
    expect(left).toEqual([]);
  });
});
