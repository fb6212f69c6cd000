import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PlanView } from '../../src/renderer/src/components/PlanView';
import { KioskContext, type Kiosk } from '../../src/renderer/src/kiosk-context';
import { makeTranslate } from '../../src/renderer/src/lib/text';
import type { CompleteAnswers, RegionAnswer } from '../../src/shared/answers';
import { checklistDocument, nbHyphens, richParts, type ChecklistDocument, type DocItem } from '../../src/shared/checklist';
import { LANGS, type Lang } from '../../src/shared/i18n';
import { buildPlan, type Plan } from '../../src/shared/plan';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_FILES, parseContent } from '../../src/shared/content/load';

/**
 * The checklist on screen (PlanView, rendered to markup) says "(not confirmed)" after every
 * item the checklist document flags and after nothing else, explains the mark once, and shows
 * the same texts in the same order as the document (the printed page's order), over a spread
 * of real plans that between them flag every kind of item.
 */
// data/ as the kiosk loads it (the node-side content fixture is outside this tsconfig project).
const parsed = parseContent(Object.fromEntries(CONTENT_FILES.map((f) => [f, JSON.parse(readFileSync(join(import.meta.dirname, '../../data', f), 'utf8'))])));
if (!parsed.ok) throw new Error('data/ does not load');
const content = parsed.value;

function screen(plan: Plan, lang: Lang): string {
  const kiosk = { content, lang, plan, t: makeTranslate(content.ui, lang), send: () => {}, snapshot: undefined } as unknown as Kiosk;
  const html = renderToStaticMarkup(
    <KioskContext.Provider value={kiosk}>
      <PlanView plan={plan} />
    </KioskContext.Provider>,
  );
  // What a sighted visitor reads: the markup's text, entities decoded.
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** An item's text as the screen shows it: addresses without "https://", phone numbers with non-breaking hyphens. */
const shown = (text: string) => richParts(text).map((p) => (p.kind === 'phone' ? nbHyphens(p.text) : p.text)).join('');

function flagged(doc: ChecklistDocument): { items: DocItem[]; names: string[] } {
  const items = [
    ...(doc.lead.signIn ? [doc.lead.signIn] : []),
    ...doc.steps,
    ...doc.alternatives,
    ...doc.notices,
    ...doc.setup,
    ...doc.portals.flatMap((p) => [...(p.call ? [] : [p.signIn]), ...p.setup]),
    ...(doc.about?.advice ?? []),
    ...doc.bring,
    ...doc.notes,
  ].filter((i) => i.unconfirmed);
  const names = [...doc.portals.filter((p) => p.unconfirmed).map((p) => p.name), ...doc.help.filter((h) => h.unconfirmed).map((h) => h.name)];
  return { items, names };
}

const places: RegionAnswer[] = [
  { kind: 'state', code: 'CA' },
  { kind: 'state', code: 'VA' },
  { kind: 'state', code: 'AR' },
  { kind: 'territory', code: 'AS' },
  { kind: 'overseas', area: 'pacific' },
  { kind: 'unsure' },
];
/** Distinct plans over every task × those places × every beneficiary × three sign-ins. */
function spread(): Plan[] {
  const seen = new Map<string, Plan>();
  for (const task of content.tasks)
    for (const [i, region] of places.entries())
      for (const who of content.beneficiaries)
        for (const credential of ['none', 'myauth', 'ds-logon']) {
          const a: CompleteAnswers = { task: task.id, region, ...(task.askDestination ? { destination: places[(i + 1) % places.length]! } : {}), beneficiary: who.id, credential };
          const plan = buildPlan(a, content);
          const key = JSON.stringify({ ...plan, answers: 0, summary: 0, sources: 0 });
          if (!seen.has(key)) seen.set(key, plan);
        }
  return [...seen.values()];
}

describe('the checklist on screen marks exactly the unconfirmed facts', () => {
  const plans = spread();

  it('the spread flags every kind of item somewhere (so the check below means something)', () => {
    const kinds = new Set<string>();
    for (const plan of plans) {
      const doc = checklistDocument(plan, 'en');
      if (doc.steps.some((s) => s.unconfirmed)) kinds.add('steps');
      if ([...doc.setup, ...doc.portals.flatMap((p) => p.setup)].some((s) => s.unconfirmed)) kinds.add('set-up');
      if (doc.portals.some((p) => !p.call && p.signIn.unconfirmed)) kinds.add('sign-in');
      if (doc.notices.some((s) => s.unconfirmed)) kinds.add('notices');
      if (doc.bring.some((s) => s.unconfirmed)) kinds.add('bring');
      if (doc.about?.advice.some((s) => s.unconfirmed)) kinds.add('advice');
      if (doc.help.some((s) => s.unconfirmed)) kinds.add('help lines');
    }
    expect([...kinds].sort()).toEqual(['advice', 'bring', 'help lines', 'notices', 'set-up', 'sign-in', 'steps']);
  });

  for (const lang of LANGS) {
    it(`${lang}: "(not confirmed)" after each flagged item and name, nowhere else; explained once`, () => {
      const mark = makeTranslate(content.ui, lang)('result.unconfirmed');
      const explain = makeTranslate(content.ui, lang)('result.unconfirmedExplain');
      const problems: string[] = [];
      for (const plan of plans) {
        const doc = checklistDocument(plan, lang);
        const text = screen(plan, lang);
        const { items, names } = flagged(doc);
        for (const i of items) if (!text.includes(`${shown(i.text)} ${mark}`)) problems.push(`${plan.answers.task}: "${i.text.slice(0, 50)}" unmarked`);
        for (const n of names) if (!text.includes(`${n} ${mark}`)) problems.push(`${plan.answers.task}: ${n} unmarked`);
        const marks = text.split(` ${mark}`).length - 1;
        if (marks !== items.length + names.length) problems.push(`${plan.answers.task}: ${marks} marks for ${items.length + names.length} flagged`);
        if (text.split(explain).length - 1 !== (doc.anyUnconfirmed ? 1 : 0)) problems.push(`${plan.answers.task}: the mark explained ${text.split(explain).length - 1} times`);
      }
      expect(problems.slice(0, 10)).toEqual([]);
    });
  }

  it('shows the document in its order: the answer, steps, websites, help lines', () => {
    const plan = plans.find((p) => p.answers.task === 'referral')!;
    const doc = checklistDocument(plan, 'en');
    const text = screen(plan, 'en');
    let at = 0;
    for (const piece of [doc.lead.task, ...doc.steps.map((s) => s.text), ...doc.portals.map((p) => p.name), ...doc.help.map((h) => h.name)]) {
      const i = text.indexOf(shown(piece), at);
      expect(i, `"${piece}" after ${at}`).toBeGreaterThanOrEqual(0);
      at = i;
    }
  });

  it('a visitor with no sign-in yet reads "About signing in", not "About your None yet"', () => {
    const none = buildPlan({ task: 'update-contact', region: { kind: 'state', code: 'VA' }, beneficiary: 'adfm', credential: 'none' }, content);
    const text = screen(none, 'en');
    expect(text).toContain(makeTranslate(content.ui, 'en')('result.aboutGeneral'));
    expect(text).not.toMatch(/About your None/);
    const held = screen(buildPlan({ task: 'referral', region: { kind: 'state', code: 'CA' }, beneficiary: 'adfm', credential: 'myauth' }, content), 'en');
    expect(held).toContain('About your myAuth');
  });
});
