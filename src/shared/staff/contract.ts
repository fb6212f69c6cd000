import { z } from 'zod';
import type { PrintOutcome, PublicSettings } from '../ipc';
import type { Result } from '../result';
import type { ContentInfo } from './content-info';
import { PinSchema } from './pin';
import type { FieldError, StaffSettingsView } from './settings';
import type { UsageDay } from './usage';

/**
 * The staff half of the IPC contract: `window.kiosk.staff`. Main holds the staff session;
 * every call except status() and enter() is refused with 'not-in-staff-mode' unless a
 * session is open, so a page that skipped the PIN pad still gets nothing. Arguments are
 * checked with the schemas below; nothing throws across IPC.
 */

export type StaffRefusal = { type: 'not-in-staff-mode' } | { type: 'invalid-request'; detail: string };
export type StaffResult<T, E = never> = Result<T, StaffRefusal | E>;

export interface StaffStatus {
  /** False until a PIN is set in the settings file (staffPin): the PIN pad then says how. */
  pinSet: boolean;
  open: boolean;
  /** Until the open session closes by itself. */
  remainingMs: number;
  /** Until the next PIN may be tried (wrong PINs wait longer each time). */
  retryInMs: number;
}

export type EnterError =
  | { type: 'no-pin-set' }
  | { type: 'wrong-pin'; retryInMs: number }
  | { type: 'locked'; retryInMs: number };
export type EnterResult = Result<{ remainingMs: number }, EnterError>;

export interface StaffOverview {
  settings: StaffSettingsView;
  /** Problems reading the settings file (a bad field, a corrupt file kept aside), for staff. */
  settingsProblems: string[];
  content: ContentInfo;
  /** The staff log's last lines, oldest first. */
  log: string[];
  usage: { today: string; days: UsageDay[] };
  /** Whether this kiosk can quit (the Electron app) — a web page cannot. */
  canQuit: boolean;
}

export interface PrinterQueue {
  name: string;
  enabled: boolean;
  accepting: boolean;
  /** Why it is disabled or rejecting, as the spooler says. */
  reason?: string;
  isDefault: boolean;
}

export type PrinterListError = { type: 'spooler-down' | 'query-failed'; detail: string };
export interface PrinterList {
  queues: PrinterQueue[];
  /** The queue in the settings, if any (it may be missing from `queues`). */
  current: string | null;
}

export interface UpdateOutcome {
  settings: StaffSettingsView;
  /** What the renderer's running machine needs (idle time, language). */
  public: PublicSettings;
  /** Fields refused (each alone; the others were applied). */
  errors: FieldError[];
  /** False when the file could not be written: the change holds until the kiosk restarts. */
  saved: boolean;
  saveProblem?: string;
}

export interface ExportTarget {
  path: string;
  /** The folder's own name, e.g. the USB drive's label. */
  label: string;
  writable: boolean;
}

export type ExportError =
  | { type: 'folder-missing'; detail: string }
  | { type: 'not-a-folder'; detail: string }
  | { type: 'not-writable'; detail: string }
  | { type: 'write-failed'; detail: string };

export interface ExportOutcome {
  /** Full path of the file written. */
  file: string;
  days: number;
}

export interface StaffPrintOutcome {
  outcome: PrintOutcome;
  queue: string | null;
}

export interface StaffApi {
  status(): Promise<StaffStatus>;
  enter(pin: string): Promise<EnterResult>;
  exit(): Promise<void>;
  /** Staff are still there: the session's idle clock starts again. */
  keepAlive(): Promise<StaffResult<{ remainingMs: number }>>;
  overview(): Promise<StaffResult<StaffOverview>>;
  printers(): Promise<StaffResult<PrinterList, PrinterListError>>;
  updateSettings(change: unknown): Promise<StaffResult<UpdateOutcome, { type: 'nothing-valid'; errors: FieldError[] }>>;
  changePin(pin: string): Promise<StaffResult<{ saved: boolean }, { type: 'save-failed'; detail: string }>>;
  printTestPage(): Promise<StaffResult<StaffPrintOutcome>>;
  printUsageReport(): Promise<StaffResult<StaffPrintOutcome>>;
  exportTargets(): Promise<StaffResult<ExportTarget[]>>;
  exportCsv(dir: string): Promise<StaffResult<ExportOutcome, ExportError>>;
  /** Ends the kiosk app (the operating system's session is what staff then see). */
  quitApp(): Promise<StaffResult<{ quitting: boolean }>>;
}

export const EnterRequestSchema = z.string().max(64);
export const ChangePinRequestSchema = PinSchema;
export const ExportRequestSchema = z
  .string()
  .min(1, 'names no folder')
  .max(1024, 'is too long')
  .refine((s) => !/[\p{Cc}]/u.test(s), 'has control characters');
