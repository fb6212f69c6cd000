import { describe, expect, it, vi, afterEach } from 'vitest';
import { createActor, fromPromise } from 'xstate';
import { DEFAULT_PREFS, kioskMachine, type KioskEvent } from '../../src/shared/machine';
import type { PrintOutcome } from '../../src/shared/ipc';

const input = { destinationTasks: ['move'], idleMs: 60_000, warningMs: 30_000, doneMs: 15_000 };

function start(print?: () => Promise<PrintOutcome>, extra: Partial<typeof input & { printTimeoutMs: number }> = {}) {
  const machine = print
    ? kioskMachine.provide({ actors: { printChecklist: fromPromise(print) } })
    : kioskMachine;
  const actor = createActor(machine, { input: { ...input, ...extra } });
  actor.start();
  return actor;
}

const flow = (a: ReturnType<typeof start>) => (a.getSnapshot().value as { session?: { flow: unknown } }).session?.flow;

const A: KioskEvent[] = [
  { type: 'START' },
  { type: 'ANSWER', question: 'task', value: 'referral' },
  { type: 'ANSWER', question: 'region', value: { kind: 'state', code: 'CA' } },
  { type: 'ANSWER', question: 'beneficiary', value: 'adfm' },
  { type: 'ANSWER', question: 'credential', value: 'myauth' },
];

afterEach(() => vi.useRealTimers());

describe('kiosk machine: the flow', () => {
  it('visits each state in order: attract, task, region, beneficiary, credential, review, checklist', () => {
    const a = start();
    expect(a.getSnapshot().value).toBe('attract');
    const seen: unknown[] = [];
    for (const ev of A) {
      a.send(ev);
      seen.push(flow(a));
    }
    a.send({ type: 'CONFIRM' });
    seen.push(flow(a));
    expect(seen).toEqual(['task', 'region', 'beneficiary', 'credential', 'review', { checklist: 'viewing' }]);
  });

  it('asks for a destination only for a task that needs one', () => {
    const a = start();
    a.send({ type: 'START' });
    a.send({ type: 'ANSWER', question: 'task', value: 'move' });
    a.send({ type: 'ANSWER', question: 'region', value: { kind: 'state', code: 'VA' } });
    expect(flow(a)).toBe('destination');
    a.send({ type: 'ANSWER', question: 'destination', value: { kind: 'state', code: 'TX' } });
    expect(flow(a)).toBe('beneficiary');
  });

  it('Back returns to the previous question with the earlier answer kept', () => {
    const a = start();
    A.slice(0, 4).forEach((e) => a.send(e));
    expect(flow(a)).toBe('credential');
    a.send({ type: 'BACK' });
    expect(flow(a)).toBe('beneficiary');
    expect(a.getSnapshot().context.answers.beneficiary).toBe('adfm');
    a.send({ type: 'BACK' });
    expect(flow(a)).toBe('region');
    expect(a.getSnapshot().context.answers.region).toEqual({ kind: 'state', code: 'CA' });
    a.send({ type: 'BACK' });
    a.send({ type: 'BACK' });
    expect(a.getSnapshot().value).toBe('attract');
  });

  it('ignores an answer meant for another question', () => {
    const a = start();
    a.send({ type: 'START' });
    a.send({ type: 'ANSWER', question: 'credential', value: 'myauth' });
    expect(flow(a)).toBe('task');
    expect(a.getSnapshot().context.answers).toEqual({});
  });

  it('Start over (once confirmed) clears every answer and keeps the visitor\'s language', () => {
    const a = start();
    A.forEach((e) => a.send(e));
    a.send({ type: 'SET_LANG', lang: 'es' });
    a.send({ type: 'START_OVER' });
    a.send({ type: 'CONFIRM_START_OVER' });
    expect(a.getSnapshot().value).toBe('attract');
    expect(a.getSnapshot().context.answers).toEqual({});
    expect(a.getSnapshot().context.prefs.lang).toBe('es');
  });
});

