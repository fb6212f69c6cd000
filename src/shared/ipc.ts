import { z } from 'zod';
import { LANGS } from './i18n';
import type { Result } from './result';
import type { Content, ContentError } from './content/load';
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
}

export const USAGE_EVENT_TYPES = ['session-started', 'checklist-shown', 'printed', 'print-failed', 'idle-reset', 'started-over'] as const;

export const UsageEventSchema = z.strictObject({
  type: z.enum(USAGE_EVENT_TYPES),
  task: id.optional(),
});
export type UsageEvent = z.infer<typeof UsageEventSchema>;

export interface KioskApi {
  loadContent(): Promise<ContentLoadResult>;
  printChecklist(request: PrintRequest): Promise<PrintOutcome>;
  getSettings(): Promise<PublicSettings>;
  recordUsage(event: UsageEvent): Promise<void>;
  /** Main's local speech engine (Electron only; the web build speaks with the browser's voices or not at all). */
  speech?: SpeechApi;
}
