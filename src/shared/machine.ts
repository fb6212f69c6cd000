import { and, assign, fromPromise, raise, setup, stateIn } from 'xstate';
import type { Answers, RegionAnswer } from './answers';
import type { Lang } from './i18n';
import type { PrintErrorType, PrintOutcome, PrintRequest, UsageEvent } from './ipc';

/**
 * The kiosk flow: attract → task → region (→ destination, for a move) → beneficiary →
 * credential → review → checklist, with Back from every step, Edit from review, Start over,
 * printing, and an idle warning that wipes the session. The renderer draws whatever state
 * this is in; it never keeps its own copy of the answers.
 *
 * Start over asks first (session.dialog: "Keep my answers" / "Start over") and, when the
 * visitor confirms, clears the answers but keeps this visitor's language, text size and
 * contrast. The end of a visit (idle time-out, after printing, Finish) clears those too.
 * While the question is open, nothing else in the flow moves (guard `noDialog`).
 */

export type QuestionId = 'task' | 'region' | 'destination' | 'beneficiary' | 'credential';
export const TEXT_SIZES = [0, 1, 2] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export interface Prefs {
  lang: Lang;
  textSize: TextSize;
  highContrast: boolean;
  /** Audio mode (src/renderer/src/speech): each screen is read aloud. A preference like the others. */
  audio: boolean;
}
export const DEFAULT_PREFS: Prefs = { lang: 'en', textSize: 0, highContrast: false, audio: false };

export interface KioskContext {
  answers: Answers;
  prefs: Prefs;
  /** Set while the visitor edits one answer from the review screen. */
  editing: boolean;
  printError: PrintErrorType | null;
  /** True while a print job is out; the idle timer does not interrupt a visitor at the printer. */
  printing: boolean;
  /** Tasks that also ask "where are you moving to?" (from content). */
  destinationTasks: readonly string[];
  /** Whether a question can change the plan, given the answers before it (from content). */
  asks: QuestionFilter;
  idleMs: number;
  warningMs: number;
  /** How long the "take your checklist" screen stays before the session is wiped. */
  doneMs: number;
  /** The spooler's time-out for a job (settings); the printing screen gives up PRINT_DEADLINE_MARGIN_MS later. */
  printTimeoutMs: number;
  /** Staff-assisted session: all questions on one screen, no visitor idle reset (see ASSISTED_IDLE_MS). */
  assisted: boolean;
  /** The language a new session starts in (staff setting; CONFIGURE changes it). */
  defaultLang: Lang;
  /** What the next print makes: staff-assisted sessions may print two copies or the staff copy. */
  printJob: PrintJob;
}

/** Derived from content (questionGuide in src/shared/plan): a question that cannot change the plan is skipped. */
export type QuestionFilter = (question: Exclude<QuestionId, 'task'>, answers: Answers & { task: string }) => boolean;
const ASK_ALL: QuestionFilter = () => true;
export interface PrintJob {
  copies: 1 | 2;
  staffCopy: boolean;
}
export const DEFAULT_PRINT_JOB: PrintJob = { copies: 1, staffCopy: false };

export interface KioskInput {
  destinationTasks: readonly string[];
  asks?: QuestionFilter;
  idleMs?: number;
  warningMs?: number;
  doneMs?: number;
  printTimeoutMs?: number;
  defaultLang?: Lang;
}

export type AnswerEvent =
  | { type: 'ANSWER'; question: 'task'; value: string }
  | { type: 'ANSWER'; question: 'region'; value: RegionAnswer }
  | { type: 'ANSWER'; question: 'destination'; value: RegionAnswer }
  | { type: 'ANSWER'; question: 'beneficiary'; value: string }
  | { type: 'ANSWER'; question: 'credential'; value: string };

