import type { ContentLoadResult, PrintOutcome, PrintRequest } from '../shared/ipc';
import { createElectronDirectPrinter, createElectronPdfRenderer } from './printer/electron-pdf';
import { printChecklist } from './printer/print-checklist';
import { createCupsPrinter } from './printer/printer';
import type { Settings } from './settings';
import type { StaffLog } from './staff-log';

/**
 * Wires the printer module to Electron for this platform: on Linux/macOS the checklist goes
 * HTML → PDF (printToPDF) → CUPS (lp, polled with lpstat); on Windows Electron prints the HTML
 * silently to the named printer. Without valid content there is nothing to print.
 */
export function createKioskPrinting(deps: { content: ContentLoadResult; settings: Settings; log: StaffLog }) {
  const { content, settings, log } = deps;
  const renderer = createElectronPdfRenderer();
  const printer = createCupsPrinter({ queue: settings.printer, timeoutMs: settings.printTimeoutSeconds * 1000 });
  const htmlPrinter =
    process.platform === 'win32' && settings.printer ? createElectronDirectPrinter({ deviceName: settings.printer }) : undefined;
  if (!settings.printer) log('warn', 'no printer configured in settings: Print will ask visitors to see staff');

  return {
    async printChecklist(request: PrintRequest): Promise<PrintOutcome> {
      if (!content.ok) return { ok: false, error: { type: 'render-failed', detail: 'content is out of service' } };
      if (!settings.printer) return { ok: false, error: { type: 'no-printer-configured' } };
      return printChecklist(request, {
        content: content.value,
        renderer,
        printer,
        settings: { paper: settings.paper },
        log,
        now: () => new Date(),
        ...(htmlPrinter ? { htmlPrinter } : {}),
      });
    },
  };
}
