import { describe, expect, it } from 'vitest';
import { transition } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { answersComplete, kioskMachine, type KioskEvent } from '../../src/shared/machine';

/**
 * Model-based check of the flow: explore every state reachable with a small alphabet of
 * events and assert the invariants that protect a visitor in each one.
 */
const events: KioskEvent[] = [
  { type: 'START' },
  { type: 'ANSWER', question: 'task', value: 'referral' },
  { type: 'ANSWER', question: 'task', value: 'move' },
  { type: 'ANSWER', question: 'region', value: { kind: 'state', code: 'VA' } },
  { type: 'ANSWER', question: 'region', value: { kind: 'unsure' } },
  { type: 'ANSWER', question: 'destination', value: { kind: 'state', code: 'TX' } },
  { type: 'ANSWER', question: 'beneficiary', value: 'adfm' },
  { type: 'ANSWER', question: 'credential', value: 'none' },
  { type: 'BACK' },
  { type: 'EDIT', question: 'task' },
  { type: 'EDIT', question: 'region' },
  { type: 'EDIT', question: 'destination' },
  { type: 'EDIT', question: 'credential' },
  { type: 'CONFIRM' },
  { type: 'START_OVER' },
  { type: 'FINISH' },
];

const paths = getShortestPaths(kioskMachine, {
  input: { destinationTasks: ['move'] },
  events,
  serializeState: (s) => JSON.stringify([s.value, s.context.answers, s.context.editing]),
});

const flowOf = (value: unknown): string | undefined => {
  const flow = (value as { session?: { flow?: unknown } }).session?.flow;
  return typeof flow === 'string' ? flow : flow ? Object.keys(flow as object)[0] : undefined;
};

describe('kiosk machine, explored', () => {
  it('reaches every screen of the flow', () => {
    const screens = new Set(paths.map((p) => (p.state.value === 'attract' ? 'attract' : flowOf(p.state.value))));
    expect([...screens].sort()).toEqual(
      ['attract', 'beneficiary', 'checklist', 'credential', 'destination', 'region', 'review', 'task'].sort(),
    );
    expect(paths.length).toBeGreaterThan(100);
  });

  it('never rests in a routing state', () => {
    const resting = paths.map((p) => flowOf(p.state.value)).filter((f) => f?.startsWith('route-'));
    expect(resting).toEqual([]);
  });

  it('holds the invariants in every reachable state', () => {
    for (const { state } of paths) {
      const ctx = state.context;
      const flow = flowOf(state.value);
      const where = JSON.stringify(state.value);
      if (state.value === 'attract') expect(ctx.answers, where).toEqual({});
      if (flow === 'review' || flow === 'checklist') expect(answersComplete(ctx), where).toBe(true);
      if (ctx.answers.destination) expect(ctx.answers.task, where).toBe('move');
      if (flow === 'destination') expect(ctx.answers.task, where).toBe('move');
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
