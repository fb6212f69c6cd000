import type { Lang } from '../../../shared/i18n';
import type { PageEngineId, Utterance } from '../../../shared/speech';

/**
 * One voice the page can speak with. `speak` resolves when the utterance has been said or
 * `stop` cut it off; it never rejects (a voice that fails is silence, not a crash).
 */
export interface SpeechEngine {
  readonly id: PageEngineId;
  /** The voice name used for a language (for the staff log), or null when it cannot speak it. */
  voiceFor(lang: Lang): string | null;
  speak(utterance: Utterance, rate: number): Promise<void>;
  /** Gets the next utterance ready while this one plays (the local engine synthesizes ahead). */
  prepare?(utterance: Utterance, rate: number): void;
  stop(): void;
}

/** Nothing to speak with: audio mode says so on screen instead. */
export const SILENT: SpeechEngine = {
  id: 'none',
  voiceFor: () => null,
  speak: async () => undefined,
  stop: () => undefined,
};

/**
 * One engine per language: the browser's voice for English and main's for Spanish, say, when
 * each has only one. Never a voice of the wrong language.
 */
export function perLanguage(engines: Record<Lang, SpeechEngine>): SpeechEngine & { engines: Record<Lang, SpeechEngine> } {
  const all = [...new Set(Object.values(engines))];
  return {
    engines,
    id: all.length === 1 ? all[0]!.id : 'web-speech',
    voiceFor: (lang) => engines[lang].voiceFor(lang),
    speak: (u, rate) => engines[u.lang].speak(u, rate),
    prepare: (u, rate) => engines[u.lang].prepare?.(u, rate),
    stop: () => all.forEach((e) => e.stop()),
  };
}
