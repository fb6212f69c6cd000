import { useEffect } from 'react';
import type { Content } from '../../../shared/content/load';
import type { KioskApi } from '../../../shared/ipc';
import { DEFAULT_PRINT_JOB, printRequestOf, type KioskContext } from '../../../shared/machine';
import type { Plan } from '../../../shared/plan/types';
import { afterPaint } from '../lib/after-paint';
import { forgetChecklists, prepareChecklist } from '../lib/checklist-cache';
import type { Screen } from '../lib/flow';

/**
 * Work done before the visitor asks for it, so no tap waits on it:
 * - on the review screen (and the staff-assisted screen), the checklist's QR codes and print
 *   sheet, computed after the screen has painted (lib/checklist-cache);
 * - once the checklist is on screen, main renders its PDF (print:prepare), so Print only
 *   spools it; a changed language or answer sends the new request (main keeps only the latest);
 * - when the visit ends (the welcome screen), the cached codes are dropped.
 */
export function useChecklistAhead(opts: {
  api: KioskApi;
  content: Content;
  screen: Screen;
  assisted: boolean;
  plan: Plan | null;
  context: KioskContext;
  browserPrint: boolean;
}): void {
  const { api, content, screen, assisted, plan, context, browserPrint } = opts;
  const lang = context.prefs.lang;
  const reviewing = plan !== null && (assisted || screen.kind === 'review');
  const viewing = plan !== null && (assisted || (screen.kind === 'checklist' && screen.phase === 'viewing'));
  const attract = screen.kind === 'attract';

  useEffect(() => {
    if (!reviewing || !plan) return;
    return prepareChecklist({ plan, lang, text: content.printText, printSheet: browserPrint });
  }, [reviewing, plan, lang, content.printText, browserPrint]);

  // The request depends only on the plan's answers and the language (the print job is chosen at the tap).
  const request = viewing ? JSON.stringify(printRequestOf({ ...context, printJob: DEFAULT_PRINT_JOB })) : null;
  useEffect(() => {
    if (request === null) return;
    return afterPaint(() => void api.preparePrint(JSON.parse(request)).catch(() => undefined));
  }, [api, request]);

  useEffect(() => {
    if (attract) forgetChecklists();
  }, [attract]);
}
