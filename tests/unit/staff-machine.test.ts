import { afterEach, describe, expect, it, vi } from 'vitest';
import { createActor, fromPromise } from 'xstate';
import type { CompleteAnswers } from '../../src/shared/answers';
import type { PrintOutcome, PrintRequest } from '../../src/shared/ipc';
import { ASSISTED_IDLE_MS, kioskMachine, type KioskEvent } from '../../src/shared/machine';
import { buildPlan } from '../../src/shared/plan';
import { SCENARIOS } from '../integration/fixtures/scenarios';
import { realContent } from './content-fixture';

/**
 * The staff-assisted session in the kiosk machine: every question answerable at once and in
 * any order, no visitor idle reset, then the walk-up flow's own print states; and staff
 * settings (idle time, default language) reaching the running machine.
 */
const input = { destinationTasks: ['move'], idleMs: 60_000, warningMs: 30_000, doneMs: 15_000 };

function start(print: (req: PrintRequest) => Promise<PrintOutcome> = async () => ({ ok: true, value: { jobId: 'Q-1', millis: 1 } })) {
  const requests: PrintRequest[] = [];
  const counted: { type: string }[] = [];
  const machine = kioskMachine.provide({
    actors: {
      printChecklist: fromPromise(async ({ input: req }: { input: PrintRequest }) => {
        requests.push(req);
        return print(req);
      }),
    },
    actions: { countUsage: (_a, { type }) => counted.push({ type }) },
  });
  const actor = createActor(machine, { input });
  actor.start();
  return { actor, requests, counted };
}

const flow = (a: ReturnType<typeof start>['actor']) => (a.getSnapshot().value as { session?: { flow: unknown } }).session?.flow;
const idle = (a: ReturnType<typeof start>['actor']) => (a.getSnapshot().value as { session?: { idle: unknown } }).session?.idle;

/** An ANSWER event for each question the scenario answers (a skipped question has no answer). */
function answer(a: CompleteAnswers, order: (keyof CompleteAnswers)[]): KioskEvent[] {
  return order.filter((q) => a[q] !== undefined).map((q) => ({ type: 'ANSWER', question: q, value: a[q] }) as KioskEvent);
}

function answerEvents(a: CompleteAnswers): KioskEvent[] {
  // Deliberately not in the walk-up order: staff fill in whatever the visitor says first.
  return answer(a, ['credential', 'beneficiary', 'task', 'region', 'destination']);
}

function walkUp(a: CompleteAnswers): KioskEvent[] {
  return [
    { type: 'START' },
    ...answer(a, ['task', 'region', 'destination', 'beneficiary', 'credential']),
    { type: 'CONFIRM' },
    { type: 'PRINT' },
  ];
}

afterEach(() => vi.useRealTimers());

