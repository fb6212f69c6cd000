import type { Page } from '@playwright/test';

/**
 * A stand-in for the browser's speechSynthesis (headless Chromium has no voices): two local
 * voices, one network voice that must never be used, and a log of every utterance with its
 * voice and rate. Each utterance "lasts" `ms` milliseconds, so speech can be cut off.
 */
export interface Spoken {
  text: string;
  voice: string | null;
  lang: string;
  rate: number;
  interrupted?: boolean;
}

export async function installFakeSpeech(page: Page, ms = 30): Promise<void> {
  await page.addInitScript((utteranceMs: number) => {
    const spoken: Spoken[] = [];
    (window as unknown as { __spoken: Spoken[] }).__spoken = spoken;
    const voices = [
      { name: 'Local English', lang: 'en-US', localService: true, default: true, voiceURI: 'local-en' },
      { name: 'Local Spanish', lang: 'es-US', localService: true, default: false, voiceURI: 'local-es' },
      { name: 'Network English', lang: 'en-US', localService: false, default: false, voiceURI: 'net-en' },
    ];
    interface FakeUtterance {
      text: string;
      voice: { name: string; lang: string } | null;
      lang: string;
      rate: number;
      onend?: () => void;
      onerror?: (e: unknown) => void;
    }
    let current: { u: FakeUtterance; entry: Spoken; timer: number } | null = null;
    const queue: FakeUtterance[] = [];
    const next = () => {
      const u = queue.shift();
      if (!u) return;
      const entry: Spoken = { text: u.text, voice: u.voice?.name ?? null, lang: u.lang, rate: u.rate };
      spoken.push(entry);
      const timer = window.setTimeout(() => {
        current = null;
        u.onend?.();
        next();
      }, utteranceMs);
      current = { u, entry, timer };
    };
    const synth = {
      getVoices: () => voices,
      speak(u: FakeUtterance) {
        queue.push(u);
        if (!current) next();
      },
      cancel() {
        queue.length = 0;
        const c = current;
        current = null;
        if (c) {
          clearTimeout(c.timer);
          c.entry.interrupted = true;
          c.u.onerror?.({ error: 'interrupted' });
        }
      },
      pause() {},
      resume() {},
      addEventListener() {},
      removeEventListener() {},
      get speaking() {
        return current !== null;
      },
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    (window as unknown as { SpeechSynthesisUtterance: unknown }).SpeechSynthesisUtterance = class {
      text: string;
      voice = null;
      lang = '';
      rate = 1;
      constructor(text: string) {
        this.text = text;
      }
    };
  }, ms);
}

export async function spoken(page: Page): Promise<Spoken[]> {
  return page.evaluate(() => (window as unknown as { __spoken: Spoken[] }).__spoken.slice());
}

export async function clearSpoken(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __spoken: Spoken[] }).__spoken.length = 0;
  });
}
