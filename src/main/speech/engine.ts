import type { Lang } from '../../shared/i18n';
import { err, ok } from '../../shared/result';
import type { LocalSpeechStatus, SynthesizeOutcome, SynthesizeRequest } from '../../shared/speech/contract';
import { ESPEAK, espeakArgs, parseEspeakVoices, pickEspeakVoices } from './espeak';
import { describeVoiceRunError, type RunVoice } from './run-voice';
import { fixStreamedWav } from './wav';
import { pickWindowsVoices, POWERSHELL, windowsSpeakArgs, windowsVoiceListArgs } from './windows-voice';

/**
 * The local engine main speaks with, chosen once at startup: the Windows system voice on
 * Windows, espeak-ng elsewhere, or none (then the page has only its own voices, or stays
 * silent and says audio is not available). It turns one validated utterance into WAV bytes.
 */
export interface LocalEngine {
  status: LocalSpeechStatus;
  synthesize(request: SynthesizeRequest): Promise<SynthesizeOutcome>;
}

export interface EngineDeps {
  platform: NodeJS.Platform;
  run: RunVoice;
}

/** Bounds for one utterance (at most 1000 characters, at the slowest rate about two minutes of audio). */
const SYNTH_TIMEOUT_MS = 20_000;
const SYNTH_MAX_BYTES = 16 * 1024 * 1024;
const PROBE = { stdin: '', timeoutMs: 10_000, maxBytes: 256 * 1024 };

const NO_VOICES: Record<Lang, string | null> = { en: null, es: null };

function none(problem: string): LocalEngine {
  return {
    status: { engine: 'none', voices: NO_VOICES, problem },
    synthesize: async () => err({ type: 'no-engine', detail: problem }),
  };
}

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

function engineFrom(
  status: LocalSpeechStatus,
  deps: EngineDeps,
  command: string,
  args: (voice: string, lang: Lang, rate: number) => string[],
): LocalEngine {
  return {
    status,
    async synthesize({ text, lang, rate }) {
      const voice = status.voices[lang];
      if (!voice) return err({ type: 'no-engine', detail: `${status.engine}: no ${lang} voice` });
      const r = await deps.run(command, args(voice, lang, rate), { stdin: text, timeoutMs: SYNTH_TIMEOUT_MS, maxBytes: SYNTH_MAX_BYTES });
      if (!r.ok) return err({ type: r.error.type === 'timeout' ? 'timeout' : 'engine-failed', detail: describeVoiceRunError(r.error) });
      const wav = fixStreamedWav(r.value);
      return wav ? ok({ wav }) : err({ type: 'engine-failed', detail: `${status.engine}: output is not a PCM WAV (${r.value.length} bytes)` });
    },
  };
}

async function detectEspeak(deps: EngineDeps): Promise<LocalEngine> {
  const r = await deps.run(ESPEAK, ['--voices'], PROBE);
  if (!r.ok) return none(describeVoiceRunError(r.error));
  const voices = pickEspeakVoices(parseEspeakVoices(decode(r.value)));
  if (!voices.en && !voices.es) return none(`${ESPEAK}: no English or Spanish voice installed`);
  return engineFrom({ engine: 'espeak-ng', voices }, deps, ESPEAK, (voice, _lang, rate) => espeakArgs(voice, rate));
}

async function detectWindowsVoice(deps: EngineDeps): Promise<LocalEngine> {
  const r = await deps.run(POWERSHELL, windowsVoiceListArgs(), PROBE);
  if (!r.ok) return none(describeVoiceRunError(r.error));
  const voices = pickWindowsVoices(decode(r.value));
  if (!voices.en && !voices.es) return none('windows-voice: no English or Spanish system voice installed');
  return engineFrom({ engine: 'windows-voice', voices }, deps, POWERSHELL, (_voice, lang, rate) => windowsSpeakArgs(lang, rate));
}

export async function detectLocalEngine(deps: EngineDeps): Promise<LocalEngine> {
  try {
    return await (deps.platform === 'win32' ? detectWindowsVoice(deps) : detectEspeak(deps));
  } catch (e) {
    return none(`speech engine check failed: ${(e as Error).message}`);
  }
}

export function describeLocalStatus(s: LocalSpeechStatus): string {
  if (s.engine === 'none') return `none (${s.problem ?? 'no engine'})`;
  return `${s.engine} (en: ${s.voices.en ?? 'no voice'}, es: ${s.voices.es ?? 'no voice'})`;
}
