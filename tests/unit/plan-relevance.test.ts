import { describe, expect, it } from 'vitest';
import { createActor, fromPromise } from 'xstate';
import type { CompleteAnswers, RegionAnswer } from '../../src/shared/answers';
import { parseContent, type Content } from '../../src/shared/content/load';
import type { PrintOutcome, PrintRequest } from '../../src/shared/ipc';
import { kioskMachine, questionsFor } from '../../src/shared/machine';
import { ASKED_QUESTIONS, buildPlan, questionGuide, type AskedQuestion, type Plan } from '../../src/shared/plan';
import { rawFiles, realContent } from './content-fixture';

/**
 * A question whose answer cannot change the checklist is not asked (issue 9). Which ones is
 * derived from data/ by questionGuide; these tests check the derivation against buildPlan
 * itself: wherever a question is skipped, every answer to it gives the very same plan as no
 * answer, and where East/West cannot matter no border notice appears.
 */
const content = realContent();
const guide = questionGuide(content);

const places = (c: Content): RegionAnswer[] => [
  ...c.regions.states.map((s) => ({ kind: 'state' as const, code: s.code })),
  ...c.regions.states.filter((s) => s.carveOut).map((s) => ({ kind: 'state' as const, code: s.code, zip: '12345' })),
  ...c.regions.territories.map((t) => ({ kind: 'territory' as const, code: t.code })),
  ...c.regions.overseasAreas.map((a) => ({ kind: 'overseas' as const, area: a.id })),
  { kind: 'unsure' as const },
];
const DESTINATIONS: RegionAnswer[] = [{ kind: 'state', code: 'VA' }, { kind: 'state', code: 'AR' }, { kind: 'territory', code: 'AS' }, { kind: 'overseas', area: 'pacific' }, { kind: 'unsure' }];
const without = (a: CompleteAnswers, q: AskedQuestion): CompleteAnswers => {
  const copy = { ...a };
  delete copy[q];
  return copy;
};
const valuesOf = (q: AskedQuestion): unknown[] =>
  q === 'region' ? places(content) : q === 'destination' ? DESTINATIONS : q === 'beneficiary' ? content.beneficiaries.map((b) => b.id) : content.credentials.map((c) => c.id);

describe('which questions each task asks (derived from data/)', () => {
  it('lists them (for the closing note) and skips what cannot matter', () => {
    const table = content.tasks.map((t) => {
      const asked = ASKED_QUESTIONS.filter((q) => guide.asks(q, { task: t.id }));
      return `  ${t.id.padEnd(18)} asks ${asked.join(', ') || '(task only)'}${asked.includes('region') && !guide.borders('region', { task: t.id }) ? '  (no border notice / ZIP)' : ''}`;
    });
    console.log(`questions per task (before later answers narrow them further):\n${table.join('\n')}`);
    // The MHS GENESIS portal is the same for everyone, wherever they live: no region, no "who are you".
    expect(guide.asks('region', { task: 'health-records' })).toBe(false);
    expect(guide.asks('beneficiary', { task: 'health-records' })).toBe(false);
    expect(guide.asks('credential', { task: 'health-records' })).toBe(true);
    // Express Scripts has its own account whatever DoD sign-in the visitor has.
    expect(guide.asks('credential', { task: 'pharmacy-refill', region: { kind: 'state', code: 'VA' }, beneficiary: 'retiree' })).toBe(false);
    // Overseas changes the pharmacy plan; East versus West does not.
    expect(guide.asks('region', { task: 'pharmacy-refill' })).toBe(true);
    expect(guide.borders('region', { task: 'pharmacy-refill' })).toBe(false);
    // A move needs everything, and the border of both places.
    for (const q of ASKED_QUESTIONS) expect(guide.asks(q, { task: 'move', region: { kind: 'state', code: 'VA' } }), q).toBe(true);
    expect(guide.borders('destination', { task: 'move', region: { kind: 'state', code: 'VA' } })).toBe(true);
    // Retiree dental is BENEFEDS for everyone: no sign-in question after "retiree".
    expect(guide.asks('credential', { task: 'dental', region: { kind: 'state', code: 'VA' }, beneficiary: 'retiree' })).toBe(false);
    expect(guide.asks('credential', { task: 'dental', region: { kind: 'state', code: 'VA' }, beneficiary: 'adfm' })).toBe(true);
  });

  it('comes from the rules, not a list: a rule that reads the place makes the region question come back', () => {
    const files = rawFiles() as Record<string, any>;
    files['rules.json'].push({
      id: 'records-west-extra',
      when: { task: ['health-records'], where: ['west'] },
      steps: [{ text: { en: 'An extra West step.', es: 'Un paso extra del Oeste.' }, source: 'https://www.tricare.mil', reviewed: '2026-12-02' }],
      source: 'https://www.tricare.mil',
      reviewed: '2026-12-02',
    });
    const r = parseContent(files);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(questionGuide(r.value).asks('region', { task: 'health-records' })).toBe(true);
    expect(questionGuide(r.value).borders('region', { task: 'health-records' })).toBe(true);
  });
});

