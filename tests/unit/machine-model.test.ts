import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { transition } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import type { Answers, CompleteAnswers, RegionAnswer } from '../../src/shared/answers';
import { LANGS } from '../../src/shared/i18n';
import type { PrintRequest } from '../../src/shared/ipc';
import { answersComplete, kioskMachine, QUESTION_ORDER, questionsFor, TEXT_SIZES, type KioskEvent, type QuestionId } from '../../src/shared/machine';
import { buildPlan, type Plan } from '../../src/shared/plan';
import { PlanSchema } from '../support/plan-schema';
import { realContent } from './content-fixture';

/**
 * Model-based tests of the kiosk flow with xstate/graph. Nothing here lists paths or events
 * by hand: the event types are the ones the machine's own states handle, and the payloads of
 * answers come from data/ (every task, beneficiary and credential; a place of each kind the
 * planner tells apart). For every path explored, the plan at the checklist must be valid
 * (tests/support/plan-schema.ts) and equal buildPlan of the answers given along the path, and
 * Print must send exactly those answers to main.
 */
const content = realContent();
const input = { destinationTasks: content.tasks.filter((t) => t.askDestination).map((t) => t.id) };

type Snap = ReturnType<typeof transition<typeof kioskMachine>>[0];
type Values = Record<QuestionId, readonly (string | RegionAnswer)[]>;

/** A place of every kind the planner tells apart, from data/. */
function representativePlaces(): RegionAnswer[] {
  const plain = (region: string) => content.regions.states.find((s) => s.region === region && !s.carveOut)!;
  // A border state: without a ZIP, with a ZIP its carve-out does not list, and with one it
  // lists (when data/ has any: the lists stay empty until a source confirms them).
  const border = content.regions.states.find((s) => s.carveOut)!;
  const zips = border.carveOut!.zips;
  let n = 0;
  while (zips.includes(String(n).padStart(5, '0'))) n++;
  return [
    ...[...new Set(content.regions.states.map((s) => s.region))].map((r) => ({ kind: 'state' as const, code: plain(r).code })),
    { kind: 'state', code: border.code },
    { kind: 'state', code: border.code, zip: String(n).padStart(5, '0') },
    ...(zips[0] ? [{ kind: 'state' as const, code: border.code, zip: zips[0] }] : []),
    { kind: 'territory', code: content.regions.territories[0]!.code },
    { kind: 'overseas', area: content.regions.overseasAreas[0]!.id },
    { kind: 'unsure' },
  ];
}

/** Every event type some state of the machine handles (internal xstate.* events aside). */
function machineEventTypes(): string[] {
  const types = new Set<string>();
  const walk = (node: typeof kioskMachine.root) => {
    for (const t of node.ownEvents) if (!t.startsWith('xstate.') && t !== '*') types.add(t);
    Object.values(node.states).forEach(walk);
  };
  walk(kioskMachine.root);
  return [...types].sort();
}

/** The events of one type: payloads for the types that carry data, the others as they are. */
function eventsOf(type: string, values: Values): KioskEvent[] {
  switch (type) {
    case 'ANSWER':
      return QUESTION_ORDER.flatMap((question) => values[question].map((value) => ({ type, question, value }) as KioskEvent));
    case 'EDIT':
      return QUESTION_ORDER.map((question) => ({ type, question }));
    case 'SET_LANG':
      return LANGS.map((lang) => ({ type, lang }));
    case 'SET_TEXT_SIZE':
      return TEXT_SIZES.map((size) => ({ type, size }));
    default:
      return [{ type } as KioskEvent];
  }
}

const flowOf = (value: unknown): string | undefined => {
  const flow = (value as { session?: { flow?: unknown } }).session?.flow;
  return typeof flow === 'string' ? flow : flow ? Object.keys(flow as object)[0] : undefined;
};
const questionAt = (s: Snap): QuestionId | undefined => QUESTION_ORDER.find((q) => q === flowOf(s.value));
const atChecklist = (s: Snap) => flowOf(s.value) === 'checklist';
const serialize = (s: Snap) => JSON.stringify([s.value, s.context.answers, s.context.editing]);

/** A staff-assisted session (src/renderer/src/staff): every question on one screen, answered in any order. */
const assistedAt = (s: Snap) => flowOf(s.value) === 'assisted';

/** Shortest paths to every state reachable with these events (answers only to the question on screen). */
function explore(events: KioskEvent[], answerFilter: (s: Snap, e: KioskEvent) => boolean = () => true) {
  return getShortestPaths(kioskMachine, {
    input,
    events: (s) =>
      events.filter((e) =>
        e.type === 'ANSWER' ? (assistedAt(s) ? s.can(e) : e.question === questionAt(s)) && answerFilter(s, e) : s.can(e),
      ),
    serializeState: serialize,
  });
}

/**
 * What the visitor said along a path, from the events and screens alone: each answer
 * replaces the last one to the same question, a task that asks no destination drops it,
 * and the attract screen is a new visitor (nothing carried over).
 */
