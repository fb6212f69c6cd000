import type { BrowserWindowConstructorOptions, PrintToPDFOptions, Session, WebContentsPrintOptions } from 'electron';
import type { PaperSize, PrintOutcome } from '../../shared/ipc';
import { measureContentHeightMm } from '../../shared/checklist/measure';
import { MM_PER_INCH, PAPER } from '../../shared/checklist/paper';
import { err, ok } from '../../shared/result';
import { DeadlineError, withDeadline } from './deadline';
import { marginInches, pageSizeInches, pageSizeMicrons, type PdfRenderer, type RenderOptions } from './pdf-renderer';
import type { HtmlPrinter, PrintJobOptions } from './printer';

/**
 * The app's renderers for the checklist, on Electron. The electron module comes in as a
 * parameter (src/main/printing.ts passes the real one), so tests run this very code against a
 * fake BrowserWindow whose printToPDF is a real Chromium page (tests/support/electron-print-fake.ts).
 *
 * The checklist is shown in a hidden window that can do nothing but lay out a page: its own
 * in-memory session, sandboxed, context-isolated, no preload, JavaScript off, no navigation,
 * no new windows, no permissions. The document is a data: URL with its own CSP; nothing is
 * written to disk. Every use has a deadline: a render or a Windows print callback that never
 * comes destroys the window and fails with DeadlineError, so "Printing…" cannot hang.
 */
const PARTITION = 'checklist-print';

/** What this file uses of a BrowserWindow: the real one has all of it. */
export interface PrintWindow {
  loadURL(url: string): Promise<void>;
  destroy(): void;
  isDestroyed(): boolean;
  webContents: {
    setWindowOpenHandler(handler: () => { action: 'deny' }): void;
    on(event: 'will-navigate', listener: (event: { preventDefault(): void }) => void): unknown;
    printToPDF(options: PrintToPDFOptions): Promise<Uint8Array>;
    print(options: WebContentsPrintOptions, callback: (success: boolean, failureReason: string) => void): void;
    debugger: {
      attach(protocolVersion?: string): void;
      detach(): void;
      isAttached(): boolean;
      sendCommand(method: string, params?: object): Promise<unknown>;
    };
  };
}

export interface PrintSession {
  setPermissionRequestHandler(handler: ((wc: never, permission: never, callback: (granted: boolean) => void) => void) | null): void;
  setPermissionCheckHandler(handler: (() => boolean) | null): void;
}

/** The part of the electron module the print windows need. */
export interface PrintElectron {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => PrintWindow;
  session: { fromPartition(partition: string, options?: { cache: boolean }): PrintSession };
}

export interface ElectronPrintOptions {
  /** Loading and rendering one PDF (default 15 s). */
  renderTimeoutMs?: number;
  /** Windows: from print() to its callback (default 60 s). */
  printTimeoutMs?: number;
  now?: () => number;
}

export const RENDER_TIMEOUT_MS = 15_000;

export function hiddenWindowOptions(session: PrintSession): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 900,
    height: 1200,
    webPreferences: {
      // The real module hands us a real Session; a fake one is only ever read back by a test.
      session: session as unknown as Session,
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
  };
}

function hiddenWindow(electron: PrintElectron): PrintWindow {
  const ses = electron.session.fromPartition(PARTITION, { cache: false });
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  const { BrowserWindow } = electron; // `new BrowserWindow(…)`, so electronegativity checks it
  const win = new BrowserWindow(hiddenWindowOptions(ses));
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.webContents.on('will-navigate', (event) => event.preventDefault());
  return win;
}

/** Opens the document, runs `use`, and always destroys the window: on success, failure, deadline or abort. */
async function withDocument<T>(
  electron: PrintElectron,
  html: string,
  deadline: { ms: number; what: string },
  use: (win: PrintWindow) => Promise<T>,
  signal?: AbortSignal,
): Promise<T> {
  const win = hiddenWindow(electron);
  const destroy = () => {
    if (!win.isDestroyed()) win.destroy();
  };
  const onAbort = () => destroy();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    if (signal?.aborted) throw new Error('print abandoned');
    const work = (async () => {
      await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
      return use(win);
    })();
    const aborted = new Promise<never>((_r, reject) =>
      signal?.addEventListener('abort', () => reject(new Error(`print abandoned: ${String(signal.reason ?? 'aborted')}`)), { once: true }),
    );
    aborted.catch(() => undefined);
    return await withDeadline(Promise.race([work, aborted]), deadline.ms, deadline.what, destroy);
  } finally {
    signal?.removeEventListener('abort', onAbort);
    destroy();
  }
}

