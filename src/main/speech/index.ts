import type { SpeechChoice, LocalSpeechStatus } from '../../shared/speech/contract';
import type { StaffLog } from '../staff-log';
import { describeLocalStatus, detectLocalEngine } from './engine';
import { createSpeechHandlers } from './handlers';
import { runVoice, type RunVoice } from './run-voice';

/** What the staff panel shows about speech: main's local engine and the engine the page chose. */
export interface SpeechStatus {
  local: LocalSpeechStatus;
  page: SpeechChoice | null;
}

export interface Speech {
  handlers: ReturnType<typeof createSpeechHandlers>;
  status(): Promise<SpeechStatus>;
}

/**
 * Speech in main: find the local engine once at startup (named in the staff log), and the
 * three speech IPC handlers, registered by index.ts with the others (same sender check).
 */
export function startSpeech({ log, platform = process.platform, run = runVoice }: { log: StaffLog; platform?: NodeJS.Platform; run?: RunVoice }): Speech {
  const engine = detectLocalEngine({ platform, run }).then((e) => {
    log(e.status.engine === 'none' ? 'warn' : 'info', `speech: local engine ${describeLocalStatus(e.status)}`);
    return e;
  });
  let page: SpeechChoice | null = null;
  const handlers = createSpeechHandlers({ engine, log, onChoice: (c) => (page = c) });
  return { handlers, status: async () => ({ local: (await engine).status, page }) };
}
