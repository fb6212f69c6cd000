import type { StaffLog } from '../staff-log';

/**
 * Keeps a page on the kiosk screen, whatever the renderer does:
 * - unresponsive (an endless loop, a stuck GPU) for `hangMs`: the renderer is killed and the
 *   app reloaded;
 * - crashed (render-process-gone): reloaded after 1 s, 5 s, 30 s; a fourth crash within
 *   `crashWindowMs` shows main's own out-of-service page instead of looping;
 * - the page failed to load (did-fail-load, main frame), or its preload failed: main's
 *   out-of-service page.
 * From the out-of-service page the app is tried again every `retryMs`.
 */
export interface RecoveryClock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface RecoveredContents {
  on(event: string, listener: (...args: any[]) => void): unknown;
  forcefullyCrashRenderer(): void;
}

export interface RecoveryOptions {
  contents: RecoveredContents;
  log: StaffLog;
  /** Loads the kiosk page again. */
  reloadApp(): void;
  /** Shows main's built-in out-of-service page; `failedUrl` when the page that failed to load is known. */
  showOutOfService(problem: string, failedUrl?: string): void;
  clock?: RecoveryClock;
  hangMs?: number;
  backoffMs?: readonly number[];
  crashWindowMs?: number;
}

export const CRASH_BACKOFF_MS = [1_000, 5_000, 30_000] as const;
export const HANG_MS = 10_000;
export const CRASH_WINDOW_MS = 10 * 60_000;
const ERR_ABORTED = -3;

const systemClock: RecoveryClock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

export interface Recovery {
  /** Crashes counted in the current window (for tests and the staff panel). */
  crashes(): number;
}

export function watchRenderer(options: RecoveryOptions): Recovery {
  const clock = options.clock ?? systemClock;
  const hangMs = options.hangMs ?? HANG_MS;
  const backoff = options.backoffMs ?? CRASH_BACKOFF_MS;
  const windowMs = options.crashWindowMs ?? CRASH_WINDOW_MS;
  const { contents, log } = options;
  let crashTimes: number[] = [];
  let hangTimer: unknown;
  let reloadTimer: unknown;

  const scheduleReload = (why: string) => {
    if (reloadTimer !== undefined) return; // one reload at a time
    const t = clock.now();
    crashTimes = crashTimes.filter((c) => t - c < windowMs);
    crashTimes.push(t);
    const n = crashTimes.length;
    if (n > backoff.length) {
      log('error', `renderer ${why} ${n} times in ${Math.round(windowMs / 60_000)} min; showing the out-of-service page`);
      options.showOutOfService(`the kiosk screen stopped ${n} times in a few minutes (${why})`);
      return;
    }
    const delay = backoff[n - 1]!;
    log('error', `renderer ${why}; reloading in ${delay / 1000} s (${n} of ${backoff.length})`);
    reloadTimer = clock.setTimeout(() => {
      reloadTimer = undefined;
      options.reloadApp();
    }, delay);
  };

  contents.on('unresponsive', () => {
    if (hangTimer !== undefined) return;
    log('warn', `renderer unresponsive; killing it in ${hangMs / 1000} s unless it recovers`);
    hangTimer = clock.setTimeout(() => {
      hangTimer = undefined;
      log('error', 'renderer still unresponsive: killing and reloading it');
      try {
        contents.forcefullyCrashRenderer();
      } catch {
        // already gone
      }
      scheduleReload('hung');
    }, hangMs);
  });
  contents.on('responsive', () => {
    if (hangTimer === undefined) return;
    clock.clearTimeout(hangTimer);
    hangTimer = undefined;
    log('info', 'renderer responsive again');
  });
  contents.on('render-process-gone', (_event: unknown, details: { reason?: string; exitCode?: number } | undefined) => {
    if (hangTimer !== undefined) {
      clock.clearTimeout(hangTimer);
      hangTimer = undefined;
    }
    scheduleReload(`gone (${details?.reason ?? 'unknown'}${details?.exitCode !== undefined ? `, exit ${details.exitCode}` : ''})`);
  });
  contents.on('did-fail-load', (_event: unknown, errorCode: number, errorDescription: string, url: string, isMainFrame: boolean) => {
    if (!isMainFrame || errorCode === ERR_ABORTED) return;
    log('error', `the kiosk page failed to load (${errorCode} ${errorDescription}) from ${String(url).slice(0, 200)}`);
    options.showOutOfService(`the kiosk screen could not be loaded (${errorDescription || errorCode})`, String(url));
  });
  // Without its preload the page has no window.kiosk and would fall back to the web build's
  // code path: show out-of-service instead.
  contents.on('preload-error', (_event: unknown, path: string, error: Error) => {
    log('error', `preload failed (${path}): ${error?.message ?? String(error)}`);
    options.showOutOfService('the kiosk page could not start (its preload failed)');
  });
  return { crashes: () => crashTimes.length };
}
