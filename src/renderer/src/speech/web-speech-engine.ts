import type { Lang } from '../../../shared/i18n';
import type { SpeechEngine } from './engine';

/**
 * The browser's own speech (speechSynthesis), with local voices only: a voice whose
 * `localService` is false would send the visitor's screen to a network service.
 */
const LOCALES: Record<Lang, readonly string[]> = {
  en: ['en-US', 'en-GB', 'en'],
  es: ['es-US', 'es-MX', 'es-419', 'es-ES', 'es'],
};

/** The best local voice per language, preferring the locales above in order. */
export function pickWebVoices(voices: readonly SpeechSynthesisVoice[]): Record<Lang, SpeechSynthesisVoice | null> {
  const local = voices.filter((v) => v.localService);
  const pick = (lang: Lang) => {
    for (const locale of LOCALES[lang]) {
      const exact = local.find((v) => v.lang.toLowerCase() === locale.toLowerCase());
      if (exact) return exact;
    }
    return local.find((v) => v.lang.toLowerCase().startsWith(`${lang}-`) || v.lang.toLowerCase() === lang) ?? null;
  };
  return { en: pick('en'), es: pick('es') };
}

/** Voices load late in Chromium: wait for `voiceschanged`, but not forever. */
export function loadWebVoices(synth: SpeechSynthesis, waitMs = 1500): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      synth.removeEventListener('voiceschanged', done);
      resolve(synth.getVoices());
    };
    const timer = setTimeout(done, waitMs);
    synth.addEventListener('voiceschanged', done);
  });
}

export function webSpeechEngine(synth: SpeechSynthesis, voices: Record<Lang, SpeechSynthesisVoice | null>): SpeechEngine {
  let finish: (() => void) | null = null;
  return {
    id: 'web-speech',
    voiceFor: (lang) => voices[lang]?.name ?? null,
    speak(u, rate) {
      const voice = voices[u.lang];
      if (!voice) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const said = new SpeechSynthesisUtterance(u.text);
        said.voice = voice;
        said.lang = voice.lang;
        said.rate = rate;
        const end = () => {
          if (finish === end) finish = null;
          resolve();
        };
        finish = end;
        said.onend = end;
        said.onerror = end;
        synth.speak(said);
      });
    },
    stop() {
      const f = finish;
      finish = null;
      synth.cancel();
      f?.();
    },
  };
}
