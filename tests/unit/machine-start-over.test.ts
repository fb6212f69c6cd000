import { afterEach, describe, expect, it, vi } from 'vitest';
import { createActor, fromPromise } from 'xstate';
import type { PrintOutcome } from '../../src/shared/ipc';
import { DEFAULT_PREFS, kioskMachine, PRINT_DEADLINE_MARGIN_MS, type KioskEvent } from '../../src/shared/machine';

/**
 * The machine's parts of issue #10: Start over asks first and keeps the visitor's display
 * settings; the end of a visit (idle time-out, after printing, Finish) clears them; a print
 * that never answers ends on the failure screen at the print deadline; "Back to my checklist"
 * from a failed print.
 */

const input = { destinationTasks: ['move'], idleMs: 60_000, warningMs: 30_000, doneMs: 15_000, printTimeoutMs: 20_000 };

const A: KioskEvent[] = [
  { type: 'START' },
  { type: 'ANSWER', question: 'task', value: 'referral' },
  { type: 'ANSWER', question: 'region', value: { kind: 'state', code: 'CA' } },
  { type: 'ANSWER', question: 'beneficiary', value: 'adfm' },
  { type: 'ANSWER', question: 'credential', value: 'myauth' },
];
const PREFS: KioskEvent[] = [
  { type: 'SET_LANG', lang: 'es' },
  { type: 'SET_TEXT_SIZE', size: 2 },
  { type: 'TOGGLE_CONTRAST' },
];
const VISITOR_PREFS = { lang: 'es', textSize: 2, highContrast: true, audio: false };

type Print = () => Promise<PrintOutcome>;
const never: Print = () => new Promise<PrintOutcome>(() => {});
const ok: Print = async () => ({ ok: true, value: { jobId: 'KioskPDF-1', millis: 10 } });
const fails: Print = async () => ({ ok: false, error: { type: 'queue-disabled' } });

function start(print: Print = ok, counted: string[] = []) {
  const machine = kioskMachine.provide({
    actors: { printChecklist: fromPromise(print) },
    actions: { countUsage: (_args, { type }) => void counted.push(type) },
  });
  const actor = createActor(machine, { input });
  actor.start();
  return actor;
}
type Actor = ReturnType<typeof start>;

const value = (a: Actor) => a.getSnapshot().value as { session?: { flow: unknown; dialog: string; idle: string } } | string;
const flow = (a: Actor) => (typeof value(a) === 'string' ? value(a) : (value(a) as { session: { flow: unknown } }).session.flow);
const dialog = (a: Actor) => (typeof value(a) === 'string' ? null : (value(a) as { session: { dialog: string } }).session.dialog);

afterEach(() => vi.useRealTimers());

describe('Start over asks first', () => {
  it('opens "Start over?" and changes nothing until the visitor answers', () => {
    const a = start();
    A.forEach((e) => a.send(e));
    a.send({ type: 'START_OVER' });
    expect(dialog(a)).toBe('startOver');
    expect(flow(a)).toBe('review');
    expect(a.getSnapshot().context.answers.task).toBe('referral');
  });

  it('while it is open, taps meant for the screen behind it do nothing', () => {
    const a = start();
    A.slice(0, 3).forEach((e) => a.send(e));
    expect(flow(a)).toBe('beneficiary');
    a.send({ type: 'START_OVER' });
    const before = JSON.stringify(a.getSnapshot().context.answers);
    for (const e of [
      { type: 'ANSWER', question: 'beneficiary', value: 'adfm' },
      { type: 'BACK' },
      { type: 'EDIT', question: 'task' },
      { type: 'CONFIRM' },
      { type: 'PRINT' },
      { type: 'FINISH' },
    ] as KioskEvent[]) {
      a.send(e);
      expect(flow(a), e.type).toBe('beneficiary');
    }
    expect(JSON.stringify(a.getSnapshot().context.answers)).toBe(before);
  });

  it('"Keep my answers" closes it and the visitor carries on where they were', () => {
    const a = start();
    A.forEach((e) => a.send(e));
    a.send({ type: 'START_OVER' });
    a.send({ type: 'KEEP_ANSWERS' });
    expect(dialog(a)).toBe('closed');
    expect(flow(a)).toBe('review');
    a.send({ type: 'CONFIRM' });
    expect(flow(a)).toEqual({ checklist: 'viewing' });
  });

  it('"Start over" clears the answers but keeps language, text size and contrast', () => {
    const counted: string[] = [];
    const a = start(ok, counted);
    A.forEach((e) => a.send(e));
    PREFS.forEach((e) => a.send(e));
    a.send({ type: 'START_OVER' });
    a.send({ type: 'CONFIRM_START_OVER' });
    expect(a.getSnapshot().value).toBe('attract');
    expect(a.getSnapshot().context.answers).toEqual({});
    expect(a.getSnapshot().context.prefs).toEqual(VISITOR_PREFS);
    expect(counted).toContain('started-over');
    // A new round starts with the question closed.
    a.send({ type: 'START' });
    expect(dialog(a)).toBe('closed');
  });

  it('a visitor who starts over and walks away leaves nothing: the welcome screen resets the settings when idle', async () => {
    vi.useFakeTimers();
    const a = start();
    A.forEach((e) => a.send(e));
    PREFS.forEach((e) => a.send(e));
    a.send({ type: 'START_OVER' });
    a.send({ type: 'CONFIRM_START_OVER' });
    await vi.advanceTimersByTimeAsync(60_001);
    expect(a.getSnapshot().context.prefs).toEqual(DEFAULT_PREFS);
  });

  it('can be asked while printing; the visitor can leave before the job answers', async () => {
    const a = start(never);
    A.forEach((e) => a.send(e));
    a.send({ type: 'CONFIRM' });
    a.send({ type: 'PRINT' });
    expect(flow(a)).toEqual({ checklist: 'printing' });
    a.send({ type: 'START_OVER' });
    expect(dialog(a)).toBe('startOver');
    a.send({ type: 'CONFIRM_START_OVER' });
    expect(a.getSnapshot().value).toBe('attract');
    expect(a.getSnapshot().context.printing).toBe(false);
  });
});

