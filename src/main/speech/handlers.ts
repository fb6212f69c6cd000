import type { SpeechChannel } from '../../shared/channels';
import { SPEECH_CHANNELS } from '../../shared/channels';
import {
  SpeechChoiceSchema,
  SynthesizeRequestSchema,
  type LocalSpeechStatus,
  type SpeechChoice,
  type SynthesizeOutcome,
} from '../../shared/speech/contract';
import type { LocalEngine } from './engine';

/** The staff log's shape (src/main/staff-log.ts), repeated so speech depends on no other main module. */
export type SpeechLog = (level: 'info' | 'warn' | 'error', message: string) => void;
export type SpeechHandler = (...args: unknown[]) => Promise<unknown>;

/**
 * The main-process side of SpeechApi, free of Electron. Every argument arrives as `unknown`
 * and is parsed with the shared schemas; a bad message gets a typed refusal and a staff log
 * line, never an exception. At most `maxPending` utterances are synthesized at once (the page
 * asks for the one it plays and the next), so a runaway page cannot start a crowd of engines.
 */
export interface SpeechDeps {
  engine: Promise<LocalEngine>;
  log: SpeechLog;
  onChoice: (choice: SpeechChoice) => void;
  maxPending?: number;
}

export function createSpeechHandlers(deps: SpeechDeps): Record<SpeechChannel, SpeechHandler> {
  const maxPending = deps.maxPending ?? 3;
  let pending = 0;
  let lastProblem = '';
  /** A broken engine fails on every utterance: say so once (until the problem changes), not a thousand times. */
  const problem = (key: string, line = key) => {
    if (key !== lastProblem) deps.log('error', line);
    lastProblem = key;
  };

  return {
    [SPEECH_CHANNELS.status]: async (): Promise<LocalSpeechStatus> => (await deps.engine).status,

    [SPEECH_CHANNELS.synthesize]: async (raw): Promise<SynthesizeOutcome> => {
      const parsed = SynthesizeRequestSchema.safeParse(raw);
      if (!parsed.success) {
        deps.log('warn', `IPC ${SPEECH_CHANNELS.synthesize}: refused a malformed message (${parsed.error.issues.map((i) => `${i.path.join('.') || '(message)'}: ${i.message}`).join('; ')})`);
        return { ok: false, error: { type: 'invalid-request' } };
      }
      if (pending >= maxPending) return { ok: false, error: { type: 'busy' } };
      pending += 1;
      try {
        const outcome = await (await deps.engine).synthesize(parsed.data);
        if (!outcome.ok && outcome.error.type !== 'no-engine') problem(`speech: ${outcome.error.type}: ${outcome.error.detail ?? ''}`);
        // The detail is for staff; the page only needs the type.
        return outcome.ok ? outcome : { ok: false, error: { type: outcome.error.type } };
      } catch (e) {
        problem(`speech failed unexpectedly: ${String(e)}`, `speech failed unexpectedly: ${(e as Error).stack ?? String(e)}`);
        return { ok: false, error: { type: 'engine-failed' } };
      } finally {
        pending -= 1;
      }
    },

    [SPEECH_CHANNELS.reportChoice]: async (raw) => {
      const parsed = SpeechChoiceSchema.safeParse(raw);
      if (!parsed.success) {
        deps.log('warn', `IPC ${SPEECH_CHANNELS.reportChoice}: refused a malformed message`);
        return;
      }
      const { en, es } = parsed.data;
      deps.log('info', `speech: the page speaks English with ${en.engine} (${en.voice ?? 'no voice'}), Spanish with ${es.engine} (${es.voice ?? 'no voice'})`);
      deps.onChoice(parsed.data);
    },
  };
}
