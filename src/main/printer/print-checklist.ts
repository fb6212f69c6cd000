import type { CompleteAnswers } from '../../shared/answers';
import { renderChecklistHtml } from '../../shared/checklist/html';
import { printString } from '../../shared/checklist/text';
import type { Content } from '../../shared/content/load';
import type { PaperSize, PrintError, PrintOutcome, PrintRequest } from '../../shared/ipc';
import { buildPlan as defaultBuildPlan } from '../../shared/plan';
import type { Plan } from '../../shared/plan/types';
import { err, ok } from '../../shared/result';
import { DeadlineError } from './deadline';
import type { PdfRenderer } from './pdf-renderer';
import type { PreparedPdfs } from './prepared-pdf';
import type { HtmlPrinter, Printer } from './printer';

/** Same shape as the staff log (src/main/staff-log.ts): one line per event, no visitor data. */
export type PrintLog = (level: 'info' | 'warn' | 'error', message: string) => void;

export interface PrintChecklistDeps {
  content: Content;
  renderer: PdfRenderer;
  printer: Printer;
  settings: { paper: PaperSize };
  log: PrintLog;
  now: () => Date;
  /** Windows: print the HTML directly (renderer and printer are then not used). */
  htmlPrinter?: HtmlPrinter;
  /** Abandons this print (a new session started, the main-side deadline passed). */
  signal?: AbortSignal;
  /** Defaults to buildPlan from src/shared/plan. */
  buildPlan?: (answers: CompleteAnswers, content: Content) => Plan;
  /** PDFs rendered ahead while the visitor reads the checklist (print:prepare): Print then only spools. */
  prepared?: PreparedPdfs;
}

/** The checklist page for a request: Plan → one standalone HTML document (throws on a content bug). */
export function checklistHtmlFor(request: PrintRequest, deps: Pick<PrintChecklistDeps, 'content' | 'buildPlan'>, paper: PaperSize, printedAt: Date): string {
  const plan = (deps.buildPlan ?? defaultBuildPlan)(request.answers, deps.content);
  return renderChecklistHtml(plan, {
    lang: request.lang,
    paper,
    text: deps.content.printText,
    printedAt,
    ...(request.staffCopy ? { staffCopy: true } : {}),
  });
}

/** Printers with a print in progress: one job at a time per printer. */
const busy = new WeakSet<Printer | HtmlPrinter>();

/**
 * Print: answers → Plan → checklist HTML → PDF → spooler → outcome. The request arrives
 * already validated by the IPC layer. Only one print runs at a time per printer (a second
 * tap gets 'busy'); every failure writes one staff-log line naming the cause, never the
 * visitor's answers. `millis` is the whole time from the request to the job completed.
 */
export async function printChecklist(request: PrintRequest, deps: PrintChecklistDeps): Promise<PrintOutcome> {
  const device = deps.htmlPrinter ?? deps.printer;
  if (busy.has(device)) {
    deps.log('warn', 'print: refused a second print while one is running (busy)');
    return err({ type: 'busy' });
  }
  busy.add(device);
  const started = deps.now().getTime();
  try {
    const outcome = await printOnce(request, deps);
    if (!outcome.ok) {
      deps.log(outcome.error.type === 'busy' ? 'warn' : 'error', `print failed: ${outcome.error.type}${outcome.error.detail ? ` — ${outcome.error.detail}` : ''}`);
      return outcome;
    }
    return ok({ jobId: outcome.value.jobId, millis: deps.now().getTime() - started });
  } finally {
    busy.delete(device);
  }
}

async function printOnce(request: PrintRequest, deps: PrintChecklistDeps): Promise<PrintOutcome> {
  const { paper } = deps.settings;
  const job = {
    title: printString(deps.content.printText, 'documentTitle', 'en'),
    paper,
    ...(request.copies && request.copies > 1 ? { copies: request.copies } : {}),
  };
  const { htmlPrinter } = deps;
  const signal = deps.signal ? { signal: deps.signal } : {};
  const printedAt = deps.now();
  let pdf: Uint8Array;
  try {
    // Rendered ahead when the checklist was shown (the same answers, language and day): only spool it.
    // A render ahead that failed is rendered again here, so its failure reaches the visitor only once.
    const ahead = htmlPrinter ? undefined : await deps.prepared?.take(request, paper, printedAt)?.catch(() => undefined);
    if (ahead) pdf = ahead;
    else {
      let html: string;
      try {
        html = checklistHtmlFor(request, deps, paper, printedAt);
      } catch (e) {
        return err(renderFailed(e));
      }
      if (htmlPrinter) return guarded(() => htmlPrinter.printHtml(html, job, signal));
      pdf = await deps.renderer.render(html, paper, signal);
    }
  } catch (e) {
    // A render that hung past its deadline (its window is destroyed) is a time-out for the visitor.
    if (e instanceof DeadlineError) return err({ type: 'timeout', detail: e.message });
    return err(renderFailed(e));
  }
  return guarded(() => deps.printer.print(pdf, job, signal));
}

/** Printers return failures as values; a throw is a bug, but still not the visitor's problem. */
async function guarded(printing: () => Promise<PrintOutcome>): Promise<PrintOutcome> {
  try {
    return await printing();
  } catch (e) {
    return err({ type: 'job-failed', detail: `printer threw: ${e instanceof Error ? e.message : String(e)}` });
  }
}

function renderFailed(e: unknown): PrintError {
  return { type: 'render-failed', detail: e instanceof Error ? e.message : String(e) };
}
