import { describe, expect, it, vi } from 'vitest';
import { SPEECH_CHANNELS } from '../../src/shared/channels';
import { MAX_UTTERANCE_CHARS } from '../../src/shared/speech';
import { detectLocalEngine, type LocalEngine } from '../../src/main/speech/engine';
import { espeakArgs, espeakWordsPerMinute, parseEspeakVoices, pickEspeakVoices } from '../../src/main/speech/espeak';
import { createSpeechHandlers } from '../../src/main/speech/handlers';
import { registerSpeech, startSpeech } from '../../src/main/speech';
import type { RunVoice } from '../../src/main/speech/run-voice';
import { fixStreamedWav, readWav } from '../../src/main/speech/wav';
import { pickWindowsVoices, sapiRate, windowsSpeakArgs } from '../../src/main/speech/windows-voice';
import { err, ok } from '../../src/shared/result';

/**
 * Main's speech, without Electron and without a real engine: the IPC handlers refuse every
 * malformed message with a typed error, the engine is chosen at startup and named in the
 * staff log, text never reaches a command line, and streamed WAV headers are repaired.
 */

/** A WAV as espeak-ng --stdout writes it: 16-bit mono, with "unknown" (0x7ffff…) sizes. */
function streamedWav(samples: number[], rate = 22050): Uint8Array {
  const bytes = new Uint8Array(44 + samples.length * 2);
  const v = new DataView(bytes.buffer);
  const put = (at: number, s: string) => [...s].forEach((c, i) => (bytes[at + i] = c.charCodeAt(0)));
  put(0, 'RIFF');
  v.setUint32(4, 0x7ffff024, true);
  put(8, 'WAVE');
  put(12, 'fmt ');
  v.setUint32(16, 16, true);
  v.setUint16(20, 1, true);
  v.setUint16(22, 1, true);
  v.setUint32(24, rate, true);
  v.setUint32(28, rate * 2, true);
  v.setUint16(32, 2, true);
  v.setUint16(34, 16, true);
  put(36, 'data');
  v.setUint32(40, 0x7ffff000, true);
  samples.forEach((s, i) => v.setInt16(44 + i * 2, s, true));
  return bytes;
}

const ESPEAK_LISTING = `Pty Language       Age/Gender VoiceName          File                 Other Languages
 2  en-gb           --/M      English_(Great_Britain) gmw/en               (en 2)
 2  en-us           --/M      English_(America)  gmw/en-US            (en 3)
 5  es              --/M      Spanish_(Spain)    roa/es
 5  es-419          --/M      Spanish_(Latin_America) roa/es-419           (es-mx 6)(es 6)
`;

function fakeEngine(over: Partial<LocalEngine> = {}): LocalEngine {
  return {
    status: { engine: 'espeak-ng', voices: { en: 'en-us', es: 'es-419' } },
    synthesize: vi.fn(async () => ok({ wav: streamedWav([1, 2, 3]) })),
    ...over,
  };
}

function handlers(engine = fakeEngine(), maxPending?: number) {
  const log = vi.fn();
  const onChoice = vi.fn();
  const h = createSpeechHandlers({ engine: Promise.resolve(engine), log, onChoice, ...(maxPending ? { maxPending } : {}) });
  return { h, log, onChoice, engine };
}

const good = { text: 'What do you need to do?', lang: 'en', rate: 1 };

