import type { z } from 'zod';
import type { Content } from '../shared/content/load';
import {
  CHANNELS,
  PrintRequestSchema,
  UsageEventSchema,
  type ContentLoadResult,
  type PrintOutcome,
  type PrintRequest,
  type PublicSettings,
} from '../shared/ipc';
import type { RegionAnswer } from '../shared/answers';
import { ASKED_QUESTIONS, questionGuide } from '../shared/plan/relevance';
import type { KnownIds } from '../shared/staff/usage';
import type { Settings } from './settings';
import { createRateLimitedLog, type StaffLog } from './staff-log';
import type { UsageCounter } from './usage-counts';
import { publicView } from './staff/settings-store';

/**
 * The main-process side of KioskApi, free of Electron so it is tested directly. Every
 * argument arrives as `unknown` and is parsed with the shared zod schemas, then its ids are
 * checked against the loaded content (a well-formed but unknown id is refused too). A bad
 * message gets a typed refusal and a short, rate-limited staff log line — never an exception
 * across IPC, never the message's own text or key names in the log.
 */
export interface IpcDeps {
  content: ContentLoadResult;
  settings: Settings;
  printChecklist: (request: PrintRequest) => Promise<PrintOutcome>;
  /** The checklist is on screen: main may render its PDF ahead of the Print tap. */
  preparePrint?: (request: PrintRequest) => void;
  usage: UsageCounter;
  log: StaffLog;
  /** A new visitor started: a print the last session left behind is cancelled. */
  onSessionStarted?: () => void;
  /** The visit ended (printed, timed out, started over): nothing rendered for it is kept. */
  onVisitEnded?: () => void;
  now?: () => number;
}

export type IpcHandler = (...args: unknown[]) => Promise<unknown>;

/** Usage events after which this visitor's checklist is not needed again. */
const VISIT_ENDED: ReadonlySet<string> = new Set(['printed', 'idle-reset', 'started-over']);

/** At most this many characters of a refusal reach the log. */
export const MAX_REFUSAL_CHARS = 300;

/** Path segments as data, not text: a hostile key name shows as "?" and never reaches the log. */
function safePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(message)';
  return path
    .slice(0, 6)
    .map((p) => (typeof p === 'number' ? String(p) : typeof p === 'string' && /^[A-Za-z0-9_-]{1,24}$/.test(p) ? p : '?'))
    .join('.');
}

/** "answers.region.code: invalid_format; (message): 2 unknown keys; and 3 more" — three issues at most. */
export function describeRefusal(issues: readonly z.core.$ZodIssue[]): string {
  const shown = issues.slice(0, 3).map((i) => {
    const what = i.code === 'unrecognized_keys' ? `${(i as { keys?: unknown[] }).keys?.length ?? 0} unknown keys` : i.code;
    return `${safePath(i.path)}: ${what}`;
  });
  const more = issues.length > 3 ? `; and ${issues.length - 3} more` : '';
  const text = `${shown.join('; ')}${more}`;
  return text.length > MAX_REFUSAL_CHARS ? `${text.slice(0, MAX_REFUSAL_CHARS)}…` : text;
}

/** Fields of a print request whose ids the loaded content does not have. */
export function unknownAnswerIds(request: PrintRequest, content: Content): string[] {
  const has = (list: readonly { id: string }[], id: string) => list.some((x) => x.id === id);
  const bad: string[] = [];
  const a = request.answers;
  if (!has(content.tasks, a.task)) bad.push('answers.task');
  // A question the task does not ask may have no answer (src/shared/plan/relevance.ts); one it asks must.
  const guide = questionGuide(content);
  for (const q of ASKED_QUESTIONS) {
    if (a[q] === undefined && has(content.tasks, a.task) && (q !== 'destination' || content.tasks.some((t) => t.id === a.task && t.askDestination)) && guide.asks(q, a)) bad.push(`answers.${q} (missing)`);
  }
  if (a.beneficiary !== undefined && !has(content.beneficiaries, a.beneficiary)) bad.push('answers.beneficiary');
  if (a.credential !== undefined && !has(content.credentials, a.credential)) bad.push('answers.credential');
  const place = (r: RegionAnswer, field: string) => {
    const known =
      r.kind === 'state'
        ? content.regions.states.some((s) => s.code === r.code)
        : r.kind === 'territory'
          ? content.regions.territories.some((t) => t.code === r.code)
          : r.kind === 'overseas'
            ? has(content.regions.overseasAreas, r.area)
            : true;
    if (!known) bad.push(field);
  };
  if (a.region) place(a.region, 'answers.region');
  if (a.destination) place(a.destination, 'answers.destination');
  return bad;
}