describe('a skipped question changes nothing (checked against buildPlan)', () => {
  const strip = (p: Plan) => JSON.stringify({ ...p, answers: undefined });
  for (const task of content.tasks) {
    it(`${task.id}: every answer to a skipped question gives the plan of no answer`, () => {
      const failures: string[] = [];
      let compared = 0;
      const same = (q: AskedQuestion, known: CompleteAnswers) => {
        const base = strip(buildPlan(known, content));
        for (const v of valuesOf(q)) {
          compared++;
          const a = { ...known, [q]: v } as CompleteAnswers;
          if (strip(buildPlan(a, content)) !== base && failures.length < 5) failures.push(`${q}=${JSON.stringify(v)} changes ${JSON.stringify(known)}`);
        }
      };
      const t = { task: task.id };
      const askRegion = guide.asks('region', t);
      if (!askRegion) for (const beneficiary of content.beneficiaries) for (const c of content.credentials) same('region', { ...t, beneficiary: beneficiary.id, credential: c.id });
      for (const region of askRegion ? places(content) : [undefined]) {
        for (const destination of task.askDestination ? DESTINATIONS : [undefined]) {
          const k: CompleteAnswers = { ...t, ...(region ? { region } : {}), ...(destination ? { destination } : {}) };
          const askWho = guide.asks('beneficiary', k);
          if (!askWho) for (const c of content.credentials) same('beneficiary', { ...k, credential: c.id });
          for (const who of askWho ? content.beneficiaries.map((b) => b.id) : [undefined]) {
            const k2: CompleteAnswers = { ...k, ...(who ? { beneficiary: who } : {}) };
            if (!guide.asks('credential', k2)) same('credential', k2);
          }
        }
      }
      if (compared > 0) console.log(`${task.id}: ${compared} skipped answers compared`);
      expect(failures).toEqual([]);
    }, 240_000);
  }

  it('where East/West cannot matter, a border state gives the same plan as its region\'s other states (no notice, no ZIP)', () => {
    for (const task of content.tasks) {
      if (!guide.asks('region', { task: task.id }) || guide.borders('region', { task: task.id })) continue;
      for (const who of ['adfm', 'retiree']) {
        const plain = (code: string, zip?: string) =>
          JSON.stringify({ ...buildPlan({ task: task.id, region: { kind: 'state', code, ...(zip ? { zip } : {}) }, beneficiary: who, credential: 'myauth' }, content), answers: undefined, summary: undefined });
        expect(plain('AR', '72201'), `${task.id}: AR vs CA`).toBe(plain('CA'));
        expect(plain('IN'), `${task.id}: IN vs VA`).toBe(plain('VA'));
      }
    }
  });
});

describe('the machine skips what the guide skips', () => {
  const asks = (q: AskedQuestion, a: CompleteAnswers) => guide.asks(q, a);
  const start = (requests: PrintRequest[] = []) => {
    const machine = kioskMachine.provide({
      actors: {
        printChecklist: fromPromise<PrintOutcome, PrintRequest>(async ({ input }) => {
          requests.push(input);
          return { ok: true, value: { jobId: 'q-1', millis: 1 } };
        }),
      },
    });
    const actor = createActor(machine, { input: { destinationTasks: ['move'], asks } }).start();
    actor.send({ type: 'START' });
    return actor;
  };
  const flow = (a: ReturnType<typeof start>) => (a.getSnapshot().value as { session: { flow: unknown } }).session.flow;

  it('health records: task, then the sign-in question, then review; Back skips the same way; the print request has no region', async () => {
    const requests: PrintRequest[] = [];
    const a = start(requests);
    a.send({ type: 'ANSWER', question: 'task', value: 'health-records' });
    expect(flow(a)).toBe('credential');
    expect(questionsFor(a.getSnapshot().context)).toEqual(['task', 'credential']);
    a.send({ type: 'BACK' });
    expect(flow(a)).toBe('task');
    a.send({ type: 'ANSWER', question: 'task', value: 'health-records' });
    a.send({ type: 'ANSWER', question: 'credential', value: 'myauth' });
    expect(flow(a)).toBe('review');
    a.send({ type: 'CONFIRM' });
    a.send({ type: 'PRINT' });
    await new Promise((r) => setTimeout(r, 0));
    expect(requests[0]!.answers).toEqual({ task: 'health-records', credential: 'myauth' });
    // The plan main builds from that request shows only what was asked.
    expect(buildPlan(requests[0]!.answers, content).summary.map((s) => s.question)).toEqual(['task', 'credential']);
  });

  it('pharmacy: where and who are asked, the sign-in is not; changing the task on review brings questions back', () => {
    const a = start();
    a.send({ type: 'ANSWER', question: 'task', value: 'pharmacy-refill' });
    a.send({ type: 'ANSWER', question: 'region', value: { kind: 'state', code: 'VA' } });
    a.send({ type: 'ANSWER', question: 'beneficiary', value: 'retiree' });
    expect(flow(a)).toBe('review');
    a.send({ type: 'EDIT', question: 'task' });
    a.send({ type: 'ANSWER', question: 'task', value: 'referral' });
    // Referral reads the sign-in (TriWest caveats): the missing answer is asked, then review.
    expect(flow(a)).toBe('credential');
  });
});
