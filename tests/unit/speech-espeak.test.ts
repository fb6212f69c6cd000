import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/shared/plan';
import { speakableScreen, type SpeakableState, type Utterance } from '../../src/shared/speech';
import type { Lang } from '../../src/shared/i18n';
import { detectLocalEngine, type LocalEngine } from '../../src/main/speech/engine';
import { runVoice } from '../../src/main/speech/run-voice';
import { readWav, rms16 } from '../../src/main/speech/wav';
import { SCENARIOS } from '../integration/fixtures/scenarios';
import { realContent } from './content-fixture';

/**
 * The local engine for real: espeak-ng (installed by .ci/run) turns a screen's speakable
 * text into WAV audio in English and in Spanish. Each WAV must be sound, not silence, and
 * lengths must follow the text and the rate. Measured twice: from the WAV header, and with
 * sox's own `stat` (an independent reader). Skips with the reason only where espeak-ng is
 * missing outside CI; in CI it must run.
 */
const hasEspeak = spawnSync('espeak-ng', ['--version']).status === 0;
const required = Boolean(process.env.CI || process.env.KIOSK_REQUIRE_SPEECH);
if (!hasEspeak) console.warn(`speech-espeak: espeak-ng is not installed${required ? '' : ' — skipping the real-engine tests'}`);
const maybe = hasEspeak || required ? describe : describe.skip;

const OUT = resolve(import.meta.dirname, '../../artifacts/speech');
const content = realContent();

interface Measured {
  frames: number;
  seconds: number;
  rms: number;
  soxSeconds: number;
  soxRms: number;
}

function sox(file: string): { seconds: number; rms: number } {
  // sox writes its statistics to stderr.
  const r = spawnSync('sox', [file, '-n', 'stat'], { encoding: 'utf8' });
  const num = (label: string) => Number(new RegExp(`${label}:\\s+(-?[\\d.]+)`).exec(r.stderr)?.[1] ?? NaN);
  return { seconds: num('Length \\(seconds\\)'), rms: num('RMS\\s+amplitude') };
}

async function speak(engine: LocalEngine, utterances: Utterance[], name: string, rate = 1): Promise<Measured> {
  let frames = 0;
  let sampleRate = 0;
  const parts: Uint8Array[] = [];
  let sum2 = 0;
  for (const u of utterances) {
    const r = await engine.synthesize({ text: u.text, lang: u.lang, rate });
    if (!r.ok) throw new Error(`${u.lang} "${u.text}": ${r.error.type} ${r.error.detail ?? ''}`);
    const info = readWav(r.value.wav);
    if (!info) throw new Error('not a WAV');
    frames += info.frames;
    sampleRate = info.sampleRate;
    sum2 += rms16(r.value.wav, info) ** 2 * info.frames;
    parts.push(r.value.wav.slice(info.dataOffset, info.dataOffset + info.dataBytes));
  }
  // One WAV of the whole screen, for sox and for a person to listen to.
  const data = Buffer.concat(parts);
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(data.length, 40);
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, `${name}.wav`);
  writeFileSync(file, Buffer.concat([header, data]));
  const s = sox(file);
  return { frames, seconds: frames / sampleRate, rms: Math.sqrt(sum2 / frames), soxSeconds: s.seconds, soxRms: s.rms };
}

const taskScreen: SpeakableState = { screen: { kind: 'question', question: 'task' }, answers: {}, printError: null };

maybe('espeak-ng speaks the screens', () => {
  let engine: LocalEngine;
  const measured: Record<string, Measured> = {};

  it('is found at startup with an English and a Spanish voice', async () => {
    engine = await detectLocalEngine({ platform: 'linux', run: runVoice });
    expect(engine.status).toMatchObject({ engine: 'espeak-ng', voices: { en: 'en-us', es: 'es-419' } });
  });

  for (const lang of ['en', 'es'] as Lang[]) {
    it(`turns the task screen's speech into sound, not silence (${lang})`, async () => {
      const utterances = speakableScreen(taskScreen, content, null, lang);
      const whole = await speak(engine, utterances, `task-${lang}`);
      const title = await speak(engine, utterances.slice(0, 1), `task-title-${lang}`);
      measured[`task-${lang}`] = whole;
      measured[`task-title-${lang}`] = title;
      // Sound: speech is around 0.05–0.15 RMS; silence is 0.
      expect(whole.rms).toBeGreaterThan(0.02);
      expect(whole.soxRms).toBeGreaterThan(0.02);
      // The header and sox agree on the length (to one 20 ms block).
      expect(Math.abs(whole.soxSeconds - whole.seconds)).toBeLessThan(0.02);
      // Fifteen choices with hints take far longer than the title alone, and a few seconds at least.
      expect(title.seconds).toBeGreaterThan(0.5);
      expect(whole.seconds).toBeGreaterThan(10 * title.seconds);
    });
  }

  it('speaks slower when asked: 0.5× is longer than 1× is longer than 2×', async () => {
    const title = speakableScreen(taskScreen, content, null, 'en').slice(0, 3);
    const slow = await speak(engine, title, 'rate-0.5', 0.5);
    const normal = await speak(engine, title, 'rate-1', 1);
    const fast = await speak(engine, title, 'rate-2', 2);
    measured['rate-0.5'] = slow;
    measured['rate-1'] = normal;
    measured['rate-2'] = fast;
    expect(slow.seconds).toBeGreaterThan(normal.seconds * 1.3);
    expect(normal.seconds).toBeGreaterThan(fast.seconds * 1.3);
  });

  it('reads a whole checklist in both languages, Spanish a little longer than English', async () => {
    const a = SCENARIOS[0]!;
    const plan = buildPlan(a.answers, content);
    const state: SpeakableState = { screen: { kind: 'checklist', phase: 'viewing' }, answers: a.answers, printError: null };
    const en = await speak(engine, speakableScreen(state, content, plan, 'en'), 'checklist-A-en');
    const es = await speak(engine, speakableScreen(state, content, plan, 'es'), 'checklist-A-es');
    measured['checklist-A-en'] = en;
    measured['checklist-A-es'] = es;
    expect(en.rms).toBeGreaterThan(0.02);
    expect(es.rms).toBeGreaterThan(0.02);
    // The same plan: the Spanish text is longer (about 10–25 %), so is its audio, within reason.
    expect(es.seconds).toBeGreaterThan(en.seconds);
    expect(es.seconds).toBeLessThan(en.seconds * 1.6);
    console.log(
      'speech-espeak measurements\n' +
        Object.entries(measured)
          .map(([k, m]) => `  ${k.padEnd(16)} ${m.frames} samples  ${m.seconds.toFixed(2)} s (sox ${m.soxSeconds.toFixed(2)} s)  RMS ${m.rms.toFixed(3)} (sox ${m.soxRms.toFixed(3)})`)
          .join('\n'),
    );
  });
});