export function createIpcHandlers(deps: IpcDeps): Record<(typeof CHANNELS)[keyof typeof CHANNELS], IpcHandler> {
  const limited = createRateLimitedLog(deps.log, deps.now ? { now: deps.now } : {});
  const refuse = (channel: string, why: string) => limited(`refused ${channel}`, 'warn', `IPC ${channel}: refused a malformed message (${why})`);
  const content = deps.content.ok ? deps.content.value : undefined;
  const taskIds = content ? new Set(content.tasks.map((t) => t.id)) : undefined;
  const known = content ? knownUsageIds(content) : undefined;

  /** Whatever a handler throws (a hostile getter, a bug) becomes the channel's typed refusal. */
  const guard =
    <T>(channel: string, fallback: T, handler: (...args: unknown[]) => Promise<T>): IpcHandler =>
    async (...args) => {
      try {
        return await handler(...args);
      } catch (e) {
        limited(`threw ${channel}`, 'error', `IPC ${channel}: handler failed (${e instanceof Error ? e.name : typeof e})`);
        return fallback;
      }
    };

  const invalid: PrintOutcome = { ok: false, error: { type: 'invalid-request' } };

  /** A print request as main will use it, or undefined (refused and logged). */
  const checkedRequest = (channel: string, raw: unknown): PrintRequest | undefined => {
    const parsed = PrintRequestSchema.safeParse(raw);
    if (!parsed.success) {
      refuse(channel, describeRefusal(parsed.error.issues));
      return undefined;
    }
    if (content) {
      const unknown = unknownAnswerIds(parsed.data, content);
      if (unknown.length > 0) {
        refuse(channel, `ids not in the content: ${unknown.join(', ')}`);
        return undefined;
      }
    }
    return parsed.data;
  };

  return {
    [CHANNELS.loadContent]: guard(CHANNELS.loadContent, deps.content, async (...args) => {
      if (args.length > 0) refuse(CHANNELS.loadContent, `${args.length} unexpected arguments ignored`);
      return deps.content;
    }),
    [CHANNELS.getSettings]: guard<PublicSettings>(
      CHANNELS.getSettings,
      publicView(deps.settings),
      async () => publicView(deps.settings),
    ),
    [CHANNELS.printChecklist]: guard(CHANNELS.printChecklist, invalid, async (raw): Promise<PrintOutcome> => {
      const request = checkedRequest(CHANNELS.printChecklist, raw);
      if (!request) return invalid;
      try {
        return await deps.printChecklist(request);
      } catch (e) {
        // The printer module returns typed failures; anything thrown is a bug, logged for staff.
        deps.log('error', `print failed unexpectedly: ${(e as Error).stack ?? String(e)}`);
        return { ok: false, error: { type: 'render-failed' } };
      }
    }),
    // The same request, checked the same way, answered with nothing: rendering ahead is main's business.
    [CHANNELS.preparePrint]: guard(CHANNELS.preparePrint, undefined, async (raw): Promise<void> => {
      const request = checkedRequest(CHANNELS.preparePrint, raw);
      if (request) deps.preparePrint?.(request);
    }),
    [CHANNELS.recordUsage]: guard(CHANNELS.recordUsage, undefined, async (raw) => {
      const parsed = UsageEventSchema.safeParse(raw);
      if (!parsed.success) {
        refuse(CHANNELS.recordUsage, describeRefusal(parsed.error.issues));
        return;
      }
      if (parsed.data.task !== undefined && !taskIds?.has(parsed.data.task)) {
        refuse(CHANNELS.recordUsage, 'task id not in the content');
        return;
      }
      if (parsed.data.region !== undefined && !known?.region.has(parsed.data.region)) {
        refuse(CHANNELS.recordUsage, 'region not in the content');
        return;
      }
      if (parsed.data.beneficiary !== undefined && !known?.beneficiary.has(parsed.data.beneficiary)) {
        refuse(CHANNELS.recordUsage, 'beneficiary id not in the content');
        return;
      }
      if (parsed.data.type === 'session-started') deps.onSessionStarted?.();
      if (VISIT_ENDED.has(parsed.data.type)) deps.onVisitEnded?.();
      deps.usage.record(parsed.data);
    }),
  };
}


/** The ids usage counts may name, per dimension (regions: state and territory codes, overseas areas, "unsure"). */
export function knownUsageIds(content: Content): KnownIds {
  return {
    task: new Set(content.tasks.map((t) => t.id)),
    region: new Set([
      ...content.regions.states.map((s) => s.code),
      ...content.regions.territories.map((t) => t.code),
      ...content.regions.overseasAreas.map((a) => a.id),
      'unsure',
    ]),
    beneficiary: new Set(content.beneficiaries.map((b) => b.id)),
  };
}
