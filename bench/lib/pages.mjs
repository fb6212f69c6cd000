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

/** Serves the app build and the baselines (building the baselines when needed). */
export async function startServers() {
  requireAppBuild();
  await ensureBaselines();
  const app = await serve(APP_OUT, PORTS.app);
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
