import type { PaperSize, PrintOutcome } from '../../shared/ipc';
import { err } from '../../shared/result';
import type { PdfRenderer } from '../printer/pdf-renderer';
import type { HtmlPrinter, Printer } from '../printer/printer';
import type { StaffLog } from '../staff-log';

/**
 * Prints one of staff mode's own pages (test page, usage report) the way the checklist is
 * printed: HTML → PDF → the spooler (or, on Windows, HTML straight to the printer), with
 * every failure a value and one staff-log line.
 */
export interface StaffPrintDeps {
  renderer: PdfRenderer;
  printer: Printer;
  htmlPrinter?: HtmlPrinter;
  log: StaffLog;
}

export async function printStaffDocument(html: string, job: { title: string; paper: PaperSize }, deps: StaffPrintDeps): Promise<PrintOutcome> {
  let outcome: PrintOutcome;
  try {
    if (deps.htmlPrinter) outcome = await deps.htmlPrinter.printHtml(html, job);
    else {
      let pdf: Uint8Array;
      try {
        pdf = await deps.renderer.render(html, job.paper);
      } catch (e) {
        const detail = e instanceof Error ? e.message : String(e);
        deps.log('error', `staff print "${job.title}" failed: render-failed — ${detail}`);
        return err({ type: 'render-failed', detail });
      }
      outcome = await deps.printer.print(pdf, job);
    }
  } catch (e) {
    outcome = err({ type: 'job-failed', detail: `printer threw: ${e instanceof Error ? e.message : String(e)}` });
  }
  if (outcome.ok) deps.log('info', `staff print "${job.title}" done (${outcome.value.jobId}, ${outcome.value.millis} ms)`);
  else deps.log('error', `staff print "${job.title}" failed: ${outcome.error.type}${outcome.error.detail ? ` — ${outcome.error.detail}` : ''}`);
  return outcome;
}