function answersGiven(steps: { event: KioskEvent; state: Snap }[]): Answers {
  let given: Answers = {};
  for (const { event: e, state } of steps) {
    if (state.value === 'attract') given = {};
    else if (e.type === 'ANSWER') {
      given = { ...given, [e.question]: e.value };
      if (e.question === 'task' && !input.destinationTasks.includes(e.value)) delete given.destination;
    }
  }
  return given;
}

/** From any state, on to the checklist the way a visitor would: keep given answers, else pick the first. */
function completeToChecklist(from: Snap, values: Values, all: KioskEvent[]): { event: KioskEvent; state: Snap }[] | string {
  const steps: { event: KioskEvent; state: Snap }[] = [];
  let s = from;
  for (let i = 0; i < 20 && !atChecklist(s); i++) {
    const q = questionAt(s);
    // Staff-assisted: the first question still open, then Print (the checklist's print states).
    const open = assistedAt(s) ? questionsFor(s.context).find((x) => s.context.answers[x] === undefined) : undefined;
    const forward: KioskEvent[] = assistedAt(s)
      ? open
        ? [{ type: 'ANSWER', question: open, value: values[open][0]! as never }]
        : [{ type: 'PRINT' }]
      : s.value === 'attract'
        ? [{ type: 'START' }]
        : q
          ? [{ type: 'ANSWER', question: q, value: (s.context.answers[q] ?? values[q][0]!) as never }]
          : flowOf(s.value) === 'review'
            ? [{ type: 'CONFIRM' }]
            : [];
    // A state of some other kind (a dialog, say): take any event it handles that keeps the session.
    const candidates = [...forward, ...all.filter((e) => e.type !== 'ANSWER')];
    const event = candidates.find((e) => s.can(e) && transition(kioskMachine, s, e)[0].value !== 'attract' && serialize(transition(kioskMachine, s, e)[0]) !== serialize(s));
    if (!event) return `stuck at ${JSON.stringify(s.value)}`;
    s = transition(kioskMachine, s, event)[0];
    steps.push({ event, state: s });
  }
  return atChecklist(s) ? steps : `no checklist within 20 steps from ${JSON.stringify(from.value)}`;
}

/** What Print would send to main from this state: the input of the print actor it starts. */
function printRequestFrom(state: Snap): PrintRequest | undefined {
  const [, actions] = transition(kioskMachine, state, { type: 'PRINT' });
  const spawn = actions.find((a) => a.type === 'xstate.spawnChild' && (a.params as { src?: unknown }).src === 'printChecklist');
  return (spawn?.params as { input?: PrintRequest } | undefined)?.input;
}

/** buildPlan, once per distinct set of answers (key order aside): paths share their ends. */
const plans = new Map<string, Plan>();
function planOf(answers: Answers): Plan {
  const key = JSON.stringify(Object.entries(answers).sort(([a], [b]) => a.localeCompare(b)));
  let plan = plans.get(key);
  if (!plan) plans.set(key, (plan = buildPlan(answers as CompleteAnswers, content)));
  return plan;
}

/**
 * Every way the checklist can disagree with what the visitor said, as text: the plan for the
 * machine's answers is not buildPlan of the answers the path gave, it is not a valid plan,
 * or Print would send main answers that plan differently.
 */
function checkChecklist(state: Snap, given: Answers, where: string): string[] {
  if (!answersComplete({ answers: given, destinationTasks: input.destinationTasks })) return [`the checklist shows before every question is answered, on ${where}`];
  const problems: string[] = [];
  const expected = planOf(given);
  const shown = planOf(state.context.answers);
  if (!isDeepStrictEqual(shown, expected)) problems.push(`the plan is for ${JSON.stringify(shown.answers)}, the visitor said ${JSON.stringify(given)}, on ${where}`);
  const parsed = PlanSchema.safeParse(shown);
  if (!parsed.success) problems.push(`invalid plan: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}, on ${where}`);
  // Print, where the screen offers it (not while a job is already out or done).
  if (!state.can({ type: 'PRINT' })) return problems;
  const request = printRequestFrom(state);
  if (!request) problems.push(`Print sent nothing, on ${where}`);
  else if (!isDeepStrictEqual(planOf(request.answers), expected)) problems.push(`Print sent ${JSON.stringify(request.answers)}, on ${where}`);
  return problems;
}

/** A few CPU seconds each; the limit leaves room for a busy shared machine. */
const HEAVY = { timeout: 180_000 };

const describePath = (steps: { event: KioskEvent }[]) => steps.map((s) => JSON.stringify(s.event)).join(' → ');
const types = machineEventTypes();
const places = representativePlaces();

