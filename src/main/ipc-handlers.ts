import type { z } from 'zod';
import {
  CHANNELS,
  PrintRequestSchema,
  UsageEventSchema,
  type ContentLoadResult,
  type PrintOutcome,
  type PrintRequest,
  type PublicSettings,
} from '../shared/ipc';
import type { Settings } from './settings';
import type { StaffLog } from './staff-log';
import type { UsageCounter } from './usage-counts';

/**
 * The main-process side of KioskApi, free of Electron so it is tested directly. Every
 * argument arrives as `unknown` and is parsed with the shared zod schemas; a bad message gets
 * a typed refusal (and a staff log line), never an exception across IPC.
 */
export interface IpcDeps {
  content: ContentLoadResult;
  settings: Settings;
  printChecklist: (request: PrintRequest) => Promise<PrintOutcome>;
  usage: UsageCounter;
  log: StaffLog;
}

export type IpcHandler = (...args: unknown[]) => Promise<unknown>;

export function createIpcHandlers(deps: IpcDeps): Record<(typeof CHANNELS)[keyof typeof CHANNELS], IpcHandler> {
  const refuse = (channel: string, error: z.ZodError) =>
    deps.log('warn', `IPC ${channel}: refused a malformed message (${error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')})`);

  return {
    [CHANNELS.loadContent]: async (...args) => {
      if (args.length > 0) deps.log('warn', `IPC ${CHANNELS.loadContent}: unexpected arguments ignored`);
      return deps.content;
    },
    [CHANNELS.getSettings]: async (): Promise<PublicSettings> => ({
      idleSeconds: deps.settings.idleSeconds,
      warningSeconds: deps.settings.warningSeconds,
      printerConfigured: deps.settings.printer !== undefined,
      printTimeoutSeconds: deps.settings.printTimeoutSeconds,
    }),
    [CHANNELS.printChecklist]: async (raw): Promise<PrintOutcome> => {
      const parsed = PrintRequestSchema.safeParse(raw);
      if (!parsed.success) {
        refuse(CHANNELS.printChecklist, parsed.error);
        return { ok: false, error: { type: 'invalid-request' } };
      }
      try {
        return await deps.printChecklist(parsed.data);
      } catch (e) {
        // The printer module returns typed failures; anything thrown is a bug, logged for staff.
        deps.log('error', `print failed unexpectedly: ${(e as Error).stack ?? String(e)}`);
        return { ok: false, error: { type: 'render-failed' } };
      }
    },
    [CHANNELS.recordUsage]: async (raw) => {
      const parsed = UsageEventSchema.safeParse(raw);
      if (!parsed.success) {
        refuse(CHANNELS.recordUsage, parsed.error);
        return;
      }
      deps.usage.record(parsed.data);
    },
  };
}
