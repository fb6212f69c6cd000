// The pages under test and the browser: the app's web build (out/renderer) and the baseline
// pages (out/bench/baselines), each served by `vite preview` on its own port, and Debian's
// Chromium launched with the project's test flags, in contexts set up like the browser tests.
import './ts-loader.mjs';
import { chromium } from '@playwright/test';
import { APP_OUT, BASELINES_OUT, ensureBaselines, requireAppBuild } from './build.mjs';
import { ROOT } from './env.mjs';

const { CHROMIUM_LAUNCH } = await import('../../tests/support/chromium.ts');

/** This worktree's ports: the app on 4187, the baselines on 4188 (override for another checkout). */
export const PORTS = {
  app: Number(process.env.BENCH_PORT ?? 4187),
  baseline: Number(process.env.BENCH_BASELINE_PORT ?? 4188),
};

/** Same viewport and touch support as playwright.config.ts. */
export const CONTEXT_OPTIONS = { viewport: { width: 1920, height: 1080 }, hasTouch: true };

async function serve(outDir, port) {
  const { preview } = await import('vite');
  const server = await preview({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}

/** Serves the app build (or another build of it: `appDir`) and the baselines (building them when needed). */
export async function startServers({ appDir = APP_OUT } = {}) {
  if (appDir === APP_OUT) requireAppBuild();
  await ensureBaselines();
  const app = await serve(appDir, PORTS.app);
  const baseline = await serve(BASELINES_OUT, PORTS.baseline);
  return {
    /** The kiosk, as a visitor sees it (no ?test=1 hooks). */
    app: `${app.url}index.html`,
    react: `${baseline.url}react/index.html`,
    static: `${baseline.url}static.html`,
    oneLine: `${baseline.url}one-line.html`,
    async close() {
      await Promise.all([app.close(), baseline.close()]);
    },
  };
}

/** Chromium with the project's flags, plus precise memory numbers for the soak. */
export function launchBrowser() {
  return chromium.launch({ ...CHROMIUM_LAUNCH, args: [...(CHROMIUM_LAUNCH.args ?? []), '--enable-precise-memory-info'] });
}

/** Runs in the page before its own scripts: when is the start button there, visible and enabled? */
export function readinessInPage(label) {
  const t = { found: null, ready: null, longTasks: 0, longTaskMs: 0 };
  window.__benchCold = t;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        t.longTasks += 1;
        t.longTaskMs += e.duration;
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no long-task timing in this browser
  }
  const ready = () => {
    for (const b of document.querySelectorAll('button')) {
      if (!(b.textContent ?? '').trim().startsWith(label) || b.disabled || b.closest('[inert]')) continue;
      // The kiosk counts a press only after its ghost-tap guard (.app[data-armed="false"] until then).
      if (b.closest('[data-armed="false"]')) continue;
      const r = b.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (typeof b.checkVisibility === 'function' && !b.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      return true;
    }
    return false;
  };
  const observer = new MutationObserver(() => check());
  const check = () => {
    if (t.found !== null || !ready()) return;
    t.found = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => (t.ready = performance.now()));
  };
  observer.observe(document, { subtree: true, childList: true, attributes: true });
  const loop = () => {
    check();
    if (t.found === null) requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
}

/** Where the time went, from Navigation and Resource Timing (null where a page has no such step). */
export function timelineInPage() {
  const res = performance.getEntriesByType('resource');
  const max = (xs) => (xs.length ? Math.max(...xs) : null);
  const min = (xs) => (xs.length ? Math.min(...xs) : null);
  const scripts = res.filter((r) => r.initiatorType === 'script' || /\.m?js(\?|$)/.test(r.name));
  const content = res.filter((r) => /\/data\/[^/]+\.json/.test(r.name));
  const nav = performance.getEntriesByType('navigation')[0];
  return {
    htmlReceived: nav ? nav.responseEnd : null,
    scriptsReceived: max(scripts.map((r) => r.responseEnd)),
    firstContentRequest: min(content.map((r) => r.startTime)),
    contentReceived: max(content.map((r) => r.responseEnd)),
    contentFiles: content.length,
    requests: res.length + 1,
    transferBytes: (nav?.transferSize ?? 0) + res.reduce((a, r) => a + (r.transferSize ?? 0), 0),
    firstContentfulPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
  };
}
