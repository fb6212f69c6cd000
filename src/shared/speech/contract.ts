import { z } from 'zod';
import { LANGS, type Lang } from '../i18n';
import type { Result } from '../result';
import { MAX_UTTERANCE_CHARS } from './utterance';

/**
 * The speech part of the IPC contract. The page speaks with the browser's own voices where
 * it has them; otherwise it asks main to turn one utterance at a time into WAV bytes with a
 * local engine (espeak-ng on Linux, the Windows system voice). Nothing goes to a network voice.
 * Main parses every message with these schemas and answers with a Result, never a throw.
 */

/** Speech rate steps, as a multiple of the engine's normal rate (VVSG 2.0 7.1-K: 50 % to 200 %, 6–8 steps). */
export const SPEECH_RATES = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2] as const;
export const DEFAULT_SPEECH_RATE = 1;
export const MIN_SPEECH_RATE = SPEECH_RATES[0];
export const MAX_SPEECH_RATE = SPEECH_RATES[SPEECH_RATES.length - 1]!;

export const SynthesizeRequestSchema = z.strictObject({
  text: z.string().trim().min(1).max(MAX_UTTERANCE_CHARS),
  lang: z.enum(LANGS),
  rate: z.number().min(MIN_SPEECH_RATE).max(MAX_SPEECH_RATE),
});
export type SynthesizeRequest = z.infer<typeof SynthesizeRequestSchema>;

/** The local engines main can speak with. */
export const LOCAL_ENGINES = ['espeak-ng', 'windows-voice'] as const;
export type LocalEngineId = (typeof LOCAL_ENGINES)[number];

/** What main found at startup: its engine (or none) and the voice it uses for each language. */
export interface LocalSpeechStatus {
  engine: LocalEngineId | 'none';
  voices: Record<Lang, string | null>;
  /** Why there is no engine, for staff (e.g. "espeak-ng: not installed"). */
  problem?: string;
}

/** The engine the page chose at startup for each language, reported to main for the staff log (and the staff panel). */
export const PAGE_ENGINES = ['web-speech', 'local', 'none'] as const;
export type PageEngineId = (typeof PAGE_ENGINES)[number];
const LanguageChoice = z.strictObject({ engine: z.enum(PAGE_ENGINES), voice: z.string().max(200).nullable() });
export const SpeechChoiceSchema = z.strictObject({ en: LanguageChoice, es: LanguageChoice });
export type SpeechChoice = z.infer<typeof SpeechChoiceSchema>;

export type SpeechErrorType =
  /** The message did not pass the schema (too long, unknown language, rate out of range…). */
  | 'invalid-request'
  /** No local engine on this kiosk. */
  | 'no-engine'
  /** Too many requests waiting: the page asks for at most a couple at a time. */
  | 'busy'
  | 'engine-failed'
  | 'timeout';

export interface SpeechError {
  type: SpeechErrorType;
  /** For the staff log only. */
  detail?: string;
}

/** WAV bytes (RIFF, PCM) for one utterance. */
export type SynthesizeOutcome = Result<{ wav: Uint8Array }, SpeechError>;

/** window.kiosk.speech: present inside Electron; the plain web build has none. */
export interface SpeechApi {
  status(): Promise<LocalSpeechStatus>;
  synthesize(request: SynthesizeRequest): Promise<SynthesizeOutcome>;
  reportChoice(choice: SpeechChoice): Promise<void>;
}
