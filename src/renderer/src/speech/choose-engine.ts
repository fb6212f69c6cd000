import { LANGS, type Lang } from '../../../shared/i18n';
import type { SpeechApi, SpeechChoice } from '../../../shared/speech';
import { perLanguage, SILENT, type SpeechEngine } from './engine';
import { localEngine } from './local-engine';
import { loadWebVoices, pickWebVoices, webSpeechEngine } from './web-speech-engine';

export interface ChosenSpeech {
  engine: SpeechEngine;
  /** Which engine and voice speaks each language; main logs it for staff. */
  choice: SpeechChoice;
}

/**
 * Chosen once at startup, per language: the browser's local voice where it has one (the
 * Windows kiosk's SAPI voices appear here), otherwise main's local engine over IPC (espeak-ng
 * on Linux), otherwise silence, and the audio button says audio is not available.
 */
export async function chooseSpeechEngine(win: Window, api: SpeechApi | undefined): Promise<ChosenSpeech> {
  const synth = 'speechSynthesis' in win ? win.speechSynthesis : undefined;
  const webVoices = synth ? pickWebVoices(await loadWebVoices(synth).catch(() => [])) : { en: null, es: null };
  const web = synth ? webSpeechEngine(synth, webVoices) : null;
  const status = api ? await api.status().catch(() => null) : null;
  const local = api && status && status.engine !== 'none' ? localEngine(api, status) : null;

  const pick = (lang: Lang): SpeechEngine => {
    if (web && webVoices[lang]) return web;
    if (local && status?.voices[lang]) return local;
    return SILENT;
  };
  const engines = { en: pick('en'), es: pick('es') } satisfies Record<Lang, SpeechEngine>;
  const choice = Object.fromEntries(LANGS.map((l) => [l, { engine: engines[l].id, voice: engines[l].voiceFor(l) }])) as SpeechChoice;
  void api?.reportChoice(choice).catch(() => undefined);
  return { engine: perLanguage(engines), choice };
}

export function canSpeak(choice: SpeechChoice | null, lang: Lang): boolean {
  return choice !== null && choice[lang].engine !== 'none';
}
