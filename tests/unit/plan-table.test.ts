import { describe, expect, it } from 'vitest';
import type { CompleteAnswers, RegionAnswer } from '../../src/shared/answers';
import type { Content } from '../../src/shared/content/load';
import { buildPlan, type Plan } from '../../src/shared/plan';
import { checklistDocument, printString, type ChecklistDocument, type DocItem } from '../../src/shared/checklist';
import { esc, renderChecklistBody, rich } from '../../src/shared/checklist/html';
import { LANGS } from '../../src/shared/i18n';
import { paperContradictions } from './checklist-contradictions';
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
    // A glossary entry's word lists ({en: [...], es: [...]}): both languages, none blank.
    if (Array.isArray(o.en) || Array.isArray(o.es)) {
      const ok = (v: unknown) => Array.isArray(v) && v.length > 0 && v.every((s) => typeof s === 'string' && s.trim() !== '');
      if (!ok(o.en) || !ok(o.es)) missing.push(path);
      return;
    }
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

/** The portal whose sign-in options apply (BWE signs in like milConnect). */
function owner(id: string): (typeof content.portals)[number] {
  const p = content.portals.find((x) => x.id === id)!;
  return p.signInLike ? owner(p.signInLike) : p;
}

/** The credentials' everyday names, as plans write them. */
const CREDENTIAL_WORDS: Record<string, RegExp> = { myauth: /myAuth/, 'ds-logon': /DS Logon/, cac: /\bCAC\b/, mypay: /myPay/ };
const NEGATION = /\b(does not|doesn't|do not|don't|cannot|can't|won't|no longer)\b[^.]*\b(work|sign you in|accept)/i;
const sentences = (t: string) => t.split(/(?<=[.;:!?])\s+/);

/**
 * A plan must never tell a visitor to use a credential at a website and also say that the
 * credential does not work there (e.g. "Your sign-in: DS Logon" beside "DS Logon does not
 * sign you in to TriWest"). `told` is what the plan tells the visitor to use at each portal.
 */
export function contradictions(plan: Plan, told: (p: Plan['portals'][number]) => string[]): string[] {
  const out: string[] = [];
  let denials: string[] | undefined;
  for (const p of plan.portals) {
    if (p.call) continue;
    const said = told(p);
    for (const [id, word] of Object.entries(CREDENTIAL_WORDS)) {
      if (!said.some((t) => word.test(t))) continue;
      // Only now (rarely) gather every sentence of the plan that says something does not work.
      denials ??= [
        ...plan.notices.map((n) => n.text.en),
        ...plan.signIn.advice.map((a) => a.text.en),
        ...[...plan.steps, ...plan.alternatives, ...plan.notes, ...plan.signIn.setup].map((s) => s.text.en),
        ...plan.portals.map((q) => q.signIn.en),
      ]
        .flatMap(sentences)
        .filter((x) => NEGATION.test(x));
      const host = new URL(p.url).host;
      const name = p.name.en.split(' (')[0]!;
      const own = sentences(p.signIn.en);
      if (denials.some((x) => word.test(x) && (own.includes(x) || x.includes(name) || x.includes(host)))) {
        out.push(`tells to use ${id} at ${p.id} and says it does not work there`);
      }
    }
  }
  return out;
}

/** What a plan tells the visitor to use at a portal: its sign-in line's sentences that do not negate. */
export const toldAt = (p: Plan['portals'][number]) => sentences(p.signIn.en).filter((x) => !NEGATION.test(x));

/**
 * Every unconfirmed fact of a plan is worded as such where the visitor reads it: the checklist
 * document (which the screen, PlanView, and the paper both render) keeps each item's flag, and
 * the printed page puts "(not confirmed)" after exactly those items and explains the mark.
 * (tests/unit/renderer-checklist-view.test.tsx checks that the screen marks every flagged item.)
 */
export function unmarked(plan: Plan): string[] {
  const out: string[] = [];
  const flags = (items: { unconfirmed?: boolean }[]) => items.map((i) => i.unconfirmed === true);
  const same = (name: string, want: boolean[], got: boolean[]) => {
    if (want.join() !== got.join()) out.push(`${name}: flags ${want.join()} became ${got.join()}`);
  };
  for (const lang of LANGS) {
    const doc = checklistDocument(plan, lang);
    same(`${lang} steps`, flags(plan.steps), flags(doc.steps));
    same(`${lang} alternatives`, flags(plan.alternatives), flags(doc.alternatives));
    same(`${lang} notes`, flags(plan.notes), flags(doc.notes));
    same(`${lang} bring`, flags(plan.bring), flags(doc.bring));
    same(`${lang} notices`, flags(plan.notices), flags(doc.notices));
    same(`${lang} advice`, flags(plan.signIn.advice), flags(doc.about?.advice ?? []));
    same(`${lang} set-up`, flags(plan.signIn.setup).sort(), [...flags(doc.setup), ...doc.portals.flatMap((p) => flags(p.setup))].sort());
    same(`${lang} portal addresses`, flags(plan.portals), doc.portals.map((p) => p.unconfirmed));
    same(`${lang} portal sign-ins`, plan.portals.map((p) => p.signInUnconfirmed === true), doc.portals.map((p) => p.signIn.unconfirmed));
    same(`${lang} help lines`, flags(plan.helpLines), flags(doc.help));
    const html = renderChecklistBody(plan, { lang, paper: 'letter', text: content.printText, printedAt: new Date(0), qr: () => STUB_QR });
    out.push(...unmarkedOnPaper(doc, html));
    // The page as read: never "use X" beside "X does not work at <a website on it>".
    if (lang === 'en') out.push(...paperContradictions(html, doc.portals.map((p) => ({ name: p.name, host: p.host }))));
  }
  return out;
}
const STUB_QR = '<svg viewBox="0 0 25 25"></svg>';

