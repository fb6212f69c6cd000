import { defineConfig } from '@playwright/test';

/** The Electron launch test: separate from the browser suite, which needs no Electron. */
export default defineConfig({
  testDir: 'tests/electron',
  testMatch: '*.spec.ts',
  workers: 1,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: '.tmp/results/electron.json' }]],
});
