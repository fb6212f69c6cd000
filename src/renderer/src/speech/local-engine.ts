import type { Lang } from '../../../shared/i18n';
import type { LocalSpeechStatus, SpeechApi, Utterance } from '../../../shared/speech';
import type { SpeechEngine } from './engine';

/**
 * Main's local voice (espeak-ng, the Windows system voice): main turns each utterance into
 * WAV bytes over the validated IPC call, and the page plays them with Web Audio (no media
 * URL, so the page's CSP needs no media-src). The next utterance is synthesized while this
 * one plays, so there is no gap between sentences.
 */
const CACHE_SIZE = 8;

export function localEngine(api: SpeechApi, status: LocalSpeechStatus, makeContext: () => AudioContext = () => new AudioContext()): SpeechEngine {
  let ctx: AudioContext | null = null;
  const cache = new Map<string, Promise<AudioBuffer | null>>();
  let playing: { source: AudioBufferSourceNode; end: () => void } | null = null;
  let generation = 0;

  const context = () => (ctx ??= makeContext());

  function load(u: Utterance, rate: number): Promise<AudioBuffer | null> {
    const key = `${u.lang}|${rate}|${u.text}`;
    const hit = cache.get(key);
    if (hit) return hit;
    const loading = api
      .synthesize({ text: u.text, lang: u.lang, rate })
      .then(async (r) => {
        if (!r.ok) return null;
        // A copy of exactly the WAV's bytes: decodeAudioData takes (and detaches) its buffer.
        const bytes = r.value.wav.slice();
        return context().decodeAudioData(bytes.buffer);
      })
      .catch(() => null);
    cache.set(key, loading);
    // Failures are not kept (the engine may recover); old entries make room for new ones.
    void loading.then((b) => b === null && cache.delete(key));
    while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
    return loading;
  }

  return {
    id: 'local',
    voiceFor: (lang: Lang) => status.voices[lang],
    prepare: (u, rate) => void load(u, rate),
    async speak(u, rate) {
      const mine = ++generation;
      const audio = context();
      const loading = load(u, rate);
      // A page may only start audio after the visitor pressed something; the audio key is that press.
      if (audio.state === 'suspended') await audio.resume().catch(() => undefined);
      const buffer = await loading;
      if (!buffer || mine !== generation) return;
      await new Promise<void>((resolve) => {
        const source = audio.createBufferSource();
        source.buffer = buffer;
        source.connect(audio.destination);
        const end = () => {
          if (playing?.source === source) playing = null;
          resolve();
        };
        source.onended = end;
        playing = { source, end };
        source.start();
      });
    },
    stop() {
      generation += 1;
      const p = playing;
      playing = null;
      if (p) {
        try {
          p.source.stop();
        } catch {
          // already ended
        }
        p.end();
      }
    },
  };
}
