import { z } from 'zod';
import { LANGS, type Lang } from './i18n';
import type { Result } from './result';
import type { Content, ContentError } from './content/load';
import type { StaffApi } from './staff/contract';
import type { SpeechApi } from './speech/contract';

/**
 * The one contract between the renderer and the main process. The preload exposes exactly
 * `KioskApi` as `window.kiosk`; main validates every argument with these schemas and never
 * throws across IPC (every method resolves to a value).
 */
export { CHANNELS } from './channels';

const code = z.string().regex(/^[A-Z]{2}$/);
const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/).max(64);

export const RegionAnswerSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('state'), code, zip: z.string().regex(/^\d{5}$/).optional() }),
  z.strictObject({ kind: z.literal('territory'), code }),
  z.strictObject({ kind: z.literal('overseas'), area: id }),
  z.strictObject({ kind: z.literal('unsure') }),
]);

/**
 * A question the task does not ask (its answer cannot change the plan) has no answer, so only
 * the task is required; buildPlan words a missing answer to a question it needs as "not sure".
 */
export const CompleteAnswersSchema = z.strictObject({
  task: id,
  region: RegionAnswerSchema.optional(),
  destination: RegionAnswerSchema.optional(),
  beneficiary: id.optional(),
  credential: id.optional(),
});

export const PAPER_SIZES = ['letter', 'a4', 'receipt80'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

/** The renderer sends answers, not text: main rebuilds the plan from its own validated content. */
export const PrintRequestSchema = z.strictObject({
  answers: CompleteAnswersSchema,
  lang: z.enum(LANGS),
  /** Staff-assisted sessions: two copies at once (one job, lp -n 2). */
  copies: z.union([z.literal(1), z.literal(2)]).optional(),
  /** Staff-assisted sessions: the staff copy, with a box for staff notes. Never on the visitor's copy. */
  staffCopy: z.boolean().optional(),
});
export type PrintRequest = z.infer<typeof PrintRequestSchema>;

/** Why a print did not finish; each maps to its own visitor message and a staff log line. */
export type PrintErrorType =
  | 'invalid-request'
  | 'busy'
  | 'no-printer-configured'
  | 'queue-missing'
  | 'queue-disabled'
  | 'queue-rejecting'
  | 'spooler-down'
  | 'job-failed'
  | 'job-held'
  | 'timeout'
  | 'render-failed';

export interface PrintError {
  type: PrintErrorType;
  /** For the staff log only; never shown to the visitor. */
  detail?: string;
}

export type PrintOutcome = Result<{ jobId: string; millis: number }, PrintError>;

export type ContentLoadResult = Result<Content, ContentError[]>;

/** Settings the renderer needs; the rest (queue names, paths) stay in main. */
export interface PublicSettings {
  idleSeconds: number;
  warningSeconds: number;
  printerConfigured: boolean;
  /** The spooler's own limit for a job; the renderer's print deadline is this plus a margin. */
  printTimeoutSeconds: number;
  /** The language a new session starts in (staff setting). */
  defaultLang?: Lang;
}

export const USAGE_EVENT_TYPES = [
  'session-started',
  'assisted-started',
  'checklist-shown',
  'printed',
  'print-failed',
  'idle-reset',
  'started-over',
] as const;
export type UsageEventType = (typeof USAGE_EVENT_TYPES)[number];

/**
 * One counted moment. Only categories travel (see src/shared/staff/usage.ts): a task id, a
 * region as a state/territory code or an overseas area id (never a ZIP: a region starts with
 * a letter), a beneficiary id. Main counts only ids its loaded content knows.
 */
export const UsageEventSchema = z.strictObject({
  type: z.enum(USAGE_EVENT_TYPES),
  task: id.optional(),
  region: z.string().regex(/^(?:[A-Z]{2}|[a-z][a-z0-9-]{0,63})$/).optional(),
  beneficiary: id.optional(),
});
export type UsageEvent = z.infer<typeof UsageEventSchema>;

export interface KioskApi {
  loadContent(): Promise<ContentLoadResult>;
  printChecklist(request: PrintRequest): Promise<PrintOutcome>;
  /**
   * The checklist is on screen: main renders its PDF now, so the Print tap only hands it to
   * the spooler (the same request Print will send; a changed answer or language sends again).
   */
  preparePrint(request: PrintRequest): Promise<void>;
  getSettings(): Promise<PublicSettings>;
  recordUsage(event: UsageEvent): Promise<void>;
  /**
   * Staff mode (src/shared/staff/contract.ts): every call but enter/status needs an open staff
   * session in main. The preload and the web build always give it; without it there is no way in.
   */
  staff?: StaffApi;
  /** Main's local speech engine (Electron only; the web build speaks with the browser's voices or not at all). */
  speech?: SpeechApi;
}
