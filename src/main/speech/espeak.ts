import type { Lang } from '../../shared/i18n';

/**
 * espeak-ng, the local voice on Linux: offline, in Debian, with American English and Latin
 * American Spanish voices. One utterance per run, text on stdin, WAV on stdout.
 */
export const ESPEAK = 'espeak-ng';

/** The voices to use for each language, best first (es-419 is Latin American Spanish). */
export const ESPEAK_VOICES: Record<Lang, readonly string[]> = {
  en: ['en-us', 'en'],
  es: ['es-419', 'es'],
};

/** espeak-ng's own normal rate is 175 words a minute; 150 is easier for a first-time listener. */
export const ESPEAK_BASE_WPM = 150;

export function espeakWordsPerMinute(rate: number): number {
  return Math.min(450, Math.max(80, Math.round(ESPEAK_BASE_WPM * rate)));
}

/** Arguments for one utterance: WAV to stdout, UTF-8 text from stdin (so no text is ever an option). */
export function espeakArgs(voice: string, rate: number): string[] {
  return ['--stdout', '-v', voice, '-s', String(espeakWordsPerMinute(rate)), '-b', '1', '--stdin'];
}

/** The language codes `espeak-ng --voices` lists (second column), e.g. "en-us", "es-419". */
export function parseEspeakVoices(listing: string): Set<string> {
  const codes = new Set<string>();
  for (const line of listing.split('\n').slice(1)) {
    const code = line.trim().split(/\s+/)[1];
    if (code) codes.add(code.toLowerCase());
  }
  return codes;
}

/** For each language, the first wanted voice espeak-ng has (null: none). */
export function pickEspeakVoices(available: Set<string>): Record<Lang, string | null> {
  const pick = (lang: Lang) => ESPEAK_VOICES[lang].find((v) => available.has(v)) ?? null;
  return { en: pick('en'), es: pick('es') };
}