describe('the end of a visit clears the display settings too', () => {
  it('idle time-out', async () => {
    vi.useFakeTimers();
    const a = start();
    A.forEach((e) => a.send(e));
    PREFS.forEach((e) => a.send(e));
    await vi.advanceTimersByTimeAsync(60_000 + 30_000 + 1);
    expect(a.getSnapshot().value).toBe('attract');
    expect(a.getSnapshot().context.prefs).toEqual(DEFAULT_PREFS);
    expect(a.getSnapshot().context.answers).toEqual({});
  });

  it('idle time-out with the Start-over question left open', async () => {
    vi.useFakeTimers();
    const a = start();
    A.forEach((e) => a.send(e));
    PREFS.forEach((e) => a.send(e));
    a.send({ type: 'START_OVER' });
    await vi.advanceTimersByTimeAsync(60_000 + 30_000 + 1);
    expect(a.getSnapshot().value).toBe('attract');
    expect(a.getSnapshot().context.prefs).toEqual(DEFAULT_PREFS);
  });

  it('after printing: on Finish, and by itself after the done time', async () => {
    vi.useFakeTimers();
    for (const finish of [true, false]) {
      const a = start(ok);
      A.forEach((e) => a.send(e));
      PREFS.forEach((e) => a.send(e));
      a.send({ type: 'CONFIRM' });
      a.send({ type: 'PRINT' });
      await vi.advanceTimersByTimeAsync(0);
      expect(flow(a)).toEqual({ checklist: 'printed' });
      if (finish) a.send({ type: 'FINISH' });
      else await vi.advanceTimersByTimeAsync(15_001);
      expect(a.getSnapshot().value).toBe('attract');
      expect(a.getSnapshot().context.prefs).toEqual(DEFAULT_PREFS);
    }
  });

  it('"Finish without printing" after a failed print', async () => {
    const a = start(fails);
    A.forEach((e) => a.send(e));
    PREFS.forEach((e) => a.send(e));
    a.send({ type: 'CONFIRM' });
    a.send({ type: 'PRINT' });
    await new Promise((r) => setTimeout(r, 0));
    expect(flow(a)).toEqual({ checklist: 'failed' });
    a.send({ type: 'FINISH' });
    expect(a.getSnapshot().value).toBe('attract');
    expect(a.getSnapshot().context.prefs).toEqual(DEFAULT_PREFS);
  });
});

describe('printing: the deadline and the way back', () => {
  it('a print that never answers ends on the failure screen at the print time-out plus the margin', async () => {
    vi.useFakeTimers();
    const counted: string[] = [];
    const a = start(never, counted);
    A.forEach((e) => a.send(e));
    a.send({ type: 'CONFIRM' });
    a.send({ type: 'PRINT' });
    await vi.advanceTimersByTimeAsync(20_000 + PRINT_DEADLINE_MARGIN_MS - 100);
    expect(flow(a)).toEqual({ checklist: 'printing' });
    await vi.advanceTimersByTimeAsync(200);
    expect(flow(a)).toEqual({ checklist: 'failed' });
    expect(a.getSnapshot().context.printError).toBe('timeout');
    expect(a.getSnapshot().context.printing).toBe(false);
    expect(counted.filter((c) => c === 'print-failed')).toHaveLength(1);
  });

  it('a print that answers in time is not overtaken by the deadline', async () => {
    vi.useFakeTimers();
    const a = start(ok);
    A.forEach((e) => a.send(e));
    a.send({ type: 'CONFIRM' });
    a.send({ type: 'PRINT' });
    await vi.advanceTimersByTimeAsync(0);
    expect(flow(a)).toEqual({ checklist: 'printed' });
    await vi.advanceTimersByTimeAsync(14_000);
    expect(flow(a)).toEqual({ checklist: 'printed' });
  });

  it('the deadline comes from the settings (default 60 s, plus the margin)', async () => {
    vi.useFakeTimers();
    const a = createActor(kioskMachine.provide({ actors: { printChecklist: fromPromise(never) } }), {
      input: { destinationTasks: [] },
    }).start();
    A.forEach((e) => a.send(e));
    a.send({ type: 'CONFIRM' });
    a.send({ type: 'PRINT' });
    await vi.advanceTimersByTimeAsync(60_000 + PRINT_DEADLINE_MARGIN_MS - 1_000);
    expect(a.getSnapshot().context.printing).toBe(true);
    await vi.advanceTimersByTimeAsync(1_001);
    expect(a.getSnapshot().context.printError).toBe('timeout');
  });

  it('"Back to my checklist" after a failed print keeps every answer', async () => {
    const a = start(fails);
    A.forEach((e) => a.send(e));
    a.send({ type: 'CONFIRM' });
    a.send({ type: 'PRINT' });
    await new Promise((r) => setTimeout(r, 0));
    expect(flow(a)).toEqual({ checklist: 'failed' });
    a.send({ type: 'BACK' });
    expect(flow(a)).toEqual({ checklist: 'viewing' });
    expect(a.getSnapshot().context.answers).toMatchObject({ task: 'referral', credential: 'myauth' });
  });
});
