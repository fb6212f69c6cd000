import type { ContentLoadResult, PaperSize, PrintOutcome, PrintRequest } from '../shared/ipc';
import { printStaffDocument } from './staff/print-docs';
import { err } from '../shared/result';
import { DeadlineError, withDeadline } from './printer/deadline';
import { createElectronDirectPrinter, createElectronPdfRenderer, RENDER_TIMEOUT_MS, type PrintElectron } from './printer/electron-pdf';
import { exec as realExec, type Exec } from './printer/exec';
import { createLeftoverJobs } from './printer/leftover-jobs';
import { checklistHtmlFor, printChecklist } from './printer/print-checklist';
import { createPreparedPdfs } from './printer/prepared-pdf';
import { createCupsPrinter } from './printer/printer';
import { checkSpoolerPrivacy } from './printer/spooler-privacy';
import type { Settings } from './settings';
import type { StaffLog } from './staff-log';

/**
 * Wires the printer module to Electron for this platform: on Linux/macOS the checklist goes
 * HTML → PDF (printToPDF) → CUPS (lp, polled with lpstat); on Windows Electron prints the HTML
 * silently to the named printer. Without valid content there is nothing to print.
 *
 * Nothing outlives its visitor: a print still running when a new session starts is abandoned
 * (its job cancelled, its hidden window destroyed); a job that could not be cancelled is
 * remembered and cancelled at the next chance; and main answers every print within
 * `mainDeadlineMs(settings)` at the latest. Usually main answers at the spooler's own time-out
 * (printTimeoutSeconds), before the screen's deadline (printTimeoutSeconds + 5 s,
 * PRINT_DEADLINE_MARGIN_MS in the machine); when a render hangs, the screen shows the failure
 * first and main's deadline then abandons the job (cancelled, never printed later).
 */
export interface KioskPrinting {
  printChecklist(request: PrintRequest): Promise<PrintOutcome>;
  /**
   * The checklist is on screen: render its PDF now, so Print only spools it (a no-op without a
   * printer or content, and on Windows, where Electron prints the HTML itself).
   */
  preparePrint(request: PrintRequest): void;
  /** Drops the checklist PDF rendered ahead (the visit ended). */
  forgetPrepared(): void;
  /** Abandons the print in progress, if any (a new session started). */
  abandon(reason: string): void;
  /** At startup: warn when the spooler keeps documents, cancel jobs a previous run left. */
  startupChecks(): Promise<void>;
  /** Staff mode's own pages (test page, usage report), through the same renderer and printer. */
  printDocument(html: string, job: { title: string; paper: PaperSize }): Promise<PrintOutcome>;
}

export interface KioskPrintingDeps {
  content: ContentLoadResult;
  settings: Settings;
  log: StaffLog;
  electron: PrintElectron;
  /** Where jobs that could not be cancelled are remembered across restarts. */
  leftoverFile?: string;
  platform?: NodeJS.Platform;
  exec?: Exec;
}

/** The spooler's own limit + the render budget + time for lpstat and cancel: main's last resort. */
export function mainDeadlineMs(settings: Pick<Settings, 'printTimeoutSeconds'>): number {
  return settings.printTimeoutSeconds * 1000 + 25_000;
}

export function createKioskPrinting(deps: KioskPrintingDeps): KioskPrinting {
  const { content, settings, log } = deps;
  const platform = deps.platform ?? process.platform;
  const exec = deps.exec ?? realExec;
  const renderer = createElectronPdfRenderer(deps.electron, { renderTimeoutMs: RENDER_TIMEOUT_MS });
  let leftovers: ReturnType<typeof createLeftoverJobs> | undefined;
  const printer = createCupsPrinter({
    queue: settings.printer,
    timeoutMs: settings.printTimeoutSeconds * 1000,
    exec,
    onCancelFailed: (jobId, why) => leftovers?.remember(jobId, why),
    beforePrint: () => leftovers?.cancelAll() ?? Promise.resolve(),
  });
  leftovers = createLeftoverJobs({ ...(deps.leftoverFile ? { file: deps.leftoverFile } : {}), cancel: printer.cancelJob, log });
  const htmlPrinter =
    platform === 'win32' && settings.printer
      ? createElectronDirectPrinter(deps.electron, { deviceName: settings.printer, printTimeoutMs: settings.printTimeoutSeconds * 1000 })
      : undefined;
  if (!settings.printer) log('warn', 'no printer configured in settings: Print will ask visitors to see staff');

  let current: AbortController | undefined;
  const prepared = createPreparedPdfs(async (request, now) => {
    if (!content.ok) throw new Error('content is out of service');
    return renderer.render(checklistHtmlFor(request, { content: content.value }, settings.paper, now), settings.paper);
  });

  return {
    async printChecklist(request: PrintRequest): Promise<PrintOutcome> {
      if (!content.ok) return err({ type: 'render-failed', detail: 'content is out of service' });
      if (!settings.printer) return err({ type: 'no-printer-configured' });
      const controller = new AbortController();
      const work = printChecklist(request, {
        content: content.value,
        renderer,
        printer,
        settings: { paper: settings.paper },
        log,
        now: () => new Date(),
        signal: controller.signal,
        prepared,
        ...(htmlPrinter ? { htmlPrinter } : {}),
      });
      if (current === undefined) current = controller; // a second, concurrent tap gets 'busy' from printChecklist
      try {
        return await withDeadline(work, mainDeadlineMs(settings), 'the print', () => controller.abort('main-side print deadline'));
      } catch (e) {
        if (e instanceof DeadlineError) {
          log('error', `print failed: timeout — ${e.message}; job abandoned`);
          return err({ type: 'timeout', detail: e.message });
        }
        throw e;
      } finally {
        if (current === controller) current = undefined;
      }
    },
    preparePrint(request) {
      if (!content.ok || !settings.printer || htmlPrinter) return;
      prepared.prepare(request, settings.paper, new Date());
    },
    forgetPrepared() {
      prepared.forget();
    },
    abandon(reason) {
      // A new session: the last visitor's rendered checklist goes too.
      prepared.forget();
      if (!current) return;
      log('warn', `print abandoned: ${reason}`);
      current.abort(reason);
    },
    async printDocument(html, job) {
      if (!settings.printer) return err({ type: 'no-printer-configured' });
      return printStaffDocument(html, job, { renderer, printer, ...(htmlPrinter ? { htmlPrinter } : {}), log });
    },
    async startupChecks() {
      if (!settings.printer || platform === 'win32') return;
      const privacy = await checkSpoolerPrivacy(exec);
      log(privacy.ok ? 'info' : 'warn', privacy.message);
      await leftovers?.cancelAll();
    },
  };
}
