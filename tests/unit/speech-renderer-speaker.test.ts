import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/shared/i18n';
import { err, ok } from '../../src/shared/result';
import type { LocalSpeechStatus, SpeechApi, Utterance } from '../../src/shared/speech';
import { perLanguage, SILENT, type SpeechEngine } from '../../src/renderer/src/speech/engine';
import { audioKeyOf } from '../../src/renderer/src/speech/keys';
import { localEngine } from '../../src/renderer/src/speech/local-engine';
import { Speaker } from '../../src/renderer/src/speech/speaker';
import { pickWebVoices } from '../../src/renderer/src/speech/web-speech-engine';

/**
 * The audio controls' engine room, with fake engines: speech moves on when a new list
 * starts, pause starts the sentence again on resume, a new rate is announced and used from
 * the current sentence on, and the local engine plays main's WAV bytes through Web Audio.
 */
const u = (text: string, lang: Lang = 'en'): Utterance => ({ text, lang });
const tick = () => new Promise((r) => setTimeout(r, 0));

/** An engine whose utterances end only when the test says so. */
function manualEngine() {
  const said: { text: string; rate: number; stopped: boolean }[] = [];
  let finish: (() => void) | null = null;
  const engine: SpeechEngine = {
    id: 'web-speech',
    voiceFor: () => 'Fake',
    speak: (x, rate) =>
      new Promise<void>((resolve) => {
        const entry = { text: x.text, rate, stopped: false };
        said.push(entry);
        finish = () => {
          finish = null;
          resolve();
        };
        (entry as { resolve?: () => void }).resolve = resolve;
      }),
    stop: () => {
      const last = said.at(-1);
      if (last && finish) last.stopped = true;
      finish?.();
    },
  };
  return { engine, said, end: async () => (finish?.(), tick()) };
}

describe('Speaker', () => {
  it('speaks a list in order and goes idle at the end', async () => {
    const { engine, said, end } = manualEngine();
    const states: string[] = [];
    const s = new Speaker(engine, (x) => states.push(x));
    s.play([u('one'), u('two')]);
    await tick();
    expect(said.map((x) => x.text)).toEqual(['one']);
    await end();
    await end();
    expect(said.map((x) => x.text)).toEqual(['one', 'two']);
    expect(states).toEqual(['speaking', 'idle']);
  });

  it('a new list cuts the old one off at once (the visitor acted)', async () => {
    const { engine, said, end } = manualEngine();
    const s = new Speaker(engine);
    s.play([u('old 1'), u('old 2')]);
    await tick();
    s.play([u('new')]);
    await tick();
    await end();
    expect(said.map((x) => [x.text, x.stopped])).toEqual([
      ['old 1', true],
      ['new', false],
    ]);
  });

  it('pause stops the sentence; resume says that sentence again, then goes on', async () => {
    const { engine, said, end } = manualEngine();
    const s = new Speaker(engine);
    s.play([u('first'), u('second'), u('third')]);
    await tick();
    await end();
    s.togglePause();
    expect(s.current).toBe('paused');
    await tick();
    s.togglePause();
    await tick();
    expect(s.current).toBe('speaking');
    await end();
    await end();
    expect(said.map((x) => x.text)).toEqual(['first', 'second', 'second', 'third']);
  });

  it('a new rate is announced, then the current sentence is said again at that rate', async () => {
    const { engine, said, end } = manualEngine();
    const s = new Speaker(engine);
    s.play([u('a'), u('b')]);
    await tick();
    s.setRate(0.75, [u('Speed 75 percent.')]);
    await tick();
    await end();
    await end();
    await end();
    expect(said.map((x) => [x.text, x.rate])).toEqual([
      ['a', 1],
      ['Speed 75 percent.', 0.75],
      ['a', 0.75],
      ['b', 0.75],
    ]);
  });

  it('stop is silence until the next list', async () => {
    const { engine, said } = manualEngine();
    const s = new Speaker(engine);
    s.play([u('a'), u('b')]);
    await tick();
    s.stop();
    await tick();
    expect(s.current).toBe('idle');
    expect(said.map((x) => x.text)).toEqual(['a']);
  });
});

