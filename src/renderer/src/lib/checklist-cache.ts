import { renderChecklistBody } from '../../../shared/checklist/html';
import { checklistQrText, type ChecklistQrText } from '../../../shared/checklist/plain';
import { qrSvg } from '../../../shared/checklist/qr';
import type { Lang } from '../../../shared/i18n';
import type { Plan } from '../../../shared/plan/types';
import type { PrintText } from '../../../shared/checklist/text';
import { afterPaint } from './after-paint';

/**
 * The checklist's expensive parts, computed once and ahead of the tap that needs them.
 *
 * Opening the checklist used to encode every QR code twice (the screen's and the hidden print
 * sheet's) and fit the printed page, all inside the Confirm tap: 37 ms median, 64 ms p95.
 * The review screen now calls prepareChecklist() after it has painted (the plan is known
 * there), one piece per task so a tap is never kept waiting behind it, and the checklist
 * screen and print sheet read the results from here.
 *
 * Nothing outlives the visit: entries are per Plan object (a WeakMap, gone with the plan),
 * and the QR codes by text are dropped when a session ends (forgetChecklists).
 */

const svgs = new Map<string, string | null>();
/** Plenty for one visitor (a dozen sites, the whole-checklist code, both languages). */
const MAX_SVGS = 64;

/** A QR code as an SVG string (the shared encoder), or null when the text cannot be encoded. */
export function cachedQrSvg(text: string): string | null {
  const hit = svgs.get(text);
  if (hit !== undefined) return hit;
  let svg: string | null;
  try {
    svg = qrSvg(text);
  } catch {
    svg = null;
  }
  if (svgs.size >= MAX_SVGS) svgs.delete(svgs.keys().next().value as string);
  svgs.set(text, svg);
  return svg;
}

type PerPlan = Map<string, unknown>;
const perPlan = new WeakMap<Plan, PerPlan>();

function memo<T>(plan: Plan, key: string, make: () => T): T {
  let entries = perPlan.get(plan);
  if (!entries) perPlan.set(plan, (entries = new Map()));
  if (!entries.has(key)) entries.set(key, make());
  return entries.get(key) as T;
}

/** What the whole-checklist code holds, in this language (checklistQrText, once per plan and language). */
export function cachedChecklistQr(plan: Plan, lang: Lang, text: PrintText): ChecklistQrText {
  return memo(plan, `qr|${lang}`, () => checklistQrText(plan, lang, text));
}

/** The browser build's print sheet (the printed page's body), with its QR codes from the cache. */
export function cachedPrintBody(plan: Plan, lang: Lang, text: PrintText, printedAt: Date): string {
  const day = printedAt.toDateString();
  return memo(plan, `sheet|${lang}|${day}`, () =>
    renderChecklistBody(plan, {
      lang,
      paper: 'letter',
      text,
      printedAt,
      qr: (s) => {
        const svg = cachedQrSvg(s);
        if (svg === null) throw new Error('text too long for a QR code');
        return svg;
      },
    }),
  );
}

export interface PrepareOptions {
  plan: Plan;
  lang: Lang;
  text: PrintText;
  /** The browser build prints its own hidden sheet; Electron's main renders the PDF instead. */
  printSheet: boolean;
}

/**
 * Computes what the checklist screen (and the print sheet) will need, one piece per macrotask
 * so input is handled between pieces. Returns a cancel function (the screen changed first).
 */
export function prepareChecklist({ plan, lang, text, printSheet }: PrepareOptions): () => void {
  const work: (() => unknown)[] = [
    ...plan.portals.filter((p) => !p.call).map((p) => () => cachedQrSvg(p.url)),
    () => cachedQrSvg(cachedChecklistQr(plan, lang, text).text),
    ...(printSheet ? [() => cachedPrintBody(plan, lang, text, new Date())] : []),
  ];
  let cancelled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const next = () => {
    const piece = work.shift();
    if (cancelled || !piece) return;
    piece();
    timer = setTimeout(next, 0);
  };
  // After the screen that asked has painted.
  const cancelStart = afterPaint(next);
  return () => {
    cancelled = true;
    cancelStart();
    if (timer !== undefined) clearTimeout(timer);
  };
}

/** The session ended: no QR code of this visitor's checklist stays in memory. */
export function forgetChecklists(): void {
  svgs.clear();
}
