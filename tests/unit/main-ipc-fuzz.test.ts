import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createIpcHandlers, unknownAnswerIds } from '../../src/main/ipc-handlers';
import { DEFAULT_SETTINGS } from '../../src/main/settings';
import { createStaffLog } from '../../src/main/staff-log';
import { CHANNELS, PrintRequestSchema, type PrintRequest } from '../../src/shared/ipc';
import { realContent } from './content-fixture';

/**
 * IPC fuzzing, kept as a test (issue 14, probe L2/L3/I4): thousands of random and malformed
 * payloads to every channel — anything fast-check makes (null prototypes, typed arrays, sparse
 * arrays, bigints, dates, maps), huge strings, own __proto__ keys, deep nesting, NaN and
 * Infinity, extra keys, and well-formed requests with unknown ids. Each must be refused with
 * the channel's typed answer; nothing throws, nothing hangs, nothing is polluted, and every
 * log line stays short and free of control characters.
 */
const content = realContent();
const RUNS = Number(process.env.KIOSK_FUZZ_RUNS ?? 2_000);
const good: PrintRequest = {
  answers: { task: 'referral', region: { kind: 'state', code: 'CA' }, beneficiary: 'adfm', credential: 'myauth' },
  lang: 'en',
};

function setup() {
  const lines: string[] = [];
  const log = createStaffLog('/dev/null/not-a-dir/kiosk.log', { fallbackFile: '/dev/null/also-not/k.log', stderr: (l) => void lines.push(l) });
  lines.length = 0;
  const printed: PrintRequest[] = [];
  const prepared: PrintRequest[] = [];
  const usage: unknown[] = [];
  let t = 0;
  const handlers = createIpcHandlers({
    content: { ok: true, value: content },
    settings: { ...DEFAULT_SETTINGS, printer: 'KioskPDF' },
    printChecklist: async (r) => (printed.push(r), { ok: true, value: { jobId: 'Q-1', millis: 1 } }),
    preparePrint: (r) => void prepared.push(r),
    usage: { record: (e) => void usage.push(e), snapshot: () => ({}) },
    log,
    // every call is a new rate-limit window, so each refusal is really written and measured
    now: () => (t += 11 * 60_000),
  });
  return { handlers, lines, printed, prepared, usage };
}

const slug = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
const code = fc.stringMatching(/^[A-Z]{2}$/);
const nasty = fc.oneof(
  fc.constant(Number.NaN),
  fc.constant(Number.POSITIVE_INFINITY),
  fc.constant(-0),
  fc.constant(2n ** 70n),
  fc.constant('x'.repeat(1_000_000)),
  fc.constant('\u001b[2J\u0007\u202e'),
  fc.constant(Object.create(null)),
  fc.constant(new Uint8Array(100_000)),
  fc.constant(JSON.parse('{"__proto__": {"polluted": true}}')),
  fc.integer().map((n) => n % 5_000).map((depth) => {
    let x: unknown = 'leaf';
    for (let i = 0; i < Math.abs(depth); i++) x = { a: x };
    return x;
  }),
);
const region = fc.oneof(
  fc.record({ kind: fc.constant('state'), code }),
  fc.record({ kind: fc.constant('territory'), code }),
  fc.record({ kind: fc.constant('overseas'), area: slug }),
  fc.record({ kind: fc.constant('state'), code: fc.constantFrom('CA', 'TX', 'PR'), zip: fc.stringMatching(/^\d{5}$/) }),
);
/** Well-formed requests (they pass the schema) with random, mostly unknown ids. */
const wellFormed = fc.record({
  answers: fc.record({ task: slug, region, beneficiary: slug, credential: slug }),
  lang: fc.constantFrom('en', 'es'),
});
/** A good request with one part broken: an extra key, a nasty value, a key named __proto__. */
const mutated = fc.tuple(fc.constantFrom('top', 'answers', 'region'), fc.string({ maxLength: 30 }), nasty).map(([where, key, value]) => {
  const r = structuredClone(good) as unknown as Record<string, any>;
  const target = where === 'top' ? r : where === 'answers' ? r.answers : r.answers.region;
  Object.defineProperty(target, key === '' ? '__proto__' : key, { value, enumerable: true, configurable: true, writable: true });
  return r;
});
const anything = fc.anything({
  maxDepth: 6,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withBoxedValues: true,
});
/** Requests and usage events built from the content's own ids: these must go through. */
const known = fc.oneof(
  fc.record({
    answers: fc.record({
      task: fc.constantFrom(...content.tasks.map((t) => t.id)),
      region: fc.constantFrom(...content.regions.states.map((s) => ({ kind: 'state' as const, code: s.code }))),
      beneficiary: fc.constantFrom(...content.beneficiaries.map((b) => b.id)),
      credential: fc.constantFrom(...content.credentials.map((c) => c.id)),
    }),
    lang: fc.constantFrom('en', 'es'),
  }),
  fc.record({ type: fc.constantFrom('checklist-shown', 'printed', 'idle-reset'), task: fc.constantFrom(...content.tasks.map((t) => t.id)) }),
);
const payload = fc.oneof(anything, nasty, wellFormed, mutated, known, fc.array(anything, { maxLength: 4 }));

