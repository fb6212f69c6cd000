import type { CompleteAnswers, RegionAnswer } from '../answers';
import type { Content } from '../content/load';
import { placeholdersIn } from '../content/placeholders';
import type { Conditions, PortalRef, RegionKind, Rule } from '../content/schema';
import type { LocalizedText } from '../i18n';
import { lookup, type Lookup } from './lookup';
import { matchRules, type Situation } from './rules';
import { signInDependsOnCredential, signInOwner } from './sign-in';
import { resolveWhere } from './where';

/**
 * Which questions can change a visitor's plan, derived from the content itself (the rules'
 * conditions, their portal slots, the {placeholders} their texts read, the portals' sign-in
 * options and the credentials' advice), never from a hand-kept list. A question is asked only
 * when its answer can change the checklist, given the answers before it; the machine skips
 * the rest, and buildPlan leaves them out of the summary.
 *
 * Rules are evaluated on a partial situation: a condition on an answer not known yet may
 * hold. The analysis is conservative (it may ask a question that ends up not changing the
 * plan, never the other way round); tests/unit/plan-relevance.test.ts checks that against
 * buildPlan over every combination.
 */
export type AskedQuestion = 'region' | 'destination' | 'beneficiary' | 'credential';
export const ASKED_QUESTIONS: readonly AskedQuestion[] = ['region', 'destination', 'beneficiary', 'credential'];

/** The answers a plan is built from: the task, and whatever else was asked. */
export type PlanAnswers = CompleteAnswers;

export interface QuestionGuide {
  /** Can this answer change the plan, given the answers asked before it? */
  asks(question: AskedQuestion, answers: PlanAnswers): boolean;
  /**
   * For a place question: can East versus West change the plan? Only then does a border
   * state's "confirm your region" notice (and its ZIP keypad) mean anything.
   */
  borders(question: 'region' | 'destination', answers: PlanAnswers): boolean;
}

/** Placeholders that read the place a visitor lives (or, with "to.", the destination). */
const PLACE_NAMES = ['place', 'region', 'contractor', 'contractor.phone', 'contractor.url', 'other.region', 'other.contractor', 'other.contractor.phone', 'zip'];
/** Of those, the ones whose value differs between the East and West regions. */
const REGION_NAMES = ['region', 'contractor', 'contractor.phone', 'contractor.url', 'other.region', 'other.contractor', 'other.contractor.phone'];
const US_REGIONS: readonly RegionKind[] = ['east', 'west'];

/** A situation where `undefined` means "not known yet": a condition on it may hold. */
interface Partial {
  task: string;
  where?: RegionKind;
  place?: string;
  to?: RegionKind;
  sameRegion?: boolean;
  who?: string;
  with?: string;
  /** Region answer resolved, for the contractor slots. */
  contractors?: string[];
  toContractors?: string[];
}

type Feature = 'region' | 'regionBorders' | 'destination' | 'destinationBorders' | 'beneficiary' | 'credential';

const guides = new WeakMap<Content, QuestionGuide>();

export function questionGuide(content: Content): QuestionGuide {
  const hit = guides.get(content);
  if (hit) return hit;
  const made = makeGuide(content);
  guides.set(content, made);
  return made;
}