describe('kiosk machine: edit from review', () => {
  it('returns to review after editing one answer, keeping the others', () => {
    const a = start();
    A.forEach((e) => a.send(e));
    a.send({ type: 'EDIT', question: 'region' });
    expect(flow(a)).toBe('region');
    a.send({ type: 'ANSWER', question: 'region', value: { kind: 'state', code: 'VA' } });
    expect(flow(a)).toBe('review');
    expect(a.getSnapshot().context.answers).toMatchObject({ task: 'referral', beneficiary: 'adfm', region: { code: 'VA' } });
  });

  it('changing the task to a move asks the new destination question before review', () => {
    const a = start();
    A.forEach((e) => a.send(e));
    a.send({ type: 'EDIT', question: 'task' });
    a.send({ type: 'ANSWER', question: 'task', value: 'move' });
    expect(flow(a)).toBe('destination');
    a.send({ type: 'ANSWER', question: 'destination', value: { kind: 'state', code: 'TX' } });
    expect(flow(a)).toBe('review');
  });

  it('changing away from a move clears the destination that no longer applies', () => {
    const a = start();
    a.send({ type: 'START' });
    a.send({ type: 'ANSWER', question: 'task', value: 'move' });
    a.send({ type: 'ANSWER', question: 'region', value: { kind: 'state', code: 'VA' } });
    a.send({ type: 'ANSWER', question: 'destination', value: { kind: 'state', code: 'TX' } });
    a.send({ type: 'ANSWER', question: 'beneficiary', value: 'adfm' });
    a.send({ type: 'ANSWER', question: 'credential', value: 'myauth' });
    a.send({ type: 'EDIT', question: 'task' });
    a.send({ type: 'ANSWER', question: 'task', value: 'referral' });
    expect(flow(a)).toBe('review');
    expect(a.getSnapshot().context.answers.destination).toBeUndefined();
  });

  it('Back while editing returns to review unchanged', () => {
    const a = start();
    A.forEach((e) => a.send(e));
    a.send({ type: 'EDIT', question: 'beneficiary' });
    a.send({ type: 'BACK' });
    expect(flow(a)).toBe('review');
  });
});

describe('kiosk machine: idle and printing', () => {
  it('warns after the idle time, keeps answers on "more time", wipes when the warning runs out', () => {
    vi.useFakeTimers();
    const a = start();
    A.slice(0, 3).forEach((e) => a.send(e));
    vi.advanceTimersByTime(59_000);
    a.send({ type: 'ACTIVITY' });
    vi.advanceTimersByTime(59_000);
    expect(a.getSnapshot().matches({ session: { idle: 'active' } })).toBe(true);
    vi.advanceTimersByTime(1_001);
    expect(a.getSnapshot().matches({ session: { idle: 'warning' } })).toBe(true);
    a.send({ type: 'MORE_TIME' });
    expect(a.getSnapshot().context.answers.task).toBe('referral');
    vi.advanceTimersByTime(60_000 + 30_000 + 1);
    expect(a.getSnapshot().value).toBe('attract');
    expect(a.getSnapshot().context.answers).toEqual({});
  });

  it('a second PRINT while printing does nothing; success then wipes after the done time', async () => {
    vi.useFakeTimers();
    let calls = 0;
    let release!: (o: PrintOutcome) => void;
    const a = start(() => {
      calls++;
      return new Promise<PrintOutcome>((r) => (release = r));
    });
    A.forEach((e) => a.send(e));
    a.send({ type: 'CONFIRM' });
    a.send({ type: 'PRINT' });
    a.send({ type: 'PRINT' });
    expect(calls).toBe(1);
    release({ ok: true, value: { jobId: 'KioskPDF-1', millis: 900 } });
    await vi.advanceTimersByTimeAsync(0);
    expect(flow(a)).toEqual({ checklist: 'printed' });
    await vi.advanceTimersByTimeAsync(15_001);
    expect(a.getSnapshot().value).toBe('attract');
  });

  it('a failed print keeps the checklist and records the reason', async () => {
    const a = start(async () => ({ ok: false, error: { type: 'queue-disabled' } }));
    A.forEach((e) => a.send(e));
    a.send({ type: 'CONFIRM' });
    a.send({ type: 'PRINT' });
    await new Promise((r) => setTimeout(r, 0));
    expect(flow(a)).toEqual({ checklist: 'failed' });
    expect(a.getSnapshot().context.printError).toBe('queue-disabled');
  });
});

describe('kiosk machine: usage counts', () => {
  it('counts each event at its transition, with the task, before the session is wiped', async () => {
    vi.useFakeTimers();
    const counted: { type: string; task?: string }[] = [];
    const machine = kioskMachine.provide({
      actions: {
        countUsage: ({ context }, { type }) => counted.push({ type, ...(context.answers.task ? { task: context.answers.task } : {}) }),
      },
      actors: {
        printChecklist: fromPromise(async (): Promise<PrintOutcome> => ({ ok: false, error: { type: 'timeout' } })),
      },
    });
    const a = createActor(machine, { input });
    a.start();
    A.forEach((e) => a.send(e));
    a.send({ type: 'CONFIRM' });
    a.send({ type: 'PRINT' });
    await vi.advanceTimersByTimeAsync(0);
    a.send({ type: 'START_OVER' });
    a.send({ type: 'CONFIRM_START_OVER' });
    a.send({ type: 'START' });
    a.send({ type: 'ANSWER', question: 'task', value: 'move' });
    await vi.advanceTimersByTimeAsync(60_000 + 30_000 + 1);
    expect(counted).toEqual([
      { type: 'session-started' },
      { type: 'checklist-shown', task: 'referral' },
      { type: 'print-failed', task: 'referral' },
      { type: 'started-over', task: 'referral' },
      { type: 'session-started' },
      { type: 'idle-reset', task: 'move' },
    ]);
  });
});

