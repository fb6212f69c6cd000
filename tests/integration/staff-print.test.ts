import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printChecklist } from '../../src/main/printer/print-checklist';
import { printStaffDocument } from '../../src/main/staff/print-docs';
import { QR_CAPTION_KEYS } from '../../src/shared/checklist/plain';
import { SCENARIOS } from './fixtures/scenarios';
import { listPrinterQueues } from '../../src/main/staff/printers';
import { exec } from '../../src/main/printer/exec';
import { createCupsPrinter } from '../../src/main/printer/printer';
import { renderTestPageHtml, renderUsageReportHtml, usageLabeler } from '../../src/shared/staff/documents';
import { usageDays } from '../../src/shared/staff/usage';
import { createPlaywrightPdfRenderer, type PlaywrightPdfRenderer } from '../support/playwright-pdf';
import { realContent } from '../unit/content-fixture';
import { cupsGate, findPrintedPdf, pdfInfo, pdfText, QUEUE, removePrintedPdfs, restoreQueue, spool, squash } from './cups';

/**
 * Staff mode's own pages through the real spooler: the printer list from lpstat, the test
 * page and the usage report printed as the checklist is (HTML → Chromium PDF → lp → cupsd →
 * cups-pdf), read back with pdftotext; and a paused queue reported, not hung on.
 * Run under the shared lock: flock /work/wt/cups.lock npx vitest run tests/integration/staff-print.test.ts
 */
const gate = cupsGate();

describe.skipIf(gate.skip)('staff printing through CUPS', () => {
  let renderer: PlaywrightPdfRenderer;
  const logs: string[] = [];
  const log = (level: string, m: string) => void logs.push(`${level} ${m}`);
  const content = realContent();

  beforeAll(() => {
    renderer = createPlaywrightPdfRenderer();
    restoreQueue();
  });
  afterAll(async () => {
    await renderer?.close();
    restoreQueue();
    removePrintedPdfs();
  });

  const deps = () => ({ renderer, printer: createCupsPrinter({ queue: QUEUE, timeoutMs: 20_000 }), log });

  it('lists the real queue, ready', async () => {
    const list = await listPrinterQueues(exec, QUEUE);
    expect(list.ok).toBe(true);
    if (!list.ok) return;
    expect(list.value.queues.find((q) => q.name === QUEUE)).toMatchObject({ enabled: true, accepting: true });
  });

  it('prints the test page: one page, naming the kiosk, queue and paper', async () => {
    const since = Date.now();
    const html = renderTestPageHtml({ kioskName: 'Front desk', kioskLocation: 'Bldg 2', queue: QUEUE, paper: 'letter', printedAt: new Date(), contentVersion: 'v-test' });
    const outcome = await printStaffDocument(html, { title: 'Kiosk printer test page', paper: 'letter' }, deps());
    if (!outcome.ok) throw new Error(`test page did not print: ${JSON.stringify(outcome.error)}`);
    const pdf = await findPrintedPdf(outcome.value.jobId, since);
    const text = squash(pdfText(pdf));
    for (const s of ['Printer test page', 'Front desk — Bldg 2', QUEUE, 'letter', 'v-test', '¿Dónde inicio sesión?']) expect(text, s).toContain(squash(s));
    expect(pdfInfo(pdf)).toMatchObject({ pages: 1, widthPt: 612, heightPt: 792 });
    expect(logs.some((l) => l.startsWith('info staff print "Kiosk printer test page" done'))).toBe(true);
  });

  it('prints the usage report with the counts and the categories by name', async () => {
    const since = Date.now();
    const days = usageDays(
      { '2026-12-01': { 'session-started': 7, 'checklist-shown': 5, printed: 4, 'print-failed': 1, 'idle-reset': 2, 'task:referral': 3, 'task:move': 2, 'region:CA': 5, 'beneficiary:adfm': 5 } },
      '2026-12-02',
      30,
    );
    const html = renderUsageReportHtml({ kioskName: 'Front desk', kioskLocation: '', days, printedAt: new Date(), paper: 'a4', label: usageLabeler(content) });
    const outcome = await printStaffDocument(html, { title: 'Kiosk usage report', paper: 'a4' }, deps());
    if (!outcome.ok) throw new Error(`report did not print: ${JSON.stringify(outcome.error)}`);
    const pdf = await findPrintedPdf(outcome.value.jobId, since);
    const text = squash(pdfText(pdf));
    for (const s of ['Kiosk usage report', 'Front desk', '2026-11-03 to 2026-12-02', content.tasks.find((t) => t.id === 'referral')!.label.en, content.regions.states.find((s) => s.code === 'CA')!.name.en]) {
      expect(text, s).toContain(squash(s));
    }
    expect(pdfInfo(pdf)).toMatchObject({ pages: 1 });
    expect(Math.round(pdfInfo(pdf).widthPt)).toBe(595);
  });

  for (const scenario of SCENARIOS) {
    it(`${scenario.name}: the staff copy (two copies, one job) prints on one page with the notes box`, async () => {
      const since = Date.now();
      const outcome = await printChecklist(
        { answers: scenario.answers, lang: 'en', staffCopy: true, copies: 2 },
        { content, ...deps(), settings: { paper: 'letter' }, now: () => new Date() },
      );
      if (!outcome.ok) throw new Error(`staff copy did not print: ${JSON.stringify(outcome.error)}`);
      const pdf = await findPrintedPdf(outcome.value.jobId, since);
      const text = squash(pdfText(pdf));
      expect(text).toContain(squash('Staff copy: keep at the desk'));
      expect(text).toContain(squash('Staff notes'));
      // The notes take the take-home code's place: none of its captions is on the page.
      for (const key of Object.values(QR_CAPTION_KEYS)) expect(text, key).not.toContain(squash(content.printText[key]!.en));
      expect(pdfInfo(pdf).pages).toBe(1);
    });
  }

  it('a paused queue is reported at once, and no job is left behind', async () => {
    spool('cupsdisable', '-r', 'staff test');
    try {
      const html = renderTestPageHtml({ kioskName: '', kioskLocation: '', queue: QUEUE, paper: 'letter', printedAt: new Date(), contentVersion: null });
      const outcome = await printStaffDocument(html, { title: 'Kiosk printer test page', paper: 'letter' }, deps());
      expect(outcome).toMatchObject({ ok: false, error: { type: 'queue-disabled' } });
      expect(logs.at(-1)).toMatch(/^error staff print "Kiosk printer test page" failed: queue-disabled/);
    } finally {
      restoreQueue();
    }
  });

  it('a queue that does not exist', async () => {
    const outcome = await printStaffDocument('<p>x</p>', { title: 't', paper: 'letter' }, { ...deps(), printer: createCupsPrinter({ queue: 'NoSuchQueue', timeoutMs: 5_000 }) });
    expect(outcome).toMatchObject({ ok: false, error: { type: 'queue-missing' } });
  });
});