function makeGuide(content: Content): QuestionGuide {
  const ix = lookup(content);
  const texts = textIndex(content, ix);
  const allContractors = [
    ...new Set([
      ...content.regions.regions.map((r) => r.contractor).filter((c): c is string => c !== undefined),
      ...(content.regions.unsure?.contractors ?? []),
    ]),
  ];
  const dependsOnCredential = (id: string): boolean => {
    const portal = ix.portals.get(id);
    return portal ? signInDependsOnCredential(portal, ix) : false;
  };
  const stateCodes = new Set(content.regions.states.map((st) => st.code));
  const isState = (code: string) => stateCodes.has(code);
  const filteredAdvicePortals = new Set(content.credentials.flatMap((c) => (c.advice ?? []).flatMap((a) => a.portals ?? [])));

  const situation = (answers: PlanAnswers, before: AskedQuestion): Partial => {
    const known = (q: AskedQuestion) => ASKED_QUESTIONS.indexOf(q) < ASKED_QUESTIONS.indexOf(before);
    const task = ix.tasks.get(answers.task);
    const s: Partial = { task: answers.task };
    const place = (a: RegionAnswer | undefined) => (a ? resolveWhere(a, content, ix) : undefined);
    if (known('region') && answers.region && guide.asks('region', answers)) {
      const w = place(answers.region)!;
      s.where = w.kind;
      if (w.place !== undefined) s.place = w.place;
      s.contractors = w.contractors;
    }
    if (known('destination') && task?.askDestination && answers.destination && guide.asks('destination', answers)) {
      const d = place(answers.destination)!;
      s.to = d.kind;
      s.toContractors = d.contractors;
      if (s.where !== undefined) s.sameRegion = s.where === d.kind && US_REGIONS.includes(d.kind);
    }
    const id = (value: string | undefined, map: Map<string, unknown>, fallback: string) =>
      value === undefined ? undefined : map.has(value) ? value : fallback;
    if (known('beneficiary') && guide.asks('beneficiary', answers)) {
      const who = id(answers.beneficiary, ix.beneficiaries, content.plan.fallbacks.beneficiary);
      if (who !== undefined) s.who = who;
    }
    return s;
  };

  // Answers narrow down to a few partial situations (kinds of place, not places): cache by those.
  const readsCache = new Map<string, boolean>();
  const reads = (s: Partial, feature: Feature): boolean => {
    const key = JSON.stringify([feature, s.task, s.where, s.place, s.to, s.sameRegion, s.who, s.with, s.contractors, s.toContractors]);
    let hit = readsCache.get(key);
    if (hit === undefined) {
      hit = readsUncached(s, feature);
      readsCache.set(key, hit);
    }
    return hit;
  };
  /** Does a use of the rules, as far as the partial situation allows, read this feature? */
  const readsUncached = (s: Partial, feature: Feature): boolean => {
    const candidates = content.rules.filter((r) => mayMatch(r, s));
    const slots = (ref: PortalRef): string[] =>
      ref === '@contractor' ? (s.contractors ?? allContractors) : ref === '@to-contractor' ? (s.toContractors ?? allContractors) : [ref];
    // A plan with no portal from its rules falls back to the regional contractor(s).
    const fallback = mayLackPortal(s);
    // Portals a visitor may sign in to (a call-only use shows no sign-in).
    const portals = new Set([
      ...candidates.flatMap((r) => (r.portals ?? []).filter((u) => !u.call).flatMap((u) => slots(u.portal))),
      ...(fallback ? (s.contractors ?? allContractors) : []),
    ]);
    if (fallback && (feature === 'region' || feature === 'regionBorders')) return true;
    for (const r of candidates) {
      if (ruleReads(r, feature, texts, isState)) return true;
    }
    for (const id of portals) {
      if (texts.portal.get(id)?.some((names) => readsNames(names, feature))) return true;
    }
    if (texts.credentials.some((names) => readsNames(names, feature))) return true;
    if (feature === 'credential') {
      return [...portals].some((id) => dependsOnCredential(id) || filteredAdvicePortals.has(id));
    }
    return false;
  };

  /**
   * Could some answers still to come leave the plan without a portal from its rules? Tried on
   * every completion of the unknown answers (kinds of place, not every state: rules only name
   * kinds, plus the places they name), once per partial situation.
   */
  const lackCache = new Map<string, boolean>();
  const namedPlaces = [...new Set(content.rules.flatMap((r) => [...(r.when.place ?? []), ...(r.unless?.place ?? [])]))];
  const mayLackPortal = (s: Partial): boolean => {
    const key = JSON.stringify([s.task, s.where, s.place, s.to, s.sameRegion, s.who, s.with]);
    const hit = lackCache.get(key);
    if (hit !== undefined) return hit;
    const kinds: readonly RegionKind[] = ['east', 'west', 'territory', 'overseas', 'unsure'];
    const moving = ix.tasks.get(s.task)?.askDestination === true;
    const wheres: { where: RegionKind; place?: string }[] =
      s.where !== undefined
        ? [{ where: s.where, ...(s.place !== undefined ? { place: s.place } : {}) }]
        : kinds.flatMap((k) => [{ where: k }, ...namedPlaces.map((p) => ({ where: k, place: p }))]);
    const tos: (RegionKind | undefined)[] = !moving ? [undefined] : s.to !== undefined ? [s.to] : [...kinds];
    const whos = s.who !== undefined ? [s.who] : content.beneficiaries.map((b) => b.id);
    const withs = s.with !== undefined ? [s.with] : content.credentials.map((c) => c.id);
    let lacks = false;
    outer: for (const w of wheres)
      for (const to of tos)
        for (const who of whos)
          for (const cred of withs) {
            const full: Situation = {
              task: s.task,
              where: w.where,
              ...(w.place !== undefined ? { place: w.place } : {}),
              ...(to !== undefined ? { to, sameRegion: s.sameRegion ?? (to === w.where && US_REGIONS.includes(to)) } : {}),
              who,
              with: cred,
            };
            if (!matchRules(content.rules, full).some((r) => (r.portals?.length ?? 0) > 0)) {
              lacks = true;
              break outer;
            }
          }
    lackCache.set(key, lacks);
    return lacks;
  };

  // asks() depends only on the answers before the question: cache by exactly those.
  const asksCache = new Map<string, boolean>();
  const keyOf = (question: AskedQuestion, answers: PlanAnswers) => {
    const before = ASKED_QUESTIONS.slice(0, ASKED_QUESTIONS.indexOf(question));
    return JSON.stringify([question, answers.task, ...before.map((q) => answers[q] ?? null)]);
  };
  const guide: QuestionGuide = {
    asks(question, answers) {
      const key = keyOf(question, answers);
      const hit = asksCache.get(key);
      if (hit !== undefined) return hit;
      const task = ix.tasks.get(answers.task);
      const asked = question === 'destination' && !task?.askDestination ? false : reads(situation(answers, question), question);
      // Bounded by the content's answer combinations (tasks × places × who).
      if (asksCache.size < 200_000) asksCache.set(key, asked);
      return asked;
    },
    borders(question, answers) {
      if (!guide.asks(question, answers)) return false;
      return reads(situation(answers, question), question === 'region' ? 'regionBorders' : 'destinationBorders');
    },
  };
  return guide;
}

