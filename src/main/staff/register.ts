import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentLoadResult, PaperSize, PrintOutcome } from '../../shared/ipc';
import type { LimiterState } from '../../shared/staff/rate-limit';
import { localDay, type UsageCounts } from '../../shared/staff/usage';
import { exec as realExec, type Exec } from '../printer/exec';
import type { Settings } from '../settings';
import type { StaffLog } from '../staff-log';
import { createStaffGate, type StaffGate } from './gate';
import { createStaffHandlers, type StaffHandler } from './handlers';
import { adoptPlainTextPin } from './pin-setup';
import { createSettingsStore, type SaveSettings, type SettingsStore } from './settings-store';

/**
 * Staff mode in main, set up once per app run: the settings store (the running settings,
 * saved on each change), the gate (PIN, wrong-PIN wait, session) and a plain-text staffPin
 * hashed away. The handlers are made per start of the kiosk (content and printing can be
 * reloaded) but share the store and the gate, so a content retry neither drops a staff
 * session nor forgets a wrong-PIN wait.
 */
export interface StaffMainDeps {
  initialSettings: Settings;
  settingsProblems: readonly string[];
  save: SaveSettings;
  /** Folder for staff mode's own state (the wrong-PIN wait survives a restart). */
  stateDir: string;
  logFile: string;
  log: StaffLog;
  exec?: Exec;
  now?: () => number;
}

export interface StaffRun {
  content: ContentLoadResult;
  usage: { snapshot(): UsageCounts };
  printDocument: (html: string, job: { title: string; paper: PaperSize }) => Promise<PrintOutcome>;
  /** Sets the allow-quit switch and quits; undefined where the kiosk cannot quit. */
  quit?: () => void;
}

export interface StaffMain {
  store: SettingsStore;
  gate: StaffGate;
  /** Resolves once a plain-text staffPin (if any) has been hashed. */
  ready: Promise<void>;
  handlers(run: StaffRun): Record<string, StaffHandler>;
}

const LOCKOUT_FILE = 'staff-lockout.json';

function readLockout(file: string): LimiterState | undefined {
  try {
    const raw = JSON.parse(readFileSync(file, 'utf8')) as Partial<LimiterState>;
    return { failures: Number(raw.failures), lockedUntil: Number(raw.lockedUntil) };
  } catch {
    return undefined;
  }
}

export function createStaffMain(deps: StaffMainDeps): StaffMain {
  const now = deps.now ?? (() => Date.now());
  const store = createSettingsStore(deps.initialSettings, deps.save);
  const lockoutFile = join(deps.stateDir, LOCKOUT_FILE);
  const limiterState = readLockout(lockoutFile);
  const gate = createStaffGate({
    pinHash: () => store.get().staffPinHash,
    now,
    log: deps.log,
    ...(limiterState ? { limiterState } : {}),
    onLimiterChange: (state) => {
      // Best effort: without it a restart clears the wait, which the restart itself outlasts.
      try {
        writeFileSync(`${lockoutFile}.tmp`, JSON.stringify(state));
        renameSync(`${lockoutFile}.tmp`, lockoutFile);
      } catch (e) {
        deps.log('warn', `staff mode: could not keep the wrong-PIN wait on disk (${(e as Error).message})`);
      }
    },
  });
  const ready = adoptPlainTextPin(store, deps.log).catch((e: unknown) => deps.log('error', `staff PIN set-up failed: ${String(e)}`));

  return {
    store,
    gate,
    ready,
    handlers(run) {
      const handlers = createStaffHandlers({
        gate,
        settings: store,
        settingsProblems: () => [...deps.settingsProblems],
        content: run.content,
        usage: run.usage,
        today: () => localDay(new Date(now())),
        now: () => new Date(now()),
        logFile: deps.logFile,
        log: deps.log,
        exec: deps.exec ?? realExec,
        printDocument: run.printDocument,
        ...(run.quit ? { quit: run.quit } : {}),
      });
      // A PIN typed in the first moment after start waits for the plain-text PIN to be hashed.
      const enter = handlers['staff:enter'];
      return {
        ...handlers,
        'staff:enter': async (...args: unknown[]) => {
          await ready;
          return enter!(...args);
        },
      };
    },
  };
}