describe('speech IPC: every message is validated', () => {
  it('handles exactly the speech channels', () => {
    expect(Object.keys(handlers().h).sort()).toEqual(Object.values(SPEECH_CHANNELS).sort());
  });

  it('passes a valid request to the engine and returns WAV bytes', async () => {
    const { h, engine } = handlers();
    const r = (await h[SPEECH_CHANNELS.synthesize]!(good)) as { ok: boolean; value: { wav: Uint8Array } };
    expect(r.ok).toBe(true);
    expect(r.value.wav).toBeInstanceOf(Uint8Array);
    expect(engine.synthesize).toHaveBeenCalledWith(good);
  });

  const bad: [string, unknown][] = [
    ['nothing', undefined],
    ['a string', 'hello'],
    ['an array', [good]],
    ['empty text', { ...good, text: '' }],
    ['only spaces', { ...good, text: '   ' }],
    ['text over the cap', { ...good, text: 'a'.repeat(MAX_UTTERANCE_CHARS + 1) }],
    ['text that is not a string', { ...good, text: 42 }],
    ['an unknown language', { ...good, lang: 'fr' }],
    ['a missing language', { text: good.text, rate: 1 }],
    ['a rate below the range', { ...good, rate: 0.1 }],
    ['a rate above the range', { ...good, rate: 5 }],
    ['a rate that is not a number', { ...good, rate: 'fast' }],
    ['a rate of NaN', { ...good, rate: Number.NaN }],
    ['an infinite rate', { ...good, rate: Number.POSITIVE_INFINITY }],
    ['an extra field (a voice or a command)', { ...good, voice: '--help' }],
  ];
  for (const [what, payload] of bad) {
    it(`refuses ${what} with invalid-request and a staff log line, without running the engine`, async () => {
      const { h, log, engine } = handlers();
      expect(await h[SPEECH_CHANNELS.synthesize]!(payload)).toEqual({ ok: false, error: { type: 'invalid-request' } });
      expect(engine.synthesize).not.toHaveBeenCalled();
      expect(log).toHaveBeenCalledWith('warn', expect.stringContaining('refused a malformed message'));
    });
  }

  it('accepts text at exactly the cap', async () => {
    const { h } = handlers();
    expect(await h[SPEECH_CHANNELS.synthesize]!({ ...good, text: 'a'.repeat(MAX_UTTERANCE_CHARS) })).toMatchObject({ ok: true });
  });

  it('answers busy instead of starting more than the allowed engines at once', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const engine = fakeEngine({
      synthesize: vi.fn(async () => {
        await gate;
        return ok({ wav: streamedWav([1]) });
      }),
    });
    const { h } = handlers(engine, 2);
    const first = h[SPEECH_CHANNELS.synthesize]!(good);
    const second = h[SPEECH_CHANNELS.synthesize]!(good);
    await new Promise((r) => setTimeout(r, 0));
    expect(await h[SPEECH_CHANNELS.synthesize]!(good)).toEqual({ ok: false, error: { type: 'busy' } });
    release();
    expect(await first).toMatchObject({ ok: true });
    expect(await second).toMatchObject({ ok: true });
    // Capacity comes back once they finish.
    expect(await h[SPEECH_CHANNELS.synthesize]!(good)).toMatchObject({ ok: true });
  });

  it('turns an engine that throws into engine-failed, logged once however often it happens', async () => {
    const engine = fakeEngine({ synthesize: vi.fn(async () => Promise.reject(new Error('boom'))) });
    const { h, log } = handlers(engine);
    for (let i = 0; i < 3; i++) expect(await h[SPEECH_CHANNELS.synthesize]!(good)).toEqual({ ok: false, error: { type: 'engine-failed' } });
    expect(log.mock.calls.filter(([level]) => level === 'error')).toHaveLength(1);
  });

  it('keeps engine details for the staff log, not the page', async () => {
    const engine = fakeEngine({ synthesize: vi.fn(async () => err({ type: 'timeout' as const, detail: 'espeak-ng: no audio within 20000 ms' })) });
    const { h, log } = handlers(engine);
    expect(await h[SPEECH_CHANNELS.synthesize]!(good)).toEqual({ ok: false, error: { type: 'timeout' } });
    expect(log).toHaveBeenCalledWith('error', expect.stringContaining('no audio within'));
  });

  it('logs the engine the page chose, and refuses a malformed report', async () => {
    const { h, log, onChoice } = handlers();
    await h[SPEECH_CHANNELS.reportChoice]!({ en: { engine: 'web-speech', voice: 'Microsoft Aria' }, es: { engine: 'local', voice: 'es-419' } });
    expect(log).toHaveBeenCalledWith('info', 'speech: the page speaks English with web-speech (Microsoft Aria), Spanish with local (es-419)');
    expect(onChoice).toHaveBeenCalledTimes(1);
    await h[SPEECH_CHANNELS.reportChoice]!({ en: { engine: 'cloud-voice', voice: null }, es: { engine: 'none', voice: null } });
    await h[SPEECH_CHANNELS.reportChoice]!({ en: { engine: 'local', voice: 'x'.repeat(500) }, es: { engine: 'none', voice: null } });
    await h[SPEECH_CHANNELS.reportChoice]!({ en: { engine: 'local', voice: null } });
    expect(onChoice).toHaveBeenCalledTimes(1);
    expect(log).toHaveBeenCalledWith('warn', expect.stringContaining('refused a malformed message'));
  });

  it('tells the page which local engine main has', async () => {
    const { h } = handlers();
    expect(await h[SPEECH_CHANNELS.status]!()).toEqual({ engine: 'espeak-ng', voices: { en: 'en-us', es: 'es-419' } });
  });
});