/** Placeholder names read by each portal's and credential's texts, and by each rule's own. */
interface TextIndex {
  rule: Map<string, string[][]>;
  portal: Map<string, string[][]>;
  credentials: string[][];
}

function namesOf(t: LocalizedText | undefined): string[] {
  return t ? [...new Set([...placeholdersIn(t.en), ...placeholdersIn(t.es)])] : [];
}

function textIndex(content: Content, ix: Lookup): TextIndex {
  const rule = new Map<string, string[][]>();
  for (const r of content.rules) {
    rule.set(r.id, [
      ...(r.steps ?? []).map((s) => namesOf(s.text)),
      ...(r.bring ?? []).map((s) => namesOf(s.text)),
      ...(r.portals ?? []).map((u) => namesOf(u.purpose)),
      ...(r.notices ?? []).map((n) => namesOf(ix.notices.get(n)?.text)),
    ]);
  }
  const portal = new Map<string, string[][]>();
  for (const p of content.portals) {
    const owner = signInOwner(p, ix);
    portal.set(p.id, [
      namesOf(p.purpose),
      ...(owner.signIn ?? []).map((o) => namesOf(o.text)),
      ...(owner.account?.steps ?? []).map((s) => namesOf(s.text)),
      ...(owner.account?.bring ?? []).map((s) => namesOf(s.text)),
    ]);
  }
  const credentials = content.credentials.flatMap((c) => [
    ...(c.advice ?? []).map((a) => namesOf(a.text)),
    ...(c.setup ?? []).map((s) => namesOf(s.text)),
    ...(c.setupFirst ?? []).map((s) => namesOf(s.text)),
  ]);
  return { rule, portal, credentials };
}

