import { describe, expect, it } from 'vitest';
import type { CompleteAnswers, RegionAnswer } from '../../src/shared/answers';
import type { Content } from '../../src/shared/content/load';
import { buildPlan, type Plan } from '../../src/shared/plan';
import { realContent } from './content-fixture';

/**
 * Every task × where (each state and DC, territory, overseas area, "not sure") × who ×
 * credential — and for a move, × a destination of every kind — must give a usable plan in
 * both languages, with no unfilled placeholder and no contractor from another region.
 */
const content = realContent();

type Kind = 'east' | 'west' | 'territory' | 'overseas' | 'unsure';
const REGIONAL = new Set(content.regions.regions.map((r) => r.contractor).filter((c): c is string => !!c));
/** Things that name a regional contractor in text: its name words and its web address host. */
const MENTIONS: Record<string, RegExp> = {
  triwest: /TriWest|triwest\.com/,
  humana: /Humana|humanamilitary\.com/,
  isos: /International SOS|tricare-overseas\.com/,
};

export function allPlaces(c: Content): RegionAnswer[] {
  return [
    ...c.regions.states.map((s) => ({ kind: 'state' as const, code: s.code })),
    // A typed ZIP in a border state must not change anything but the notices.
    ...c.regions.states.filter((s) => s.carveOut).map((s) => ({ kind: 'state' as const, code: s.code, zip: '12345' })),
    ...c.regions.territories.map((t) => ({ kind: 'territory' as const, code: t.code })),
    ...c.regions.overseasAreas.map((a) => ({ kind: 'overseas' as const, area: a.id })),
    { kind: 'unsure' as const },
  ];
}

/** One destination of each kind, border states included, plus "no destination answered". */
const DESTINATIONS: (RegionAnswer | undefined)[] = [
  { kind: 'state', code: 'VA' },
  { kind: 'state', code: 'TX' },
  { kind: 'state', code: 'AR' },
  { kind: 'territory', code: 'PR' },
  { kind: 'overseas', area: 'pacific' },
  { kind: 'unsure' },
  undefined,
];

function kindOf(r: RegionAnswer | undefined): Kind {
  if (!r) return 'unsure';
  if (r.kind === 'state') return content.regions.states.find((s) => s.code === r.code)!.region as Kind;
  return r.kind;
}
function contractorsOf(r: RegionAnswer | undefined): string[] {
  const k = kindOf(r);
  if (k === 'unsure') return content.regions.unsure!.contractors;
  const id = k === 'territory' ? 'overseas' : k;
  return [content.regions.regions.find((x) => x.id === id)!.contractor!];
}
/** Border states (carve-outs) may show the other region's help line and a confirm notice. */
function otherRegionAllowed(r: RegionAnswer): string | undefined {
  if (r.kind !== 'state') return undefined;
  const other = content.regions.states.find((s) => s.code === r.code)?.carveOut?.region;
  return other ? content.regions.regions.find((x) => x.id === other)?.contractor : undefined;
}

/**
 * One pass over a plan: every string (for placeholders and mentions) and every {en, es}
 * pair (for translations). `answers` echo the input and `sources` are citations, not
 * directions, so neither is checked for mentions. `skip` drops parts allowed to name the
 * other region (a border state's confirm notice and its other-region help line).
 */
function scan(plan: Plan, skip: (x: unknown) => boolean) {
  const strings: string[] = [];
  const missing: string[] = [];
  const walk = (x: unknown, path: string): void => {
    if (typeof x === 'string') {
      strings.push(x);
      return;
    }
    if (typeof x !== 'object' || x === null || skip(x)) return;
    const o = x as Record<string, unknown>;
    if ('en' in o || 'es' in o) {
      if (typeof o.en !== 'string' || !o.en.trim() || typeof o.es !== 'string' || !o.es.trim()) missing.push(path);
      strings.push(String(o.en), String(o.es));
      return;
    }
    for (const k in o) if (k !== 'answers' && k !== 'sources') walk(o[k], `${path}.${k}`);
  };
  walk(plan, '');
  return { blob: strings.join('\n'), missing };
}

function problems(a: CompleteAnswers, plan: Plan): string[] {
  const out: string[] = [];
  if (plan.portals.length === 0) out.push('no portal');
  if (plan.signIn.advice.length + plan.signIn.setup.length === 0) out.push('no sign-in advice or set-up');
  if ((a.credential === 'none' || a.credential === 'not-sure') && plan.signIn.setup.length === 0) out.push('no set-up for none/not sure');
  if (plan.helpLines.length === 0) out.push('no help line');
  if (plan.steps.length === 0) out.push('no steps');
  const isMove = a.task === 'move';
  const other = isMove ? undefined : otherRegionAllowed(a.region);
  const otherHelp = new Set(other ? content.portals.find((p) => p.id === other)!.helpLines : []);
  const skip = (x: unknown) => {
    const o = x as { kind?: string; id?: string; phone?: string };
    // "Not sure" may say that overseas means International SOS; a border state asks to confirm.
    if (o.kind === 'confirm-region' && other) return true;
    if (o.id === 'region-unsure' && a.region.kind === 'unsure') return true;
    return typeof o.phone === 'string' && otherHelp.has(o.id ?? '');
  };
  const { blob, missing } = scan(plan, skip);
  const ph = blob.match(/\{[^}\n]*\}/);
  if (ph) out.push(`unfilled placeholder ${ph[0]}`);
  for (const m of missing) out.push(`missing language at ${m}`);
  const regional = plan.portals.map((p) => p.id).filter((id) => REGIONAL.has(id));
  if (isMove) {
    const allowed = new Set([...contractorsOf(a.region), ...contractorsOf(a.destination)]);
    for (const id of regional) if (!allowed.has(id)) out.push(`move shows unrelated contractor ${id}`);
    return out;
  }
  const own = new Set(contractorsOf(a.region));
  for (const id of regional) if (!own.has(id)) out.push(`shows portal ${id} of another region`);
  for (const [id, re] of Object.entries(MENTIONS)) {
    if (!own.has(id) && re.test(blob)) out.push(`mentions ${id} (another region)`);
  }
  return out;
}

describe('buildPlan over every combination', () => {
  const places = allPlaces(content);
  // One test per task, so a failure names the task and no single test runs for long.
  for (const task of content.tasks) {
    it(`${task.id}: a complete, bilingual, region-correct plan for every where × who × credential`, () => {
      const failures = new Map<string, string[]>();
      let count = 0;
      for (const region of places) {
        for (const destination of task.askDestination ? DESTINATIONS : [undefined]) {
          for (const who of content.beneficiaries) {
            for (const cred of content.credentials) {
              const a: CompleteAnswers = {
                task: task.id,
                region,
                ...(destination ? { destination } : {}),
                beneficiary: who.id,
                credential: cred.id,
              };
              count++;
              for (const p of problems(a, buildPlan(a, content))) {
                const list = failures.get(p) ?? [];
                if (list.length < 3) list.push(JSON.stringify(a));
                failures.set(p, list);
              }
            }
          }
        }
      }
      // Every combination was built (places × beneficiaries × credentials, × destinations for
      // a move): checked here, inside the test, so it holds when run alone (-t) too.
      const expected = places.length * content.beneficiaries.length * content.credentials.length * (task.askDestination ? DESTINATIONS.length : 1);
      expect(count).toBe(expected);
      expect(count).toBeGreaterThan(0);
      expect(Object.fromEntries(failures)).toEqual({});
    });
  }
});