describe('speech engine, chosen at startup', () => {
  const listing: RunVoice = async () => ok(new TextEncoder().encode(ESPEAK_LISTING));

  it('on Linux: espeak-ng with the American English and Latin American Spanish voices', async () => {
    const e = await detectLocalEngine({ platform: 'linux', run: listing });
    expect(e.status).toEqual({ engine: 'espeak-ng', voices: { en: 'en-us', es: 'es-419' } });
  });

  it('runs espeak-ng with an argument array and the text on stdin, and repairs the streamed header', async () => {
    const calls: { command: string; args: readonly string[]; stdin: string }[] = [];
    const run: RunVoice = async (command, args, o) => {
      calls.push({ command, args, stdin: o.stdin });
      return ok(args[0] === '--voices' ? new TextEncoder().encode(ESPEAK_LISTING) : streamedWav([100, -100, 200]));
    };
    const e = await detectLocalEngine({ platform: 'linux', run });
    const text = '--help; rm -rf / $(reboot) "quoted"';
    const r = await e.synthesize({ text, lang: 'es', rate: 1.5 });
    expect(r.ok).toBe(true);
    const speak = calls.at(-1)!;
    expect(speak.command).toBe('espeak-ng');
    expect(speak.args).toEqual(['--stdout', '-v', 'es-419', '-s', '225', '-b', '1', '--stdin']);
    expect(speak.args.join(' ')).not.toContain('rm -rf');
    expect(speak.stdin).toBe(text);
    if (r.ok) expect(readWav(r.value.wav)).toMatchObject({ frames: 3, sampleRate: 22050 });
  });

  it('without espeak-ng: no engine, and the reason for staff', async () => {
    const run: RunVoice = async (command) => err({ type: 'not-found', command });
    const e = await detectLocalEngine({ platform: 'linux', run });
    expect(e.status).toEqual({ engine: 'none', voices: { en: null, es: null }, problem: 'espeak-ng: not installed' });
    expect(await e.synthesize(good as never)).toMatchObject({ ok: false, error: { type: 'no-engine' } });
  });

  it('with only an English voice: Spanish answers no-engine rather than speaking Spanish with an English voice', async () => {
    const run: RunVoice = async () => ok(new TextEncoder().encode(ESPEAK_LISTING.split('\n').slice(0, 3).join('\n')));
    const e = await detectLocalEngine({ platform: 'linux', run });
    expect(e.status.voices).toEqual({ en: 'en-us', es: null });
    expect(await e.synthesize({ text: 'Hola', lang: 'es', rate: 1 })).toMatchObject({ ok: false, error: { type: 'no-engine' } });
  });

  it('output that is not a WAV is an engine failure, not bytes for the page', async () => {
    const run: RunVoice = async (_c, args) => ok(args[0] === '--voices' ? new TextEncoder().encode(ESPEAK_LISTING) : new TextEncoder().encode('error: voice not found'));
    const e = await detectLocalEngine({ platform: 'linux', run });
    expect(await e.synthesize({ text: 'Hello', lang: 'en', rate: 1 })).toMatchObject({ ok: false, error: { type: 'engine-failed' } });
  });

  it('on Windows: the system voice through PowerShell, found by culture (untested on a real Windows here)', async () => {
    const run: RunVoice = async () => ok(new TextEncoder().encode('en-US|Microsoft David Desktop\r\nes-MX|Microsoft Sabina Desktop\r\n'));
    const e = await detectLocalEngine({ platform: 'win32', run });
    expect(e.status).toEqual({ engine: 'windows-voice', voices: { en: 'Microsoft David Desktop', es: 'Microsoft Sabina Desktop' } });
  });

  it('names the engine in the staff log at startup', async () => {
    const log = vi.fn();
    const speech = startSpeech({ log, platform: 'linux', run: listing });
    expect((await speech.status()).local.engine).toBe('espeak-ng');
    expect(log).toHaveBeenCalledWith('info', 'speech: local engine espeak-ng (en: en-us, es: es-419)');
    const silent = startSpeech({ log, platform: 'linux', run: async (command) => err({ type: 'not-found', command }) });
    await silent.status();
    expect(log).toHaveBeenCalledWith('warn', 'speech: local engine none (espeak-ng: not installed)');
  });
});