export type KioskEvent =
  | { type: 'START' }
  | AnswerEvent
  | { type: 'BACK' }
  | { type: 'EDIT'; question: QuestionId }
  | { type: 'CONFIRM' }
  | { type: 'PRINT'; copies?: 1 | 2; staffCopy?: boolean }
  | { type: 'FINISH' }
  /** The visitor tapped Start over: ask before clearing anything. */
  | { type: 'START_OVER' }
  /** Answer to "Start over?": keep going where they were. */
  | { type: 'KEEP_ANSWERS' }
  /** Answer to "Start over?": clear the answers (display settings stay). */
  | { type: 'CONFIRM_START_OVER' }
  | { type: 'ACTIVITY' }
  | { type: 'MORE_TIME' }
  | { type: 'SET_LANG'; lang: Lang }
  | { type: 'SET_TEXT_SIZE'; size: TextSize }
  | { type: 'TOGGLE_CONTRAST' }
  | { type: 'SET_AUDIO'; on: boolean }
  /** Staff start (or turn the current session into) a staff-assisted session. */
  | { type: 'START_ASSISTED' }
  /** Staff end the staff-assisted session ("End session"): the visit is over, nothing is kept. */
  | { type: 'END_ASSISTED' }
  /** Staff changed settings: they apply at once (a visitor's own language choice is kept). */
  | { type: 'CONFIGURE'; idleMs?: number; warningMs?: number; defaultLang?: Lang };

export const DEFAULT_IDLE_MS = 60_000;
/** WCAG 2.2.1 asks for at least 20 s to respond to a time-out warning. */
export const MIN_WARNING_MS = 20_000;
export const DEFAULT_WARNING_MS = 30_000;
export const DEFAULT_DONE_MS = 15_000;
export const DEFAULT_PRINT_TIMEOUT_MS = 60_000;
/**
 * The printing screen's deadline is the spooler's time-out plus this: main usually answers
 * first with the precise reason ("timeout", "job held"…); if main never answers at all, the
 * visitor still reaches the failure screen.
 */
export const PRINT_DEADLINE_MARGIN_MS = 5_000;
/**
 * A staff-assisted session has no visitor idle reset, but one left on with nobody touching
 * the screen for this long still ends (with the usual warning), so one visitor's answers are
 * never left up for the next person.
 */
export const ASSISTED_IDLE_MS = 15 * 60_000;

/** Every question screen, in the order asked (destination only for a move: see questionsFor). */
export const QUESTION_ORDER: readonly QuestionId[] = ['task', 'region', 'destination', 'beneficiary', 'credential'];

export function needsDestination(ctx: Pick<KioskContext, 'answers' | 'destinationTasks'>): boolean {
  return ctx.answers.task !== undefined && ctx.destinationTasks.includes(ctx.answers.task);
}

/** The questions this visitor is asked, in order (destination only for a move; none the task cannot use). */
export function questionsFor(ctx: Pick<KioskContext, 'answers' | 'destinationTasks'> & { asks?: QuestionFilter }): QuestionId[] {
  const task = ctx.answers.task;
  const asks = ctx.asks ?? ASK_ALL;
  return QUESTION_ORDER.filter(
    (q) => q === 'task' || ((q !== 'destination' || needsDestination(ctx)) && (task === undefined || asks(q, { ...ctx.answers, task }))),
  );
}

/** All asked questions answered: the review screen may show. */
/**
 * The print request for this session's checklist: only the asked questions' answers (main
 * rebuilds the same plan from them), the language and the print job. The renderer sends the
 * same request ahead to have main render the PDF while the visitor reads (print:prepare).
 */
export function printRequestOf(ctx: Pick<KioskContext, 'answers' | 'destinationTasks' | 'prefs' | 'printJob'> & { asks?: QuestionFilter }): PrintRequest {
  return {
    answers: Object.fromEntries(questionsFor(ctx).flatMap((q) => (ctx.answers[q] === undefined ? [] : [[q, ctx.answers[q]]]))) as PrintRequest['answers'],
    lang: ctx.prefs.lang,
    ...(ctx.printJob.copies !== 1 ? { copies: ctx.printJob.copies } : {}),
    ...(ctx.printJob.staffCopy ? { staffCopy: true } : {}),
  };
}

export function answersComplete(ctx: Pick<KioskContext, 'answers' | 'destinationTasks'> & { asks?: QuestionFilter }): boolean {
  return questionsFor(ctx).every((q) => ctx.answers[q] !== undefined);
}