function unmarkedOnPaper(doc: ChecklistDocument, html: string): string[] {
  const out: string[] = [];
  const mark = `<span class="nc">${esc(printString(content.printText, 'unconfirmed.mark', doc.lang))}</span>`;
  const items: DocItem[] = [
    ...(doc.lead.signIn ? [doc.lead.signIn] : []),
    ...doc.steps,
    ...doc.alternatives,
    ...doc.notices,
    ...doc.setup,
    ...doc.portals.flatMap((p) => [...(p.call ? [] : [p.signIn]), ...p.setup]),
    ...(doc.about?.advice ?? []),
    ...doc.bring,
    ...doc.notes,
  ];
  for (const i of items.filter((x) => x.unconfirmed)) {
    if (!html.includes(`${rich(i.text)} ${mark}`)) out.push(`${doc.lang} paper: "${i.text.slice(0, 60)}" has no mark`);
  }
  for (const h of doc.help.filter((x) => x.unconfirmed)) {
    const start = html.indexOf(`<li><span class="name">${esc(h.name)}</span>`);
    if (start < 0 || !html.slice(start, html.indexOf('</li>', start)).includes(mark)) out.push(`${doc.lang} paper: help line ${h.id} has no mark`);
  }
  for (const p of doc.portals.filter((x) => x.unconfirmed)) {
    if (!html.includes(esc(printString(content.printText, 'portal.unconfirmed', doc.lang)))) out.push(`${doc.lang} paper: address of ${p.id} not marked`);
  }
  // Nothing confirmed is marked: as many marks as flagged items, and the mark explained once if any.
  const want = items.filter((x) => x.unconfirmed).length + doc.help.filter((x) => x.unconfirmed).length;
  const got = html.split(mark).length - 1;
  if (got !== want) out.push(`${doc.lang} paper: ${got} marks for ${want} unconfirmed items`);
  const explained = html.includes(esc(printString(content.printText, 'unconfirmed.explain', doc.lang)));
  if (explained !== doc.anyUnconfirmed) out.push(`${doc.lang} paper: the mark is ${explained ? '' : 'not '}explained`);
  return out;
}

/** Plans already checked for marks (many answers give the same plan but for the summary). */
const markedChecked = new Set<string>();

function problems(a: CompleteAnswers, plan: Plan): string[] {
  const out: string[] = [];
  out.push(...contradictions(plan, toldAt));
  const key = JSON.stringify({ ...plan, answers: 0, summary: 0, sources: 0, reviewed: 0 });
  if (!markedChecked.has(key)) {
    markedChecked.add(key);
    out.push(...unmarked(plan));
  }
  if (plan.portals.length === 0) out.push('no portal');
  // Where the visitor signs in somewhere that can need setting up (not only calls), say how.
  const signsIn = plan.portals.some((p) => !p.call && (owner(p.id).signIn ?? []).some((o) => o.setup !== undefined));
  if (signsIn && plan.signIn.advice.length + plan.signIn.setup.length === 0) out.push('no sign-in advice or set-up');
  if (signsIn && (a.credential === 'none' || a.credential === 'not-sure') && plan.signIn.setup.length === 0) out.push('no set-up for none/not sure');
  if (plan.helpLines.length === 0) out.push('no help line');
  if (plan.steps.length === 0) out.push('no steps');
  const isMove = a.task === 'move';
  const other = isMove || !a.region ? undefined : otherRegionAllowed(a.region);
  const otherHelp = new Set(other ? content.portals.find((p) => p.id === other)!.helpLines : []);
  const skip = (x: unknown) => {
    const o = x as { kind?: string; id?: string; phone?: string };
    // "Not sure" may say that overseas means International SOS; a border state asks to confirm.
    if (o.kind === 'confirm-region' && other) return true;
    if (o.id === 'region-unsure' && a.region?.kind === 'unsure') return true;
    return typeof o.phone === 'string' && otherHelp.has(o.id ?? '');
  };
  const { blob, missing } = scan(plan, skip);
  const ph = blob.match(/\{[^}\n]*\}/);
  if (ph) out.push(`unfilled placeholder ${ph[0]}`);
  for (const m of missing) out.push(`missing language at ${m}`);
  const regional = plan.portals.map((p) => p.id).filter((id) => REGIONAL.has(id));
  // A move inside one U.S. region says what changes (DEERS address, a new PCM), never a transfer.
  const kinds = [kindOf(a.region), a.destination ? kindOf(a.destination) : undefined];
  if (isMove && kinds[0] === kinds[1] && (kinds[0] === 'east' || kinds[0] === 'west')) {
    const said = scan({ ...plan, summary: [] }, () => false).blob;
    const transfer = said.match(/[^.\n]*(transfer|new region|transf|nueva región|otra región)[^.\n]*/i);
    if (transfer) out.push(`same-region move mentions a region transfer: "${transfer[0].trim()}"`);
  }
  if (isMove) {
    const allowed = new Set([...contractorsOf(a.region), ...contractorsOf(a.destination)]);
    for (const id of regional) if (!allowed.has(id)) out.push(`move shows unrelated contractor ${id}`);
    return out;
  }
  // A task that does not ask the region (its answer cannot change the plan) names no contractor.
  const own = new Set(plan.summary.some((s) => s.question === 'region') ? contractorsOf(a.region) : []);
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
      // Tens of thousands of plans for a move: allow for a busy shared machine.
    }, 240_000);
  }
});
