import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeadlineError } from '../../src/main/printer/deadline';
import { createElectronDirectPrinter, createElectronPdfRenderer } from '../../src/main/printer/electron-pdf';
import { MM_PER_INCH, PAPER, RECEIPT_FALLBACK_LENGTH_MM } from '../../src/shared/checklist/paper';
import { renderChecklistHtml } from '../../src/shared/checklist';
import { UiStrings } from '../../src/shared/content/schema';
import type { PaperSize } from '../../src/shared/ipc';
import { handPlan } from '../integration/fixtures/plans';
import { createChromiumPrintElectron, type ChromiumPrintElectron } from '../support/electron-print-fake';

/**
 * The Electron PDF and print code itself (src/main/printer/electron-pdf.ts), not a copy: run
 * against a fake BrowserWindow whose printToPDF and debugger are a real Chromium page. Page
 * sizes, margins, receipt measuring, the hidden window's lockdown and the deadlines (probe M2).
 */
const root = join(import.meta.dirname, '../..');
const hasChromium = existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');
if (!hasChromium) console.log('[printer-electron-pdf] skipped: no Chromium at /usr/bin/chromium (CHROMIUM_PATH)');
const text = UiStrings.parse(JSON.parse(readFileSync(join(root, 'data/print.json'), 'utf8')));
const html = (paper: PaperSize) => renderChecklistHtml(handPlan, { lang: 'en', paper, text, printedAt: new Date('2026-12-02T10:00:00Z') });
const out = join(root, '.tmp', 'electron-pdf');
const C = { ...process.env, LC_ALL: 'C' };

function info(bytes: Uint8Array, name: string) {
  mkdirSync(out, { recursive: true });
  const file = join(out, `${name}.pdf`);
  writeFileSync(file, bytes);
  const raw = execFileSync('pdfinfo', [file], { env: C, encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(raw)!;
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(raw)![1]),
    widthMm: (Number(size[1]) / 72) * MM_PER_INCH,
    heightMm: (Number(size[2]) / 72) * MM_PER_INCH,
    text: execFileSync('pdftotext', [file, '-'], { env: C, encoding: 'utf8' }),
  };
}