describe('engines', () => {
  it('never picks a network voice, and prefers the U.S. locales', () => {
    const v = (name: string, lang: string, localService: boolean) => ({ name, lang, localService, default: false, voiceURI: name }) as SpeechSynthesisVoice;
    expect(pickWebVoices([v('Cloud US', 'en-US', false), v('Cloud ES', 'es-US', false)])).toEqual({ en: null, es: null });
    const picked = pickWebVoices([v('Brit', 'en-GB', true), v('Yank', 'en-US', true), v('Spain', 'es-ES', true), v('Mexico', 'es-MX', true)]);
    expect([picked.en?.name, picked.es?.name]).toEqual(['Yank', 'Mexico']);
  });

  it('one engine per language: each utterance goes to the engine of its language', async () => {
    const heard: string[] = [];
    const make = (id: 'web-speech' | 'local'): SpeechEngine => ({ id, voiceFor: () => id, speak: async (x) => void heard.push(`${id}:${x.text}`), stop: () => undefined });
    const both = perLanguage({ en: make('web-speech'), es: make('local') });
    await both.speak(u('Hello'), 1);
    await both.speak(u('Hola', 'es'), 1);
    expect(heard).toEqual(['web-speech:Hello', 'local:Hola']);
    expect(perLanguage({ en: SILENT, es: SILENT }).id).toBe('none');
  });

  it('the local engine plays main’s WAV bytes through Web Audio, synthesizing the next one ahead', async () => {
    const requests: string[] = [];
    const api: SpeechApi = {
      status: async () => ({ engine: 'espeak-ng', voices: { en: 'en-us', es: 'es-419' } }),
      synthesize: async (r) => {
        requests.push(`${r.lang}:${r.rate}:${r.text}`);
        return r.text === 'broken' ? err({ type: 'engine-failed' }) : ok({ wav: new Uint8Array([1, 2, 3]) });
      },
      reportChoice: async () => undefined,
    };
    const started: string[] = [];
    class FakeSource {
      buffer: unknown = null;
      onended: (() => void) | null = null;
      connect() {}
      start() {
        started.push(String((this.buffer as { tag: string }).tag));
        setTimeout(() => this.onended?.(), 1);
      }
      stop() {
        this.onended?.();
      }
    }
    let decoded = 0;
    const ctx = {
      state: 'suspended',
      resume: async () => void (ctx.state = 'running'),
      destination: {},
      decodeAudioData: async (b: ArrayBuffer) => ({ tag: `wav${++decoded}:${b.byteLength}` }),
      createBufferSource: () => new FakeSource(),
    };
    const status: LocalSpeechStatus = { engine: 'espeak-ng', voices: { en: 'en-us', es: 'es-419' } };
    const engine = localEngine(api, status, () => ctx as unknown as AudioContext);
    const s = new Speaker(engine);
    s.play([u('one'), u('broken'), u('dos', 'es')]);
    for (let i = 0; i < 20 && s.current !== 'idle'; i++) await new Promise((r) => setTimeout(r, 5));
    expect(ctx.state).toBe('running');
    // The one being said is asked for first, the next one right after; "broken" fails quietly
    // (silence, tried once more when its turn comes) and the list goes on.
    expect(requests).toEqual(['en:1:one', 'en:1:broken', 'en:1:broken', 'es:1:dos']);
    expect(started).toEqual(['wav1:3', 'wav2:3']);
    expect(engine.voiceFor('es')).toBe('es-419');
  });
});

describe('audio keys', () => {
  it('A R P − + H, not with Ctrl/Alt/Meta', () => {
    const k = (key: string, mod: Partial<KeyboardEvent> = {}) => audioKeyOf({ key, ctrlKey: false, altKey: false, metaKey: false, ...mod });
    expect(['a', 'R', 'p', '-', '+', '=', 'h', 'F1', '?'].map((x) => k(x))).toEqual(['toggle', 'repeat', 'pause', 'slower', 'faster', 'faster', 'help', 'help', 'help']);
    expect(k('a', { ctrlKey: true })).toBeNull();
    expect(k('Enter')).toBeNull();
    expect(k('ArrowDown')).toBeNull();
  });
});
