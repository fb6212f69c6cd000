import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { SpeechChoice, LocalSpeechStatus } from '../../shared/speech/contract';
import { describeLocalStatus, detectLocalEngine } from './engine';
import { createSpeechHandlers, type SpeechLog } from './handlers';
import { runVoice, type RunVoice } from './run-voice';

/** What the staff panel shows about speech: main's local engine and the engine the page chose. */
export interface SpeechStatus {
  local: LocalSpeechStatus;
  page: SpeechChoice | null;
}

export interface Speech {
  handlers: ReturnType<typeof createSpeechHandlers>;
  /** For the staff panel (src/main/staff): which engine speaks, with which voices. */
  status(): Promise<SpeechStatus>;
}

export interface SpeechOptions {
  log: SpeechLog;
  platform?: NodeJS.Platform;
  run?: RunVoice;
}

/** Finds the local engine once, at startup, and names it in the staff log. */
export function startSpeech({ log, platform = process.platform, run = runVoice }: SpeechOptions): Speech {
  const engine = detectLocalEngine({ platform, run }).then((e) => {
    log(e.status.engine === 'none' ? 'warn' : 'info', `speech: local engine ${describeLocalStatus(e.status)}`);
    return e;
  });
  let page: SpeechChoice | null = null;
  const handlers = createSpeechHandlers({ engine, log, onChoice: (c) => (page = c) });
  return { handlers, status: async () => ({ local: (await engine).status, page }) };
}

/**
 * Speech in main, in one call from index.ts: start it and register its three channels, each
 * behind the same sender check as the core channels (only the kiosk page may call).
 */
export function registerSpeech(
  ipcMain: Pick<IpcMain, 'handle'>,
  options: SpeechOptions & { trusted: (event: IpcMainInvokeEvent) => boolean },
): Speech {
  const speech = startSpeech(options);
  for (const [channel, handle] of Object.entries(speech.handlers)) {
    ipcMain.handle(channel, (event, ...args) => {
      if (!options.trusted(event)) {
        options.log('warn', `IPC ${channel}: refused a call from ${String(event.senderFrame?.url ?? 'an unknown frame').slice(0, 200)}`);
        return undefined;
      }
      return handle(...args);
    });
  }
  return speech;
}