/**
 * A receipt is cut to the document's length: measured over the DevTools protocol (layout
 * metrics work with JavaScript off). If that fails, the fallback length is used.
 */
async function contentHeightMm(win: PrintWindow, paper: PaperSize): Promise<number | undefined> {
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

/** printToPDF's options for one paper size: exact page size (a roll cut to length), the paper's margins. */
export function printToPdfOptions(paper: PaperSize, contentMm: number | undefined): PrintToPDFOptions {
  const m = marginInches(paper);
  return {
    pageSize: pageSizeInches(paper, contentMm),
    printBackground: true,
    preferCSSPageSize: true,
    margins: { top: m, bottom: m, left: m, right: m },
  };
}

/** Checklist HTML → PDF bytes with webContents.printToPDF, at the paper's exact size. */
export function createElectronPdfRenderer(electron: PrintElectron, options: ElectronPrintOptions = {}): PdfRenderer {
  const ms = options.renderTimeoutMs ?? RENDER_TIMEOUT_MS;
  return {
    render: (html: string, paper: PaperSize, renderOptions: RenderOptions = {}) =>
      withDocument(
        electron,
        html,
        { ms, what: 'rendering the checklist PDF' },
        async (win) => {
          const pdf = await win.webContents.printToPDF(printToPdfOptions(paper, await contentHeightMm(win, paper)));
          return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
        },
        renderOptions.signal,
      ),
  };
}

/** webContents.print's options: the same page size in microns, margins in CSS pixels (96 per inch). */
export function directPrintOptions(deviceName: string, paper: PaperSize, contentMm: number | undefined, copies = 1): WebContentsPrintOptions {
  const m = Math.round((PAPER[paper].marginMm / MM_PER_INCH) * 96);
  return {
    silent: true,
    deviceName,
    // Two copies (staff-assisted sessions) only when asked, so a single print's options stay as they were.
    ...(copies > 1 ? { copies } : {}),
    printBackground: true,
    color: false,
    pageSize: pageSizeMicrons(paper, contentMm),
    margins: { marginType: 'custom', top: m, bottom: m, left: m, right: m },
  };
}

/**
 * Windows has no lp: the checklist HTML goes straight to a named printer with a silent
 * webContents.print. Windows reports only "sent" or a failure reason, not job completion, so
 * success here means the spooler took the job. A callback that never comes ends at the
 * deadline as a 'timeout', with the window destroyed.
 */
export function createElectronDirectPrinter(
  electron: PrintElectron,
  options: { deviceName: string } & ElectronPrintOptions,
): HtmlPrinter {
  const now = options.now ?? (() => Date.now());
  const ms = options.printTimeoutMs ?? 60_000;
  return {
    printHtml: async (html: string, opts: PrintJobOptions, renderOptions: RenderOptions = {}): Promise<PrintOutcome> => {
      const started = now();
      try {
        return await withDocument(
          electron,
          html,
          { ms, what: `printing to ${options.deviceName}` },
          async (win) => {
            const measured = await contentHeightMm(win, opts.paper);
            return new Promise<PrintOutcome>((resolve) => {
              win.webContents.print(directPrintOptions(options.deviceName, opts.paper, measured, opts.copies ?? 1), (success, failureReason) =>
                resolve(
                  success
                    ? ok({ jobId: `${options.deviceName}:${opts.title}`, millis: now() - started })
                    : err({ type: 'job-failed', detail: `webContents.print to ${options.deviceName}: ${failureReason}` }),
                ),
              );
            });
          },
          renderOptions.signal,
        );
      } catch (e) {
        if (e instanceof DeadlineError) return err({ type: 'timeout', detail: e.message });
        return err({ type: 'job-failed', detail: e instanceof Error ? e.message : String(e) });
      }
    },
  };
}
