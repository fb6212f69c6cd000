import type { PublicSettings } from '../../shared/ipc';
import type { StaffSettingsChange, StaffSettingsView } from '../../shared/staff/settings';
import type { Settings } from '../settings';

/**
 * The running kiosk's settings, changed by staff while it runs: one place that holds the
 * current values (printing, the public settings and the staff panel all read from it), saves
 * each change to the settings file, and tells listeners. A save that fails keeps the change
 * for this run and says so; the kiosk never stops for a full disk.
 */
export interface SettingsStore {
  get(): Settings;
  /** Applies an already validated change, then saves the whole file. */
  update(change: StaffSettingsChange): SaveReport;
  /** Replaces the PIN hash (and drops any plain-text staffPin), then saves. */
  setPinHash(hash: string): SaveReport;
  /** Drops a plain-text staffPin without setting a PIN, then saves. */
  removePlainPin(): SaveReport;
  onChange(listener: (settings: Settings) => void): void;
}

export interface SaveReport {
  settings: Settings;
  saved: boolean;
  problem?: string;
}

/** Writes the whole settings file; returns a problem to show staff, or undefined when saved. */
export type SaveSettings = (settings: Settings) => string | undefined;

export function createSettingsStore(initial: Settings, save: SaveSettings): SettingsStore {
  let current: Settings = { ...initial };
  const listeners: ((s: Settings) => void)[] = [];
  const commit = (next: Settings): SaveReport => {
    current = next;
    let problem: string | undefined;
    try {
      problem = save(current);
    } catch (e) {
      problem = e instanceof Error ? e.message : String(e);
    }
    for (const l of listeners) l(current);
    return problem === undefined ? { settings: current, saved: true } : { settings: current, saved: false, problem };
  };
  return {
    get: () => current,
    update(change) {
      const next: Settings = { ...current };
      for (const [key, value] of Object.entries(change) as [keyof StaffSettingsChange, unknown][]) {
        if (key === 'printer') {
          if (value === null) delete next.printer;
          else next.printer = value as string;
        } else {
          (next as Record<string, unknown>)[key] = value;
        }
      }
      return commit(next);
    },
    setPinHash(hash) {
      const { staffPin: _plain, ...rest } = current;
      return commit({ ...rest, staffPinHash: hash });
    },
    removePlainPin() {
      const { staffPin: _plain, ...rest } = current;
      return commit(rest);
    },
    onChange(listener) {
      listeners.push(listener);
    },
  };
}

export function staffView(s: Settings): StaffSettingsView {
  return {
    printer: s.printer ?? null,
    paper: s.paper,
    printTimeoutSeconds: s.printTimeoutSeconds,
    idleSeconds: s.idleSeconds,
    warningSeconds: s.warningSeconds,
    defaultLang: s.defaultLang,
    kioskName: s.kioskName,
    kioskLocation: s.kioskLocation,
  };
}

export function publicView(s: Settings): PublicSettings {
  return {
    idleSeconds: s.idleSeconds,
    warningSeconds: s.warningSeconds,
    printerConfigured: s.printer !== undefined,
    printTimeoutSeconds: s.printTimeoutSeconds,
    defaultLang: s.defaultLang,
  };
}