function firstMissing(ctx: KioskContext): QuestionId | undefined {
  return questionsFor(ctx).find((q) => ctx.answers[q] === undefined);
}

/** Where Back goes from a question: the one asked before it (attract from the first). */
function previousOf(ctx: KioskContext, q: QuestionId | 'review'): QuestionId | 'attract' {
  const asked = questionsFor(ctx);
  if (q === 'review') return asked[asked.length - 1] ?? 'attract';
  const i = asked.indexOf(q);
  return i > 0 ? (asked[i - 1] as QuestionId) : 'attract';
}

/** Where to go after answering `q`: the next question, or back to review when editing. */
function nextAfter(ctx: KioskContext, q: QuestionId): QuestionId | 'review' {
  if (ctx.editing) return firstMissing(ctx) ?? 'review';
  const asked = questionsFor(ctx);
  const i = asked.indexOf(q);
  return (asked[i + 1] as QuestionId | undefined) ?? 'review';
}

const STEPS = [...QUESTION_ORDER, 'review', 'attract'] as const;
type Step = (typeof STEPS)[number];

/** One guarded transition per possible target, so the graph stays statically visible. */
function routeTo(pick: (ctx: KioskContext) => Step) {
  return STEPS.map((target) => ({
    guard: ({ context }: { context: KioskContext }) => pick(context) === target,
    target: target === 'attract' ? '#kiosk.attract' : `#kiosk.session.flow.${target}`,
  }));
}

function applyAnswer(answers: Answers, ev: AnswerEvent, destinationTasks: readonly string[]): Answers {
  const next: Answers = { ...answers, [ev.question]: ev.value };
  // A task that does not ask for a destination must not keep one from an earlier choice.
  if (ev.question === 'task' && !destinationTasks.includes(ev.value)) delete next.destination;
  return next;
}

function questionState(q: QuestionId) {
  return {
    on: {
      ANSWER: {
        guard: and([{ type: 'answers' as const, params: { question: q } }, 'noDialog']),
        actions: 'recordAnswer' as const,
        target: `#kiosk.session.flow.route-after-${q}`,
      },
      // Back while editing returns to review; otherwise to the previous question.
      BACK: { guard: 'noDialog' as const, target: `#kiosk.session.flow.route-back-${q}` },
    },
  };
}

/** A new set of answers; the display settings are cleared separately (resetPrefs) at the end of a visit. */
const freshSession = (ctx: KioskContext): Partial<KioskContext> => ({
  answers: {},
  editing: false,
  printError: null,
  printing: false,
  destinationTasks: ctx.destinationTasks,
  asks: ctx.asks,
  assisted: false,
  printJob: DEFAULT_PRINT_JOB,
});

