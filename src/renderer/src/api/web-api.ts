import { CHECKED_CONTENT_FILE, readCheckedContent } from '../../../shared/content/checked';
import type { KioskApi, PrintErrorType, PrintOutcome, PublicSettings } from '../../../shared/ipc';
import { MIN_WARNING_MS } from '../../../shared/machine';
import { PRINT_ERROR_KEYS } from '../lib/flow';
import { createWebStaff } from './web-staff-api';

/**
 * KioskApi for a plain browser (the web build and the browser tests). Content comes from
 * ./data/content.checked.json next to index.html, checked when the page was built (no
 * validation at start); with ?content=files, from the raw ./data/*.json files instead,
 * validated here (the schemas are loaded only then). Settings come from the page address, so a test can shorten the
 * idle time (?idle=2&warning=20); printing uses the browser's own print dialog on the
 * print-only checklist sheet that the result screen keeps in the page.
 *
 * Test-only knobs (ignored unless present): ?printError=<PrintErrorType> makes printing fail
 * with that error (the first ?printErrorCount=<n> attempts only, when given), ?printDelay=<ms>
 * keeps the "printing" screen up that long, ?printTimeout=<s> sets the print deadline.
 */

export const DEFAULT_IDLE_SECONDS = 60;
export const DEFAULT_WARNING_SECONDS = 30;
/** The operator settings' default (src/main/settings.ts). */
export const DEFAULT_PRINT_TIMEOUT_SECONDS = 60;

const isPrintError = (x: string | null): x is PrintErrorType => x !== null && Object.hasOwn(PRINT_ERROR_KEYS, x);

/** A positive number of seconds from a query parameter, or the fallback. */
export function secondsParam(params: URLSearchParams, name: string, fallback: number): number {
  const raw = params.get(name);
  if (raw === null || raw.trim() === '') return fallback;
  const n = Number(raw);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

export function settingsFromQuery(search: string): PublicSettings {
  const params = new URLSearchParams(search);
  return {
    idleSeconds: secondsParam(params, 'idle', DEFAULT_IDLE_SECONDS),
    // At least 20 s to answer the idle warning (WCAG 2.2.1), as main's settings enforce.
    warningSeconds: Math.max(secondsParam(params, 'warning', DEFAULT_WARNING_SECONDS), MIN_WARNING_MS / 1000),
    printerConfigured: true,
    printTimeoutSeconds: secondsParam(params, 'printTimeout', DEFAULT_PRINT_TIMEOUT_SECONDS),
    // ?defaultLang=es: the staff setting (absent: the machine's own default, English).
    ...(params.get('defaultLang') === 'es' ? { defaultLang: 'es' as const } : {}),
  };
}

async function fetchJson(base: URL, file: string): Promise<unknown> {
  try {
    const res = await fetch(new URL(`data/${file}`, base), { cache: 'no-store' });
    if (!res.ok) return { unreadable: `could not be read (HTTP ${res.status})` };
    const text = await res.text();
    try {
      return JSON.parse(text) as unknown;
    } catch (e) {
      return { unreadable: `is not valid JSON (${e instanceof Error ? e.message : String(e)})` };
    }
  } catch (e) {
    return { unreadable: `could not be read (${e instanceof Error ? e.message : String(e)})` };
  }
}

/** The checked bundle, or the out-of-service problem of a file that could not be read. */
function readUnlessUnreadable(raw: unknown): ReturnType<typeof readCheckedContent> {
  const unreadable = (raw as { unreadable?: unknown } | null)?.unreadable;
  if (typeof unreadable === 'string') return { ok: false, error: [{ file: CHECKED_CONTENT_FILE, field: '', message: unreadable }] };
  return readCheckedContent(raw);
}

/** ?content=files: every data file, validated in the page (the zod schemas load only here). */
async function loadRawFiles(base: URL): ReturnType<KioskApi['loadContent']> {
  const { CONTENT_FILES, parseContent } = await import('../../../shared/content/load');
  const entries = await Promise.all(CONTENT_FILES.map(async (f) => [f, await fetchJson(base, f)] as const));
  return parseContent(Object.fromEntries(entries));
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createWebApi(win: Window = window): KioskApi {
  const base = new URL('./', win.location.href);
  const params = new URLSearchParams(win.location.search);
  const forced = params.get('printError');
  let failuresLeft = params.has('printErrorCount') ? Number(params.get('printErrorCount')) : Infinity;
  let content: ReturnType<KioskApi['loadContent']> | undefined;
  const loadContent = () =>
    (content ??= params.get('content') === 'files' ? loadRawFiles(base) : fetchJson(base, CHECKED_CONTENT_FILE).then(readUnlessUnreadable));
  // Staff mode's fake (web-staff-api.ts), at this same boundary; it counts this page's visits.
  const staff = createWebStaff(win, { content: loadContent, settings: settingsFromQuery(win.location.search) });
  return {
    loadContent,
    async getSettings() {
      return settingsFromQuery(win.location.search);
    },
    async preparePrint(): Promise<void> {
      // Nothing to do here: the browser prints the page's own print sheet, which the renderer
      // builds ahead itself (lib/checklist-cache).
    },
    async printChecklist(): Promise<PrintOutcome> {
      const started = Date.now();
      // Let the printing screen paint (and the print sheet render) before the dialog blocks.
      await wait(50);
      if (isPrintError(forced) && failuresLeft > 0) {
        failuresLeft -= 1;
        return { ok: false, error: { type: forced, detail: 'forced by ?printError' } };
      }
      const delay = Number(params.get('printDelay') ?? 0);
      if (Number.isFinite(delay) && delay > 0) await wait(delay);
      try {
        win.print();
      } catch (e) {
        return { ok: false, error: { type: 'render-failed', detail: e instanceof Error ? e.message : String(e) } };
      }
      return { ok: true, value: { jobId: 'browser', millis: Date.now() - started } };
    },
    async recordUsage(event) {
      // Kept in this page's memory only, for the staff panel's counts.
      staff.recordUsage(event);
    },
    staff: staff.api,
  };
}