describe('speech engine arguments and WAV headers', () => {
  it('maps rates to words per minute within what espeak-ng accepts', () => {
    expect(espeakWordsPerMinute(1)).toBe(150);
    expect(espeakWordsPerMinute(0.5)).toBe(80);
    expect(espeakWordsPerMinute(2)).toBe(300);
    expect(espeakArgs('en-us', 1)).not.toContain('-m'); // no SSML: text is text
  });

  it('reads the espeak-ng voice list', () => {
    expect(pickEspeakVoices(parseEspeakVoices(ESPEAK_LISTING))).toEqual({ en: 'en-us', es: 'es-419' });
    expect(pickEspeakVoices(parseEspeakVoices('Pty Language\n 5  es  --/M  Spanish roa/es\n'))).toEqual({ en: null, es: 'es' });
  });

  it('picks Windows voices by culture and puts no visitor text in the PowerShell command', () => {
    expect(pickWindowsVoices('en-GB|Hazel\nfr-FR|Hortense\n')).toEqual({ en: 'Hazel', es: null });
    const args = windowsSpeakArgs('es', 2);
    expect(args.slice(0, 5)).toEqual(['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-Command']);
    expect(args[5]).toContain("-like 'es-*'");
    expect(args[5]).toContain('$s.Rate = 5');
    expect(args[5]).toContain('[Console]::In.ReadToEnd()');
    expect([sapiRate(0.5), sapiRate(1), sapiRate(2)]).toEqual([-5, 0, 5]);
  });

  it('repairs the sizes espeak-ng streams as unknown, without touching the samples', () => {
    const raw = streamedWav([0, 1000, -1000, 5]);
    expect(readWav(raw)).toMatchObject({ frames: 4 }); // sizes capped at what is there
    const fixed = fixStreamedWav(raw)!;
    const v = new DataView(fixed.buffer);
    expect(v.getUint32(4, true)).toBe(fixed.length - 8);
    expect(v.getUint32(40, true)).toBe(8);
    expect(fixed.slice(44)).toEqual(raw.slice(44));
    expect(raw[4]).toBe(0x24); // the input is not changed
    expect(readWav(fixed)).toEqual({ channels: 1, sampleRate: 22050, bitsPerSample: 16, dataOffset: 44, dataBytes: 8, frames: 4, seconds: 4 / 22050 });
  });

  it('refuses what is not a PCM WAV', () => {
    expect(fixStreamedWav(new TextEncoder().encode('not a wav at all, just some text that is long enough'))).toBeNull();
    const ulaw = streamedWav([1, 2]);
    new DataView(ulaw.buffer).setUint16(20, 7, true);
    expect(readWav(ulaw)).toBeNull();
  });
});

describe('speech channels in Electron', () => {
  it('registers the three channels behind the sender check: another frame gets nothing and a log line', async () => {
    const registered = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
    const ipcMain = { handle: (channel: string, fn: (event: unknown, ...args: unknown[]) => unknown) => registered.set(channel, fn) };
    const log = vi.fn();
    const run: RunVoice = async () => ok(new TextEncoder().encode(ESPEAK_LISTING));
    registerSpeech(ipcMain as never, { log, platform: 'linux', run, trusted: (e) => (e as { ok?: boolean }).ok === true });
    expect([...registered.keys()].sort()).toEqual(Object.values(SPEECH_CHANNELS).sort());
    const status = registered.get(SPEECH_CHANNELS.status)!;
    expect(await status({ ok: true })).toMatchObject({ engine: 'espeak-ng' });
    expect(await status({ senderFrame: { url: 'https://evil.example/' } })).toBeUndefined();
    expect(log).toHaveBeenCalledWith('warn', `IPC ${SPEECH_CHANNELS.status}: refused a call from https://evil.example/`);
  });
});
