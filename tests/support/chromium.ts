import type { LaunchOptions } from '@playwright/test';

/**
 * Debian's chromium, as this workplace provides it (no browser download is possible).
 * The background-networking flags keep it from trying hosts this closed network refuses.
 */
export const CHROMIUM_LAUNCH: LaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};