describe('staff-assisted session', () => {
  it('starts from the welcome screen, takes answers in any order, and prints the same request as the walk-up flow', async () => {
    const content = realContent();
    for (const scenario of SCENARIOS) {
      const assisted = start();
      assisted.actor.send({ type: 'START_ASSISTED' });
      expect(flow(assisted.actor)).toBe('assisted');
      answerEvents(scenario.answers).forEach((e) => assisted.actor.send(e));
      expect(flow(assisted.actor)).toBe('assisted');
      assisted.actor.send({ type: 'PRINT' });
      await vi.waitFor(() => expect(flow(assisted.actor)).toEqual({ checklist: 'printed' }));

      const walk = start();
      walkUp(scenario.answers).forEach((e) => walk.actor.send(e));
      await vi.waitFor(() => expect(flow(walk.actor)).toEqual({ checklist: 'printed' }));

      expect(assisted.requests, scenario.name).toEqual(walk.requests);
      expect(assisted.requests[0]!.answers).toEqual(scenario.answers);
      // One planner: the same answers give the same plan, whichever way they were entered.
      expect(buildPlan(assisted.actor.getSnapshot().context.answers as CompleteAnswers, content)).toEqual(
        buildPlan(walk.actor.getSnapshot().context.answers as CompleteAnswers, content),
      );
      expect(assisted.counted.map((c) => c.type)).toEqual(['session-started', 'assisted-started', 'checklist-shown', 'printed']);
    }
  });

  it('changes an answer in place; a destination only counts for a move, and changing the task drops it', () => {
    const { actor } = start();
    actor.send({ type: 'START_ASSISTED' });
    actor.send({ type: 'ANSWER', question: 'task', value: 'referral' });
    actor.send({ type: 'ANSWER', question: 'destination', value: { kind: 'state', code: 'TX' } });
    expect(actor.getSnapshot().context.answers.destination).toBeUndefined();
    actor.send({ type: 'ANSWER', question: 'task', value: 'move' });
    actor.send({ type: 'ANSWER', question: 'destination', value: { kind: 'state', code: 'TX' } });
    actor.send({ type: 'ANSWER', question: 'region', value: { kind: 'state', code: 'VA' } });
    actor.send({ type: 'ANSWER', question: 'region', value: { kind: 'state', code: 'CA' } });
    expect(actor.getSnapshot().context.answers).toEqual({ task: 'move', destination: { kind: 'state', code: 'TX' }, region: { kind: 'state', code: 'CA' } });
    actor.send({ type: 'ANSWER', question: 'task', value: 'referral' });
    expect(actor.getSnapshot().context.answers.destination).toBeUndefined();
  });

  it('does not print until every question is answered', () => {
    const { actor, requests } = start();
    actor.send({ type: 'START_ASSISTED' });
    actor.send({ type: 'ANSWER', question: 'task', value: 'referral' });
    actor.send({ type: 'PRINT' });
    expect(flow(actor)).toBe('assisted');
    expect(requests).toEqual([]);
  });

  it('has no visitor idle reset, but a session left untouched for 15 minutes still ends', async () => {
    vi.useFakeTimers();
    const { actor, counted } = start();
    actor.send({ type: 'START_ASSISTED' });
    actor.send({ type: 'ANSWER', question: 'task', value: 'referral' });
    await vi.advanceTimersByTimeAsync(input.idleMs + input.warningMs + 1_000);
    expect(flow(actor)).toBe('assisted');
    expect(idle(actor)).toBe('active');
    await vi.advanceTimersByTimeAsync(ASSISTED_IDLE_MS - input.idleMs - input.warningMs);
    expect(idle(actor)).toBe('warning');
    await vi.advanceTimersByTimeAsync(input.warningMs);
    expect(actor.getSnapshot().value).toBe('attract');
    expect(actor.getSnapshot().context.answers).toEqual({});
    expect(actor.getSnapshot().context.assisted).toBe(false);
    expect(counted.at(-1)).toEqual({ type: 'idle-reset' });
  });

  it('turns a walk-up session into an assisted one, keeping the answers and leaving the idle warning', async () => {
    vi.useFakeTimers();
    const { actor } = start();
    actor.send({ type: 'START' });
    actor.send({ type: 'ANSWER', question: 'task', value: 'referral' });
    await vi.advanceTimersByTimeAsync(input.idleMs + 1);
    expect(idle(actor)).toBe('warning');
    actor.send({ type: 'START_ASSISTED' });
    expect(flow(actor)).toBe('assisted');
    expect(idle(actor)).toBe('active');
    expect(actor.getSnapshot().context.answers.task).toBe('referral');
    await vi.advanceTimersByTimeAsync(input.idleMs + input.warningMs + 1);
    expect(flow(actor)).toBe('assisted');
  });

  it('prints two copies or the staff copy, stays after printing, and Back returns to the session', async () => {
    vi.useFakeTimers();
    const { actor, requests, counted } = start();
    actor.send({ type: 'START_ASSISTED' });
    answerEvents(SCENARIOS[0]!.answers).forEach((e) => actor.send(e));
    actor.send({ type: 'PRINT', copies: 2 });
    await vi.advanceTimersByTimeAsync(0);
    expect(flow(actor)).toEqual({ checklist: 'printed' });
    await vi.advanceTimersByTimeAsync(input.doneMs * 3);
    expect(flow(actor)).toEqual({ checklist: 'printed' }); // no auto-wipe with staff beside the visitor
    actor.send({ type: 'BACK' });
    expect(flow(actor)).toBe('assisted');
    actor.send({ type: 'PRINT', staffCopy: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(requests.map((r) => [r.copies, r.staffCopy])).toEqual([
      [2, undefined],
      [undefined, true],
    ]);
    // The staff copy is not a second "checklist shown".
    expect(counted.filter((c) => c.type === 'checklist-shown')).toHaveLength(1);
    actor.send({ type: 'FINISH' });
    expect(actor.getSnapshot().value).toBe('attract');
    expect(actor.getSnapshot().context).toMatchObject({ assisted: false, answers: {}, printJob: { copies: 1, staffCopy: false } });
  });

  it('a retry after a failed staff-copy print is still the staff copy', async () => {
    let fail = true;
    const { actor, requests } = start(async () => (fail ? { ok: false, error: { type: 'queue-disabled' } } : { ok: true, value: { jobId: 'Q-2', millis: 1 } }));
    actor.send({ type: 'START_ASSISTED' });
    answerEvents(SCENARIOS[0]!.answers).forEach((e) => actor.send(e));
    actor.send({ type: 'PRINT', staffCopy: true });
    await vi.waitFor(() => expect(flow(actor)).toEqual({ checklist: 'failed' }));
    fail = false;
    actor.send({ type: 'PRINT' });
    await vi.waitFor(() => expect(flow(actor)).toEqual({ checklist: 'printed' }));
    expect(requests.map((r) => r.staffCopy)).toEqual([true, true]);
  });

  it('a walk-up visitor never gets extra copies or a staff copy from an earlier assisted session', async () => {
    const { actor, requests } = start();
    actor.send({ type: 'START_ASSISTED' });
    answerEvents(SCENARIOS[0]!.answers).forEach((e) => actor.send(e));
    actor.send({ type: 'PRINT', copies: 2, staffCopy: true });
    await vi.waitFor(() => expect(flow(actor)).toEqual({ checklist: 'printed' }));
    actor.send({ type: 'FINISH' });
    walkUp(SCENARIOS[0]!.answers).forEach((e) => actor.send(e));
    await vi.waitFor(() => expect(requests).toHaveLength(2));
    expect(requests[1]).toEqual({ answers: SCENARIOS[0]!.answers, lang: 'en' });
  });
});

describe('staff settings reach the running machine', () => {
  it('a new idle time applies to the next wait', async () => {
    vi.useFakeTimers();
    const { actor } = start();
    actor.send({ type: 'CONFIGURE', idleMs: 10_000, warningMs: 20_000 });
    actor.send({ type: 'START' });
    await vi.advanceTimersByTimeAsync(10_001);
    expect(idle(actor)).toBe('warning');
    await vi.advanceTimersByTimeAsync(20_000);
    expect(actor.getSnapshot().value).toBe('attract');
  });

  it('never shortens the warning below 20 s (WCAG 2.2.1)', () => {
    const { actor } = start();
    actor.send({ type: 'CONFIGURE', warningMs: 5_000 });
    expect(actor.getSnapshot().context.warningMs).toBe(20_000);
  });

  it('a new default language shows on the welcome screen at once and starts every next visit, but does not switch a visitor mid-session', async () => {
    vi.useFakeTimers();
    const { actor } = start();
    actor.send({ type: 'CONFIGURE', defaultLang: 'es' });
    expect(actor.getSnapshot().context.prefs.lang).toBe('es');
    actor.send({ type: 'START' });
    actor.send({ type: 'SET_LANG', lang: 'en' });
    actor.send({ type: 'CONFIGURE', defaultLang: 'es' });
    expect(actor.getSnapshot().context.prefs.lang).toBe('en');
    // Start over is the same visitor: their language stays…
    actor.send({ type: 'START_OVER' });
    actor.send({ type: 'CONFIRM_START_OVER' });
    expect(actor.getSnapshot().value).toBe('attract');
    expect(actor.getSnapshot().context.prefs.lang).toBe('en');
    // …until the visit ends (nobody touches the welcome screen): then the new default.
    await vi.advanceTimersByTimeAsync(actor.getSnapshot().context.idleMs + 1);
    expect(actor.getSnapshot().context.prefs.lang).toBe('es');
  });
});