describe.skipIf(!hasChromium)('Electron PDF code against a Chromium-backed fake BrowserWindow', () => {
  let electron: ChromiumPrintElectron;
  beforeAll(() => {
    electron = createChromiumPrintElectron();
  });
  afterAll(async () => {
    await electron?.close();
  });

  it.each([
    ['letter', 215.9, 279.4],
    ['a4', 210, 297],
  ] as const)('%s: printToPDF gets the sheet in inches and the paper margins; the PDF is that size, one page, text intact', async (paper, w, h) => {
    const before = electron.windows.length;
    const pdf = await createElectronPdfRenderer(electron).render(html(paper), paper);
    const win = electron.windows[before]!;
    const m = PAPER[paper].marginMm / MM_PER_INCH;
    expect(win.pdfOptions).toEqual([
      { pageSize: { width: w / MM_PER_INCH, height: h / MM_PER_INCH }, printBackground: true, preferCSSPageSize: true, margins: { top: m, bottom: m, left: m, right: m } },
    ]);
    const got = info(pdf, paper);
    expect(got.pages).toBe(1);
    expect(got.widthMm).toBeCloseTo(w, 0);
    expect(got.heightMm).toBeCloseTo(h, 0);
    expect(got.text).toContain('TriWest');
    expect(win.loaded[0]).toMatch(/^data:text\/html;charset=utf-8,/);
  });

  it('receipt: the document is measured through the debugger and the roll cut to its length', async () => {
    const before = electron.windows.length;
    const pdf = await createElectronPdfRenderer(electron).render(html('receipt80'), 'receipt80');
    const opts = electron.windows[before]!.pdfOptions[0]!;
    const size = opts.pageSize as { width: number; height: number };
    expect(size.width * MM_PER_INCH).toBeCloseTo(80, 5);
    const lengthMm = size.height * MM_PER_INCH;
    expect(lengthMm).toBeGreaterThan(100);
    expect(lengthMm).toBeLessThan(RECEIPT_FALLBACK_LENGTH_MM); // measured, not the fallback
    const got = info(pdf, 'receipt80');
    expect(got.pages).toBe(1);
    expect(got.widthMm).toBeCloseTo(80, 0);
    expect(got.heightMm).toBeCloseTo(lengthMm, 0);
  });

  it('the hidden window can do nothing but lay out a page, and is destroyed after use', async () => {
    const before = electron.windows.length;
    await createElectronPdfRenderer(electron).render(html('letter'), 'letter');
    const win = electron.windows[before]!;
    expect(win.options).toMatchObject({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, webSecurity: true, disableBlinkFeatures: 'Auxclick' },
    });
    expect(win.options.webPreferences?.preload).toBeUndefined();
    expect(win.denyOpen).toBe(true);
    expect(win.blocksNavigation).toBe(true);
    expect(electron.sessions.at(-1)).toEqual({ permissionRequestDenied: true, permissionCheck: false });
    expect(win.destroyed).toBe(true);
  });

  it('a render that never returns is cut off at its deadline: DeadlineError, window destroyed (probe M2)', async () => {
    const hanging = createChromiumPrintElectron({ hangPdf: true });
    try {
      const started = Date.now();
      await expect(createElectronPdfRenderer(hanging, { renderTimeoutMs: 1_500 }).render(html('letter'), 'letter')).rejects.toBeInstanceOf(DeadlineError);
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(hanging.windows[0]!.destroyed).toBe(true);
    } finally {
      await hanging.close();
    }
  });

  it('an abandoned render (a new session started) destroys its window at once', async () => {
    const controller = new AbortController();
    const hanging = createChromiumPrintElectron({ hangPdf: true });
    try {
      const work = createElectronPdfRenderer(hanging, { renderTimeoutMs: 30_000 }).render(html('letter'), 'letter', { signal: controller.signal });
      setTimeout(() => controller.abort('a new session started'), 300);
      await expect(work).rejects.toThrow(/abandoned: a new session started/);
      expect(hanging.windows[0]!.destroyed).toBe(true);
    } finally {
      await hanging.close();
    }
  });

  describe('Windows: silent webContents.print to a named printer', () => {
    it('sends the same page in microns and margins in CSS px; the page it describes is the PDF path’s page', async () => {
      const before = electron.windows.length;
      const printer = createElectronDirectPrinter(electron, { deviceName: 'Front Desk', printTimeoutMs: 20_000 });
      const outcome = await printer.printHtml(html('a4'), { title: 'TRICARE checklist', paper: 'a4' });
      expect(outcome).toMatchObject({ ok: true, value: { jobId: 'Front Desk:TRICARE checklist' } });
      const win = electron.windows[before]!;
      const m = Math.round((PAPER.a4.marginMm / MM_PER_INCH) * 96);
      expect(win.printOptions).toEqual([
        { silent: true, deviceName: 'Front Desk', printBackground: true, color: false, pageSize: { width: 210_000, height: 297_000 }, margins: { marginType: 'custom', top: m, bottom: m, left: m, right: m } },
      ]);
      const got = info(win.printed[0]!, 'direct-a4');
      expect(got.pages).toBe(1);
      expect(got.widthMm).toBeCloseTo(210, 0);
      expect(got.heightMm).toBeCloseTo(297, 0);
      expect(win.destroyed).toBe(true);
    });

    it('a receipt is measured for print() too', async () => {
      const before = electron.windows.length;
      await createElectronDirectPrinter(electron, { deviceName: 'Receipt' }).printHtml(html('receipt80'), { title: 't', paper: 'receipt80' });
      const size = electron.windows[before]!.printOptions[0]!.pageSize as { width: number; height: number };
      expect(size.width).toBe(80_000);
      expect(size.height).toBeLessThan(RECEIPT_FALLBACK_LENGTH_MM * 1000);
    });

    it('a refused print is job-failed with the reason; a callback that never comes is a timeout with the window destroyed', async () => {
      const failing = createChromiumPrintElectron({ print: 'fail' });
      const hanging = createChromiumPrintElectron({ print: 'hang' });
      try {
        expect(await createElectronDirectPrinter(failing, { deviceName: 'P' }).printHtml(html('letter'), { title: 't', paper: 'letter' })).toEqual({
          ok: false,
          error: { type: 'job-failed', detail: 'webContents.print to P: Printer offline (fake)' },
        });
        const outcome = await createElectronDirectPrinter(hanging, { deviceName: 'P', printTimeoutMs: 1_500 }).printHtml(html('letter'), { title: 't', paper: 'letter' });
        expect(outcome).toMatchObject({ ok: false, error: { type: 'timeout' } });
        expect(hanging.windows[0]!.destroyed).toBe(true);
      } finally {
        await failing.close();
        await hanging.close();
      }
    });
  });
});