export const kioskMachine = setup({
  types: {
    context: {} as KioskContext,
    events: {} as KioskEvent,
    input: {} as KioskInput,
  },
  actors: {
    /** Supplied by the renderer with `.provide()`: it calls window.kiosk.printChecklist. */
    printChecklist: fromPromise<PrintOutcome, PrintRequest>(async () => ({
      ok: false,
      error: { type: 'no-printer-configured', detail: 'no print actor provided' },
    })),
  },
  actions: {
    wipeSession: assign(({ context }) => freshSession(context)),
    resetPrefs: assign({ prefs: ({ context }) => ({ ...DEFAULT_PREFS, lang: context.defaultLang }) }),
    startAssisted: assign({ assisted: true }),
    configure: assign(({ context, event }) =>
      event.type === 'CONFIGURE'
        ? {
            idleMs: event.idleMs ?? context.idleMs,
            warningMs: Math.max(event.warningMs ?? context.warningMs, MIN_WARNING_MS),
            defaultLang: event.defaultLang ?? context.defaultLang,
          }
        : {},
    ),
    choosePrintJob: assign({
      printJob: ({ context, event }) =>
        event.type === 'PRINT' && (event.copies !== undefined || event.staffCopy !== undefined)
          ? { copies: event.copies ?? 1, staffCopy: event.staffCopy ?? false }
          : context.printJob,
    }),
    startEditing: assign({ editing: true }),
    stopEditing: assign({ editing: false }),
    clearPrintError: assign({ printError: null }),
    /**
     * Usage counts for staff, at the transitions that define them. A no-op here; the renderer
     * provides it (window.kiosk.recordUsage). Runs before the target's entry, so a count made
     * on the way to the attract screen still sees the task before the session is wiped.
     */
    countUsage: (_args, _params: { type: UsageEvent['type'] }) => {},
    recordAnswer: assign({
      answers: ({ context, event }) =>
        event.type === 'ANSWER' ? applyAnswer(context.answers, event, context.destinationTasks) : context.answers,
    }),
  },
  guards: {
    prefsChanged: ({ context }) =>
      context.prefs.lang !== context.defaultLang ||
      context.prefs.textSize !== DEFAULT_PREFS.textSize ||
      context.prefs.highContrast !== DEFAULT_PREFS.highContrast ||
      context.prefs.audio !== DEFAULT_PREFS.audio,
    complete: ({ context }) => answersComplete(context),
    assisted: ({ context }) => context.assisted,
    // Assisted: any question, in any order; a destination only for a task that asks for one.
    assistedAnswer: ({ context, event }) =>
      event.type === 'ANSWER' && (event.question !== 'destination' || needsDestination(context)),
    visitorCopy: ({ context, event }) => answersComplete(context) && !(event.type === 'PRINT' && event.staffCopy === true),
    notPrinting: ({ context }) => !context.printing,
    printOk: ({ event }) => (event as unknown as { output: PrintOutcome }).output.ok,
    /** No question (Start over?) is open over the screen: the flow may move. */
    noDialog: stateIn('#kiosk.session.dialog.closed'),
    answers: ({ event }, params: { question: QuestionId }) => event.type === 'ANSWER' && event.question === params.question,
    // Only questions this visitor is asked can be edited (no destination unless moving).
    editsQuestion: ({ context, event }, params: { question: QuestionId }) =>
      event.type === 'EDIT' && event.question === params.question && questionsFor(context).includes(params.question),
  },
  delays: {
    idle: ({ context }) => (context.assisted ? ASSISTED_IDLE_MS : context.idleMs),
    warning: ({ context }) => context.warningMs,
    done: ({ context }) => context.doneMs,
    printDeadline: ({ context }) => context.printTimeoutMs + PRINT_DEADLINE_MARGIN_MS,
  },
}).createMachine({
  id: 'kiosk',
  context: ({ input }) => ({
    answers: {},
    prefs: { ...DEFAULT_PREFS, lang: input.defaultLang ?? DEFAULT_PREFS.lang },
    editing: false,
    printError: null,
    printing: false,
    destinationTasks: input.destinationTasks,
    asks: input.asks ?? ASK_ALL,
    idleMs: input.idleMs ?? DEFAULT_IDLE_MS,
    warningMs: Math.max(input.warningMs ?? DEFAULT_WARNING_MS, MIN_WARNING_MS),
    doneMs: input.doneMs ?? DEFAULT_DONE_MS,
    printTimeoutMs: input.printTimeoutMs ?? DEFAULT_PRINT_TIMEOUT_MS,
    assisted: false,
    defaultLang: input.defaultLang ?? DEFAULT_PREFS.lang,
    printJob: DEFAULT_PRINT_JOB,
  }),
  initial: 'attract',
  on: {
    SET_LANG: { actions: assign({ prefs: ({ context, event }) => ({ ...context.prefs, lang: event.lang }) }) },
    SET_TEXT_SIZE: { actions: assign({ prefs: ({ context, event }) => ({ ...context.prefs, textSize: event.size }) }) },
    TOGGLE_CONTRAST: {
      actions: assign({ prefs: ({ context }) => ({ ...context.prefs, highContrast: !context.prefs.highContrast }) }),
    },
    SET_AUDIO: { actions: assign({ prefs: ({ context, event }) => ({ ...context.prefs, audio: event.on }) }) },
    CONFIGURE: { actions: 'configure' },
  },
  states: {
    attract: {
      entry: 'wipeSession',
      on: {
        START: { target: 'session', actions: { type: 'countUsage', params: { type: 'session-started' } } },
        START_ASSISTED: {
          target: '#kiosk.session.flow.assisted',
          actions: ['startAssisted', { type: 'countUsage', params: { type: 'session-started' } }, { type: 'countUsage', params: { type: 'assisted-started' } }],
        },
        // New settings on the welcome screen: start again from them (the new default language).
        CONFIGURE: { actions: ['configure', 'resetPrefs'], target: 'attract', reenter: true },
      },
      // A visitor who only changed the language and walked away leaves nothing behind.
      after: { idle: { guard: 'prefsChanged', actions: 'resetPrefs', target: 'attract', reenter: true } },
    },
    session: {
      type: 'parallel',
      on: {
        // Staff take over a visitor's session: their answers so far stay.
        START_ASSISTED: {
          guard: and(['notPrinting', 'noDialog']),
          target: '.flow.assisted',
          // The idle clock restarts with the assisted time (ACTIVITY when counting, MORE_TIME in the warning).
          actions: [
            'startAssisted',
            { type: 'countUsage', params: { type: 'assisted-started' } },
            raise({ type: 'ACTIVITY' }),
            raise({ type: 'MORE_TIME' }),
          ],
        },
        // Staff end the assisted visit: everything goes, the visitor's display settings too.
        END_ASSISTED: { guard: and(['assisted', 'noDialog']), target: '#kiosk.attract', actions: 'resetPrefs' },
      },
      states: {
        /** "Start over? Your answers will be cleared." over whatever screen the visitor is on. */
        dialog: {
          initial: 'closed',
          states: {
            closed: { on: { START_OVER: 'startOver' } },
            startOver: {
              on: {
                KEEP_ANSWERS: 'closed',
                // Same visitor: the answers go, their language, text size and contrast stay.
                CONFIRM_START_OVER: { target: '#kiosk.attract', actions: { type: 'countUsage', params: { type: 'started-over' } } },
              },
            },
          },
        },
        flow: {
          initial: 'task',
          states: {
            task: questionState('task'),
            region: questionState('region'),
            destination: questionState('destination'),
            beneficiary: questionState('beneficiary'),
            credential: questionState('credential'),
            'route-after-task': { always: routeTo((c) => nextAfter(c, 'task')) },
            'route-after-region': { always: routeTo((c) => nextAfter(c, 'region')) },
            'route-after-destination': { always: routeTo((c) => nextAfter(c, 'destination')) },
            'route-after-beneficiary': { always: routeTo((c) => nextAfter(c, 'beneficiary')) },
            'route-after-credential': { always: routeTo((c) => nextAfter(c, 'credential')) },
            'route-back-task': { always: routeTo((c) => (c.editing && answersComplete(c) ? 'review' : previousOf(c, 'task'))) },
            'route-back-region': { always: routeTo((c) => (c.editing && answersComplete(c) ? 'review' : previousOf(c, 'region'))) },
            'route-back-destination': {
              always: routeTo((c) => (c.editing && answersComplete(c) ? 'review' : previousOf(c, 'destination'))),
            },
            'route-back-beneficiary': {
              always: routeTo((c) => (c.editing && answersComplete(c) ? 'review' : previousOf(c, 'beneficiary'))),
            },
            'route-back-credential': {
              always: routeTo((c) => (c.editing && answersComplete(c) ? 'review' : previousOf(c, 'credential'))),
            },
            'route-back-review': { always: routeTo((c) => previousOf(c, 'review')) },
            // Staff-assisted: every question on one screen, the checklist beside it; prints go
            // through the same checklist states (and print actor) as the walk-up flow.
            assisted: {
              on: {
                ANSWER: { guard: and(['assistedAnswer', 'noDialog']), actions: 'recordAnswer' },
                PRINT: [
                  {
                    guard: and(['visitorCopy', 'noDialog']),
                    target: 'checklist.printing',
                    actions: ['choosePrintJob', { type: 'countUsage', params: { type: 'checklist-shown' } }],
                  },
                  { guard: and(['complete', 'noDialog']), target: 'checklist.printing', actions: 'choosePrintJob' },
                ],
              },
            },
            review: {
              entry: 'stopEditing',
              on: {
                EDIT: QUESTION_ORDER.map((q) => ({
                  guard: and([{ type: 'editsQuestion' as const, params: { question: q } }, 'noDialog']),
                  actions: 'startEditing' as const,
                  target: q,
                })),
                CONFIRM: {
                  guard: and(['complete', 'noDialog']),
                  target: 'checklist',
                  actions: { type: 'countUsage', params: { type: 'checklist-shown' } },
                },
                BACK: { guard: 'noDialog', target: 'route-back-review' },
              },
            },
            checklist: {
              initial: 'viewing',
              on: { BACK: [{ guard: and(['assisted', 'noDialog']), target: 'assisted' }, { guard: 'noDialog', target: 'review' }] },
              states: {
                viewing: {
                  on: {
                    PRINT: { guard: 'noDialog', target: 'printing', actions: 'choosePrintJob' },
                    FINISH: { guard: 'noDialog', target: '#kiosk.attract', actions: 'resetPrefs' },
                  },
                },
                printing: {
                  entry: [assign({ printing: true }), 'clearPrintError'],
                  exit: assign({ printing: false }),
                  // No BACK and no second PRINT while a job is out: one tap prints once. Start over
                  // still works (the dialog region), and a job that never answers ends here:
                  after: {
                    printDeadline: {
                      target: 'failed',
                      actions: [assign({ printError: 'timeout' as PrintErrorType }), { type: 'countUsage', params: { type: 'print-failed' } }],
                    },
                  },
                  on: { BACK: {}, PRINT: {} },
                  invoke: {
                    src: 'printChecklist',
                    input: ({ context }) => printRequestOf(context),
                    onDone: [
                      { guard: 'printOk', target: 'printed', actions: { type: 'countUsage', params: { type: 'printed' } } },
                      {
                        target: 'failed',
                        actions: [
                          assign({ printError: ({ event }) => (event.output.ok ? null : event.output.error.type) }),
                          { type: 'countUsage', params: { type: 'print-failed' } },
                        ],
                      },
                    ],
                    onError: {
                      target: 'failed',
                      actions: [
                        assign({ printError: 'render-failed' as PrintErrorType }),
                        { type: 'countUsage', params: { type: 'print-failed' } },
                      ],
                    },
                  },
                },
                printed: {
                  // Take-home done: the session wipes itself shortly, or at once on Finish
                  // (staff-assisted: staff go back to the session or finish it themselves).
                  after: { done: { guard: ({ context }) => !context.assisted, target: '#kiosk.attract', actions: 'resetPrefs' } },
                  on: { FINISH: { guard: 'noDialog', target: '#kiosk.attract', actions: 'resetPrefs' } },
                },
                failed: {
                  on: {
                    PRINT: { guard: 'noDialog', target: 'printing', actions: 'choosePrintJob' },
                    // "Back to my checklist": read it on screen, photograph it, scan its codes
                    // (staff-assisted: back to the answers and the checklist beside them).
                    BACK: [{ guard: and(['assisted', 'noDialog']), target: '#kiosk.session.flow.assisted' }, { guard: 'noDialog', target: 'viewing' }],
                    FINISH: { guard: 'noDialog', target: '#kiosk.attract', actions: 'resetPrefs' },
                  },
                },
              },
            },
          },
        },
        idle: {
          initial: 'active',
          states: {
            active: {
              on: { ACTIVITY: { target: 'active', reenter: true } },
              after: {
                idle: [
                  // Waiting at the printer is not being away: keep the session while a job is out.
                  { guard: ({ context }) => !context.printing, target: 'warning' },
                  { target: 'active', reenter: true },
                ],
              },
            },
            warning: {
              on: { MORE_TIME: 'active' },
              after: {
                warning: { target: '#kiosk.attract', actions: ['resetPrefs', { type: 'countUsage', params: { type: 'idle-reset' } }] },
              },
            },
          },
        },
      },
    },
  },
});

export type KioskMachine = typeof kioskMachine;