const clone = (x: unknown): unknown => {
  try {
    return structuredClone(x);
  } catch {
    return undefined; // cannot cross IPC at all; the raw value is still sent
  }
};

const withTimeout = <T>(p: Promise<T>, ms = 2_000) =>
  Promise.race([p, new Promise<never>((_r, reject) => setTimeout(() => reject(new Error(`hung for ${ms} ms`)), ms))]);

describe('IPC fuzzing', () => {
  it(`${RUNS} payloads × raw and structured-cloned, to every channel: typed refusals only, short clean log lines`, async () => {
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const { handlers, lines, printed, prepared, usage } = setup();
    const stats: Record<string, { sent: number; refused: number; accepted: number }> = {};
    for (const ch of Object.values(CHANNELS)) stats[ch] = { sent: 0, refused: 0, accepted: 0 };
    const samples = fc.sample(payload, { numRuns: RUNS, seed: 20261202 });
    for (const raw of samples) {
      for (const p of [raw, clone(raw)]) {
        const print = await withTimeout(handlers[CHANNELS.printChecklist]!(p) as Promise<{ ok: boolean; error?: { type: string } }>);
        stats[CHANNELS.printChecklist]!.sent += 1;
        if (print.ok) stats[CHANNELS.printChecklist]!.accepted += 1;
        else {
          expect(print).toEqual({ ok: false, error: { type: 'invalid-request' } });
          stats[CHANNELS.printChecklist]!.refused += 1;
        }
        // Rendering ahead takes the same request, checked the same way, and answers nothing.
        const preparedBefore = prepared.length;
        expect(await withTimeout(handlers[CHANNELS.preparePrint]!(p))).toBeUndefined();
        stats[CHANNELS.preparePrint]!.sent += 1;
        const preparedNow = prepared.length > preparedBefore;
        stats[CHANNELS.preparePrint]![preparedNow ? 'accepted' : 'refused'] += 1;
        expect(preparedNow, 'print:prepare accepts exactly what print accepts').toBe(print.ok);
        const before = usage.length;
        expect(await withTimeout(handlers[CHANNELS.recordUsage]!(p))).toBeUndefined();
        stats[CHANNELS.recordUsage]!.sent += 1;
        stats[CHANNELS.recordUsage]![usage.length > before ? 'accepted' : 'refused'] += 1;
        const loaded = (await withTimeout(handlers[CHANNELS.loadContent]!(p))) as { ok: boolean };
        expect(loaded.ok).toBe(true);
        stats[CHANNELS.loadContent]!.sent += 1;
        stats[CHANNELS.loadContent]!.refused += 1; // its argument is never used
        expect(await withTimeout(handlers[CHANNELS.getSettings]!(p))).toMatchObject({ printerConfigured: true });
        stats[CHANNELS.getSettings]!.sent += 1;
        stats[CHANNELS.getSettings]!.accepted += 1; // takes no argument; answers the same settings
      }
    }
    // Whatever was accepted is a clean request whose every id the content has.
    expect(prepared).toEqual(printed);
    for (const r of printed) {
      expect(PrintRequestSchema.parse(r)).toEqual(r);
      expect(unknownAnswerIds(r, content)).toEqual([]);
      expect(Object.getPrototypeOf(r)).toBe(Object.prototype);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const maxLine = Math.max(...lines.map((l) => l.length));
    expect(maxLine).toBeLessThan(600);
    expect(lines.filter((l) => /[\u0000-\u0008\u000b-\u001f\u007f\u202e]/.test(l.slice(0, -1)))).toEqual([]);
    expect(stats[CHANNELS.printChecklist]!.refused).toBeGreaterThan(RUNS);
    expect(stats[CHANNELS.printChecklist]!.accepted).toBeGreaterThan(0);
    expect(stats[CHANNELS.recordUsage]!.accepted).toBeGreaterThan(0);
    console.log(
      `[ipc fuzz] ${RUNS} payloads, each sent raw and structured-cloned:\n` +
        Object.entries(stats)
          .map(([ch, s]) => `  ${ch}: ${s.sent} sent, ${s.refused} refused/ignored, ${s.accepted} accepted`)
          .join('\n') +
        `\n  log lines: ${lines.length}, longest ${maxLine} characters`,
    );
  }, 240_000);

  it('well-formed but unknown ids are refused for every field; known ones go through', async () => {
    const { handlers, printed } = setup();
    await fc.assert(
      fc.asyncProperty(wellFormed, async (req) => {
        const out = (await handlers[CHANNELS.printChecklist]!(req)) as { ok: boolean };
        expect(out.ok).toBe(unknownAnswerIds(req as PrintRequest, content).length === 0);
      }),
      { numRuns: 1_000, seed: 7 },
    );
    expect(await handlers[CHANNELS.printChecklist]!(good)).toMatchObject({ ok: true });
    expect(printed.at(-1)).toEqual(good);
  });
});
