import { BrowserWindow, session as electronSession } from 'electron';
import type { PaperSize, PrintOutcome } from '../../shared/ipc';
import { measureContentHeightMm } from '../../shared/checklist/measure';
import { MM_PER_INCH, PAPER } from '../../shared/checklist/paper';
import { err, ok } from '../../shared/result';
import { marginInches, pageSizeInches, pageSizeMicrons, type PdfRenderer } from './pdf-renderer';
import type { HtmlPrinter, PrintJobOptions } from './printer';

/**
 * The app's renderers for the checklist, on Electron. Imported only by src/main/index.ts:
 * everything else (and every test) stays free of the electron module.
 *
 * The checklist is shown in a hidden window that can do nothing but lay out a page: its own
 * in-memory session, sandboxed, context-isolated, no preload, JavaScript off, no navigation,
 * no new windows, no permissions. The document is a data: URL with its own CSP; nothing is
 * written to disk.
 */
const PARTITION = 'checklist-print';

function hiddenWindow(): BrowserWindow {
  const ses = electronSession.fromPartition(PARTITION, { cache: false });
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  const win = new BrowserWindow({
    show: false,
    width: 900,
    height: 1200,
    webPreferences: {
      session: ses,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      webSecurity: true,
      images: true,
      spellcheck: false,
      // devTools stays available to main only: the debugger measures a receipt's length.
      // The window is never shown and takes no input, so nobody can open DevTools in it.
      backgroundThrottling: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.webContents.on('will-navigate', (event) => event.preventDefault());
  return win;
}

async function withDocument<T>(html: string, use: (win: BrowserWindow) => Promise<T>): Promise<T> {
  const win = hiddenWindow();
  try {
    await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
    return await use(win);
  } finally {
    win.destroy();
  }
}

/**
 * A receipt is cut to the document's length: measured over the DevTools protocol (layout
 * metrics work with JavaScript off). If that fails, the fallback length is used.
 */
async function contentHeightMm(win: BrowserWindow, paper: PaperSize): Promise<number | undefined> {
  if (!PAPER[paper].roll) return undefined;
  const dbg = win.webContents.debugger;
  try {
    dbg.attach('1.3');
    return await measureContentHeightMm((method, params) => dbg.sendCommand(method, params), paper);
  } catch {
    return undefined;
  } finally {
    if (dbg.isAttached()) dbg.detach();
  }
}

/** Checklist HTML → PDF bytes with webContents.printToPDF, at the paper's exact size. */
export function createElectronPdfRenderer(): PdfRenderer {
  return {
    render: (html, paper) =>
      withDocument(html, async (win) => {
        const m = marginInches(paper);
        const pdf = await win.webContents.printToPDF({
          pageSize: pageSizeInches(paper, await contentHeightMm(win, paper)),
          printBackground: true,
          preferCSSPageSize: true,
          margins: { top: m, bottom: m, left: m, right: m },
        });
        return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
      }),
  };
}

/**
 * Windows has no lp: the checklist HTML goes straight to a named printer with a silent
 * webContents.print. Windows reports only "sent" or a failure reason, not job completion, so
 * success here means the spooler took the job.
 */
export function createElectronDirectPrinter(options: { deviceName: string; now?: () => number }): HtmlPrinter {
  const now = options.now ?? (() => Date.now());
  return {
    printHtml: (html: string, opts: PrintJobOptions): Promise<PrintOutcome> => {
      const started = now();
      return withDocument(html, async (win) => {
        const measured = await contentHeightMm(win, opts.paper);
        // print() takes margins in CSS pixels (96 per inch), the same as the document's @page margin.
        const m = Math.round((PAPER[opts.paper].marginMm / MM_PER_INCH) * 96);
        return new Promise<PrintOutcome>((resolve) => {
          win.webContents.print(
            {
              silent: true,
              deviceName: options.deviceName,
              copies: opts.copies ?? 1,
              printBackground: true,
              color: false,
              pageSize: pageSizeMicrons(opts.paper, measured),
              margins: { marginType: 'custom', top: m, bottom: m, left: m, right: m },
            },
            (success, failureReason) =>
              resolve(
                success
                  ? ok({ jobId: `${options.deviceName}:${opts.title}`, millis: now() - started })
                  : err({ type: 'job-failed', detail: `webContents.print to ${options.deviceName}: ${failureReason}` }),
              ),
          );
        });
      });
    },
  };
}