describe('kiosk machine: idle edge cases', () => {
  const at = (a: ReturnType<typeof start>) => a.getSnapshot();

  it('does not warn a visitor waiting at the printer, however long the job takes; warns again after it ends', async () => {
    vi.useFakeTimers();
    let release!: (o: PrintOutcome) => void;
    // A spooler allowed ten minutes (the print deadline is that plus a margin): idle must not cut in.
    const a = start(() => new Promise<PrintOutcome>((r) => (release = r)), { printTimeoutMs: 600_000 });
    A.forEach((e) => a.send(e));
    a.send({ type: 'CONFIRM' });
    a.send({ type: 'PRINT' });
    expect(flow(a)).toEqual({ checklist: 'printing' });
    // Three idle periods and more: the warning would have wiped the session twice over.
    await vi.advanceTimersByTimeAsync(3 * 60_000 + 30_000 + 1);
    expect(at(a).matches({ session: { idle: 'active' } })).toBe(true);
    expect(flow(a)).toEqual({ checklist: 'printing' });
    release({ ok: false, error: { type: 'timeout' } });
    await vi.advanceTimersByTimeAsync(0);
    expect(flow(a)).toEqual({ checklist: 'failed' });
    // Once the job is over, the idle timer protects the session again.
    let waited = 0;
    while (!at(a).matches({ session: { idle: 'warning' } }) && waited <= 60_000) {
      await vi.advanceTimersByTimeAsync(1_000);
      waited += 1_000;
    }
    expect(waited).toBeLessThanOrEqual(60_000);
    expect(flow(a)).toEqual({ checklist: 'failed' });
  });

  it('gives at least 20 s to answer the warning (WCAG 2.2.1), whatever warning time it is given', async () => {
    vi.useFakeTimers();
    const a = createActor(kioskMachine, { input: { ...input, warningMs: 5_000 } }).start();
    expect(at(a).context.warningMs).toBe(20_000);
    a.send({ type: 'START' });
    a.send({ type: 'ANSWER', question: 'task', value: 'referral' });
    vi.advanceTimersByTime(60_000 + 1);
    expect(at(a).matches({ session: { idle: 'warning' } })).toBe(true);
    vi.advanceTimersByTime(19_990);
    expect(at(a).matches({ session: { idle: 'warning' } })).toBe(true);
    expect(at(a).context.answers.task).toBe('referral');
    vi.advanceTimersByTime(20);
    expect(at(a).value).toBe('attract');
    // A longer warning is kept as given.
    expect(createActor(kioskMachine, { input: { ...input, warningMs: 45_000 } }).start().getSnapshot().context.warningMs).toBe(45_000);
  });

  it('a visitor who only changed language, text size or contrast on the attract screen leaves nothing behind', () => {
    vi.useFakeTimers();
    for (const change of [
      { type: 'SET_LANG', lang: 'es' },
      { type: 'SET_TEXT_SIZE', size: 2 },
      { type: 'TOGGLE_CONTRAST' },
    ] as const satisfies KioskEvent[]) {
      const a = start();
      a.send(change);
      expect(at(a).context.prefs, change.type).not.toEqual(DEFAULT_PREFS);
      vi.advanceTimersByTime(59_000);
      expect(at(a).context.prefs, change.type).not.toEqual(DEFAULT_PREFS);
      vi.advanceTimersByTime(1_001);
      expect(at(a).value).toBe('attract');
      expect(at(a).context.prefs, change.type).toEqual(DEFAULT_PREFS);
      a.stop();
    }
  });

  it('wipes the "take your checklist" screen after the done time it is given, not before', async () => {
    vi.useFakeTimers();
    const machine = kioskMachine.provide({
      actors: { printChecklist: fromPromise(async (): Promise<PrintOutcome> => ({ ok: true, value: { jobId: 'Q-1', millis: 1 } })) },
    });
    const a = createActor(machine, { input: { ...input, doneMs: 4_000 } }).start();
    A.forEach((e) => a.send(e));
    a.send({ type: 'CONFIRM' });
    a.send({ type: 'PRINT' });
    await vi.advanceTimersByTimeAsync(0);
    expect(flow(a)).toEqual({ checklist: 'printed' });
    await vi.advanceTimersByTimeAsync(3_990);
    expect(flow(a)).toEqual({ checklist: 'printed' });
    await vi.advanceTimersByTimeAsync(20);
    expect(at(a).value).toBe('attract');
    expect(at(a).context.answers).toEqual({});
    // And Finish wipes at once.
    const b = createActor(machine, { input }).start();
    A.forEach((e) => b.send(e));
    b.send({ type: 'CONFIRM' });
    b.send({ type: 'PRINT' });
    await vi.advanceTimersByTimeAsync(0);
    b.send({ type: 'FINISH' });
    expect(b.getSnapshot().value).toBe('attract');
  });
});
