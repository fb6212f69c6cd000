import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { CONTENT_FILES, parseContent } from '../../src/shared/content/load';
import { SPEECH_CHANNELS } from '../../src/shared/channels';
import { createSpeechHandlers } from '../../src/main/speech/handlers';
import { detectLocalEngine } from '../../src/main/speech/engine';
import { runVoice } from '../../src/main/speech/run-voice';
import { expectScreen, label, ROOT } from './kiosk';

/**
 * The local-voice path end to end, minus Electron itself: the page gets a window.kiosk
 * whose speech calls go to main's real speech handlers (zod validation, real espeak-ng),
 * exactly what the preload would forward. Headless Chromium has no voices of its own, so
 * the page must choose main's engine, and play the WAV bytes it gets back with Web Audio.
 */
const hasEspeak = spawnSync('espeak-ng', ['--version']).status === 0;
const required = Boolean(process.env.CI || process.env.KIOSK_REQUIRE_SPEECH);

test('without browser voices, the page speaks through main: WAV bytes from espeak-ng, decoded and played', async ({ page }) => {
  test.skip(!hasEspeak && !required, 'espeak-ng is not installed (CI installs it and must run this)');
  const log: string[] = [];
  const handlers = createSpeechHandlers({
    engine: detectLocalEngine({ platform: 'linux', run: runVoice }),
    log: (level, message) => log.push(`${level} ${message}`),
    onChoice: () => undefined,
  });
  const asked: unknown[] = [];
  const content = parseContent(Object.fromEntries(CONTENT_FILES.map((f) => [f, JSON.parse(readFileSync(resolve(ROOT, 'data', f), 'utf8'))])));
  await page.exposeFunction('__main', async (channel: string, arg: unknown) => {
    if (channel === 'content') return content;
    const handle = handlers[channel as keyof typeof handlers];
    if (channel === SPEECH_CHANNELS.synthesize) asked.push(arg);
    const r = (await handle(arg)) as { ok?: boolean; value?: { wav: Uint8Array } } | undefined;
    // exposeFunction carries JSON: the bytes travel as base64, as a stand-in for IPC's structured clone.
    if (r?.ok && r.value) return { ok: true, value: { wav: Buffer.from(r.value.wav).toString('base64') } };
    return r;
  });
  await page.addInitScript((ch) => {
    const main = (window as unknown as { __main: (c: string, a?: unknown) => Promise<unknown> }).__main;
    const played: number[] = [];
    (window as unknown as { __played: number[] }).__played = played;
    const start = AudioBufferSourceNode.prototype.start;
    AudioBufferSourceNode.prototype.start = function (...args: Parameters<typeof start>) {
      played.push(this.buffer?.duration ?? 0);
      return start.apply(this, args);
    };
    // No browser voices (headless Chromium has none anyway).
    Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
    (window as unknown as { kiosk: unknown }).kiosk = {
      loadContent: () => main('content'),
      printChecklist: async () => ({ ok: false, error: { type: 'no-printer-configured' } }),
      getSettings: async () => ({ idleSeconds: 600, warningSeconds: 30, printerConfigured: false }),
      recordUsage: async () => undefined,
      speech: {
        status: () => main(ch.status),
        reportChoice: (c: unknown) => main(ch.reportChoice, c),
        synthesize: async (r: unknown) => {
          const out = (await main(ch.synthesize, r)) as { ok: boolean; value?: { wav: string } };
          if (!out.ok || !out.value) return out;
          return { ok: true, value: { wav: Uint8Array.from(atob(out.value.wav), (c) => c.charCodeAt(0)) } };
        },
      },
    };
  }, SPEECH_CHANNELS);

  await page.goto('index.html?test=1');
  await expectScreen(page, 'attract');
  await page.keyboard.press('a');
  await page.getByTestId('start-en').focus();
  await expect.poll(() => page.evaluate(() => (window as unknown as { __played: number[] }).__played.length), { timeout: 15_000 }).toBeGreaterThan(1);
  await page.keyboard.press('Enter');
  await expectScreen(page, 'task');
  await expect.poll(() => asked.some((a) => (a as { text: string }).text === label.ui('task.title')), { timeout: 15_000 }).toBe(true);
  await expect.poll(() => page.evaluate(() => (window as unknown as { __played: number[] }).__played.length), { timeout: 15_000 }).toBeGreaterThan(3);

  expect(log).toContain('info speech: the page speaks English with local (en-us), Spanish with local (es-419)');
  const played = await page.evaluate(() => (window as unknown as { __played: number[] }).__played);
  // Real speech, decoded by Chromium from main's WAV bytes: each piece lasts a while.
  expect(played.every((s) => s > 0.3 && s < 60), played.join(', ')).toBe(true);
  // Every request passed main's schema (none refused).
  expect(log.filter((l) => l.includes('refused'))).toEqual([]);
  expect(asked.every((a) => typeof (a as { text: unknown }).text === 'string' && (a as { rate: number }).rate === 1)).toBe(true);
});
