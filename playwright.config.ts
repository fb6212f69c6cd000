import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH } from './tests/support/chromium';

/**
 * Browser tests of the built web renderer (out/renderer, from `npx electron-vite build` or
 * `npx vite build -c tests/e2e/vite.renderer.config.mjs`), served by vite preview, in Debian's
 * chromium. Two workers at most: the CI machine has two cores.
 */
// KIOSK_E2E_PORT lets a second checkout (e.g. a fresh-clone CI run) test beside a dev server.
const PORT = Number(process.env.KIOSK_E2E_PORT ?? 4173);
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // The JSON report feeds the one-line summary that CI prints (.ci/count-results.mjs).
  reporter: [['list'], ['json', { outputFile: '.tmp/results/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    browserName: 'chromium',
    launchOptions: CHROMIUM_LAUNCH,
    viewport: { width: 1920, height: 1080 },
    hasTouch: true,
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `npx vite preview --outDir out/renderer --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/index.html`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