function readsNames(names: string[], feature: Feature): boolean {
  switch (feature) {
    case 'region':
      return names.some((n) => PLACE_NAMES.includes(n));
    case 'regionBorders':
      return names.some((n) => REGION_NAMES.includes(n));
    case 'destination':
      return names.some((n) => n.startsWith('to.'));
    case 'destinationBorders':
      return names.some((n) => n.startsWith('to.') && REGION_NAMES.includes(n.slice(3)));
    case 'beneficiary':
      return names.includes('who');
    case 'credential':
      return names.includes('credential');
  }
}

/** Whether a condition list separates East from West (names one and not the other). */
const splitsUs = (kinds: readonly RegionKind[] | undefined) => kinds !== undefined && kinds.includes('east') !== kinds.includes('west');

function conditionReads(c: Conditions | undefined, feature: Feature, stateCodes: (place: string) => boolean): boolean {
  if (!c) return false;
  switch (feature) {
    case 'region':
      return c.where !== undefined || c.place !== undefined || c.sameRegion !== undefined;
    case 'regionBorders':
      return splitsUs(c.where) || (c.place?.some(stateCodes) ?? false) || c.sameRegion !== undefined;
    case 'destination':
      return c.to !== undefined || c.sameRegion !== undefined;
    case 'destinationBorders':
      return splitsUs(c.to) || c.sameRegion !== undefined;
    case 'beneficiary':
      return c.who !== undefined;
    case 'credential':
      return c.with !== undefined;
  }
}

function ruleReads(r: Rule, feature: Feature, texts: TextIndex, isState: (code: string) => boolean): boolean {
  if (conditionReads(r.when, feature, isState) || conditionReads(r.unless, feature, isState)) return true;
  const refs = [...(r.portals ?? []).map((u) => u.portal), ...(r.helpLines ?? [])];
  if ((feature === 'region' || feature === 'regionBorders') && refs.includes('@contractor')) return true;
  if ((feature === 'destination' || feature === 'destinationBorders') && refs.includes('@to-contractor')) return true;
  return (texts.rule.get(r.id) ?? []).some((names) => readsNames(names, feature));
}

/** The rule could apply: no condition on a known answer fails, no `unless` on one blocks. */
function mayMatch(r: Rule, s: Partial): boolean {
  return possible(r.when, s) && !surelyBlocks(r.unless, s);
}

function possible(c: Conditions, s: Partial): boolean {
  if (c.task && !c.task.includes(s.task)) return false;
  if (c.where && s.where !== undefined && !c.where.includes(s.where)) return false;
  if (c.place && s.where !== undefined && (s.place === undefined || !c.place.includes(s.place))) return false;
  if (c.to && s.to !== undefined && !c.to.includes(s.to)) return false;
  if (c.sameRegion !== undefined && s.sameRegion !== undefined && s.sameRegion !== c.sameRegion) return false;
  if (c.who && s.who !== undefined && !c.who.includes(s.who)) return false;
  if (c.with && s.with !== undefined && !c.with.includes(s.with)) return false;
  return true;
}

function surelyBlocks(c: Conditions | undefined, s: Partial): boolean {
  if (!c) return false;
  return (
    (c.task?.includes(s.task) ?? false) ||
    (s.where !== undefined && (c.where?.includes(s.where) ?? false)) ||
    (s.place !== undefined && (c.place?.includes(s.place) ?? false)) ||
    (s.to !== undefined && (c.to?.includes(s.to) ?? false)) ||
    (c.sameRegion !== undefined && s.sameRegion !== undefined && s.sameRegion === c.sameRegion) ||
    (s.who !== undefined && (c.who?.includes(s.who) ?? false)) ||
    (s.with !== undefined && (c.with?.includes(s.with) ?? false))
  );
}