describe('model: every combination of answers leads to its own plan', () => {
  // Answers only, every task, a place of each kind (and each as a move destination), every
  // beneficiary; every credential for the first beneficiary and one (in turn) for the others,
  // so every value is answered without multiplying beneficiaries by credentials.
  const values: Values = {
    task: content.tasks.map((t) => t.id),
    region: places,
    destination: places,
    beneficiary: content.beneficiaries.map((b) => b.id),
    credential: content.credentials.map((c) => c.id),
  };
  const creds = content.credentials.map((c) => c.id);
  const credsFor = (who: string | undefined) => {
    const i = content.beneficiaries.findIndex((b) => b.id === who);
    return i === 0 ? creds : [creds[i % creds.length]!];
  };
  const forwardTypes = types.filter((t) => t === 'START' || t === 'ANSWER' || t === 'CONFIRM');
  const paths = explore(
    forwardTypes.flatMap((t) => eventsOf(t, values)),
    (s, e) => e.type !== 'ANSWER' || e.question !== 'credential' || credsFor(s.context.answers.beneficiary).includes(e.value),
  );
  const toChecklist = paths.filter((p) => atChecklist(p.state));
  console.log(`model (answers): ${toChecklist.length} shortest paths reach the checklist (${paths.length} states)`);

  it('reaches the checklist once for each combination', () => {
    const combos = new Set(toChecklist.map((p) => JSON.stringify(p.state.context.answers)));
    const perPlace = content.beneficiaries.reduce((n, b) => n + credsFor(b.id).length, 0);
    const expected = content.tasks.reduce((n, t) => n + places.length * (t.askDestination ? places.length : 1) * perPlace, 0);
    expect(toChecklist.length).toBe(expected);
    expect(combos.size).toBe(expected);
  });

  it('ends every path with a valid plan equal to buildPlan of the answers given, and prints those answers', HEAVY, () => {
    const problems = toChecklist.flatMap((p) => checkChecklist(p.state, answersGiven(p.steps), describePath(p.steps)));
    expect(problems.slice(0, 5)).toEqual([]);
  });
});

describe('model: every state of the flow, then on to the checklist', () => {
  // Every event type the machine handles (Back, Edit, Start over, Print, language…), with a
  // small set of answers: a task with and one without a destination, two places, two of
  // each other answer. Each state reached is then completed to the checklist.
  const pick = <T,>(xs: readonly T[], n: number) => xs.slice(0, n);
  const values: Values = {
    task: [input.destinationTasks[0]!, content.tasks.find((t) => !t.askDestination)!.id],
    region: [places[0]!, places.at(-1)!],
    destination: [places[1]!],
    beneficiary: pick(content.beneficiaries.map((b) => b.id), 2),
    credential: pick(content.credentials.map((c) => c.id), 2),
  };
  const all = types.flatMap((t) => eventsOf(t, values));
  const paths = explore(all);
  console.log(`model (flow): ${paths.length} states reached with ${types.length} event types (${types.join(', ')}), each completed to the checklist`);

  it('reaches every screen of the flow and never rests in a routing state', () => {
    const screens = new Set(paths.map((p) => (p.state.value === 'attract' ? 'attract' : flowOf(p.state.value))));
    for (const screen of ['attract', ...QUESTION_ORDER, 'review', 'checklist']) expect([...screens]).toContain(screen);
    expect([...screens].filter((s) => s?.startsWith('route-'))).toEqual([]);
    expect(paths.length).toBeGreaterThan(100);
  });

  it('from every state, the checklist it leads to is the plan of everything the visitor said', HEAVY, () => {
    const problems: string[] = [];
    for (const p of paths) {
      const rest = completeToChecklist(p.state, values, all);
      if (typeof rest === 'string') {
        problems.push(`${rest}, on ${describePath(p.steps)}`);
        continue;
      }
      const steps = [...p.steps, ...rest];
      problems.push(...checkChecklist(steps.at(-1)!.state, answersGiven(steps), describePath(steps)));
    }
    expect(problems.slice(0, 5)).toEqual([]);
  });

  it('holds the invariants in every reachable state', () => {
    for (const { state } of paths) {
      const ctx = state.context;
      const flow = flowOf(state.value);
      const where = JSON.stringify(state.value);
      if (state.value === 'attract') expect(ctx.answers, where).toEqual({});
      if (flow === 'review' || flow === 'checklist') expect(answersComplete(ctx), where).toBe(true);
      if (ctx.answers.destination) expect(input.destinationTasks, where).toContain(ctx.answers.task);
      if (flow === 'destination') expect(input.destinationTasks, where).toContain(ctx.answers.task);
      if (flow === 'review') expect(ctx.editing, where).toBe(false);
    }
  });

  it('from anywhere in a session, Start over (asked, then confirmed) leads to an empty attract screen', () => {
    for (const { state } of paths.filter((p) => p.state.value !== 'attract')) {
      const [asked] = transition(kioskMachine, state, { type: 'START_OVER' });
      const [next] = transition(kioskMachine, asked, { type: 'CONFIRM_START_OVER' });
      expect(next.value).toBe('attract');
      expect(next.context.answers).toEqual({});
    }
  });
});
