import type { CompleteAnswers } from '../answers';
import type { Content } from '../content/load';
import type { Notice, PortalRef, Step } from '../content/schema';
import type { LocalizedText } from '../i18n';
import { FactLog } from './facts';
import { fillText, joinText, type Param, type Resolve } from './fill';
import { lookup, type Lookup } from './lookup';
import { questionGuide, type AskedQuestion } from './relevance';
import { matchRules, type Situation } from './rules';
import { setupsOf, signInDependsOnCredential, signInOption } from './sign-in';
import type { Plan, PlanHelpLine, PlanItem, PlanLead, PlanNotice, PlanPortal, PlanTerm } from './types';
import { resolveWhere, type Where } from './where';

/**
 * The product's brain: answers + content → one visitor's plan. Pure and deterministic: every
 * fact, address, number and word comes from content (data/); this file only decides which
 * content applies and fills its {placeholders}. Unknown ids and contradictory answers give a
 * plan with a friendly notice, never an exception. A question the task does not ask (its
 * answer cannot change the plan: relevance.ts) may be missing and is left out of the summary.
 */
export function buildPlan(answers: CompleteAnswers, content: Content): Plan {
  const ix = lookup(content);
  const log = new FactLog();
  const settings = content.plan;
  const pending: { id: string; resolve: Resolve }[] = [];
  const guide = questionGuide(content);

  // 1. Who, what, with what: unknown ids fall back to the "not sure" choices, with a notice
  // (silently for a question the task does not ask: nothing in the plan depends on it).
  const pickOr = <T>(map: Map<string, T>, id: string | undefined, fallback: string, notice: string | undefined, list: T[]): T => {
    const hit = id === undefined ? undefined : map.get(id);
    if (hit) return hit;
    if (notice) pending.push({ id: notice, resolve: () => undefined });
    return map.get(fallback) ?? (list[0] as T);
  };
  const task = pickOr(ix.tasks, answers.task, settings.fallbacks.task, settings.notices.unknownTask, content.tasks);
  // Which questions count is decided for the task the plan is for (an unknown one falls back).
  const effective: CompleteAnswers = { ...answers, task: task.id };
  const asked = (q: AskedQuestion) => guide.asks(q, effective);
  const askWho = asked('beneficiary');
  const askCred = asked('credential');
  const who = pickOr(ix.beneficiaries, answers.beneficiary, settings.fallbacks.beneficiary, askWho ? settings.notices.unknownBeneficiary : undefined, content.beneficiaries);
  const cred = pickOr(ix.credentials, answers.credential, settings.fallbacks.credential, askCred ? settings.notices.unknownCredential : undefined, content.credentials);
  log.use(task);
  if (askWho) log.use(who);
  if (askCred) log.use(cred);

  // 2. Where: the region (or both, when unsure) and, for a move, the destination. A place the
  // task does not read brings no notices; East/West border notices only where East and West differ.
  const askRegion = asked('region');
  const where = placeFor(answers.region, askRegion, askRegion && guide.borders('region', effective), content, ix);
  let dest: Where | undefined;
  const askDest = asked('destination');
  if (task.askDestination) {
    if (answers.destination || !askDest) {
      dest = placeFor(answers.destination, askDest, askDest && guide.borders('destination', effective), content, ix);
    } else {
      dest = resolveWhere({ kind: 'unsure' }, content, ix);
      dest.notices = [{ id: settings.notices.destinationMissing }];
    }
  }
  if (askRegion) where.facts.forEach((f) => log.use(f));
  if (askDest) dest?.facts.forEach((f) => log.use(f));

  const base = new Map<string, Param>([
    ['task', { text: task.label, facts: [task] }],
    ['who', { text: who.label, facts: [who] }],
    ['credential', { text: cred.label, facts: [cred] }],
  ]);
  const resolveAt = (w: Where | undefined): Resolve => (name) => {
    if (name.startsWith('to.')) return dest?.params.get(name.slice(3));
    return base.get(name) ?? w?.params.get(name) ?? ix.idParams.get(name);
  };
  const resolve = resolveAt(where);
  where.notices.forEach((n) => pending.push({ id: n.id, resolve }));
  // A destination's own notices (e.g. "confirm your region" for Arkansas) speak of that place.
  dest?.notices.forEach((n) => pending.push({ id: n.id, resolve: resolveAt(dest) }));

  // 3. The rules that apply, in file order.
  const sameRegion = dest ? dest.kind === where.kind && (where.kind === 'east' || where.kind === 'west') : undefined;
  const situation: Situation = {
    task: task.id,
    where: where.kind,
    ...(where.place !== undefined ? { place: where.place } : {}),
    ...(dest ? { to: dest.kind, sameRegion } : {}),
    who: who.id,
    with: cred.id,
  };
  const rules = matchRules(content.rules, situation);
  rules.forEach((r) => log.use(r));

  const item = (step: Step, portal?: string): PlanItem => {
    log.use(step);
    const f = fillText(step.text, resolve, log);
    return { text: f.text, ...(step.unconfirmed || f.unconfirmed ? { unconfirmed: true } : {}), ...(portal ? { portal } : {}) };
  };
  const bring = new ItemList();
  const steps = new ItemList();
  const alternatives = new ItemList();
  const notes = new ItemList();
  const byRole = { alternative: alternatives, note: notes } as const;
  const helpIds: string[] = [];
  const uses: Use[] = [];

  const slotPortals = (ref: PortalRef): { ids: string[]; help?: string[] } => {
    if (ref === '@contractor') return { ids: where.contractors, help: where.contractorHelp };
    if (ref === '@to-contractor') return { ids: dest?.contractors ?? [], ...(dest ? { help: dest.contractorHelp } : {}) };
    return { ids: [ref] };
  };
  const addPortal = (id: string, purpose: LocalizedText | undefined, help: string[] | undefined, group: number, call = false) => {
    const portal = ix.portals.get(id);
    if (!portal) return;
    const known = uses.find((u) => u.id === id);
    // Named again by a rule that signs in there: no longer a call-only card.
    if (known) {
      if (!call) known.call = false;
      return;
    }
    uses.push({ id, ...(purpose ? { purpose } : {}), help: help ?? [...portal.helpLines], group, call });
  };

  rules.forEach((rule, r) => {
    rule.portals?.forEach((use, i) => {
      const { ids, help } = slotPortals(use.portal);
      // One contractor: its area's lines (e.g. Pacific); several (unsure): each its own.
      for (const id of ids) addPortal(id, use.purpose, use.helpLines ?? (ids.length === 1 ? help : undefined), r * 100 + i, use.call === true);
    });
    rule.notices?.forEach((id) => pending.push({ id, resolve }));
    rule.bring?.forEach((s) => bring.add(item(s)));
    rule.steps?.forEach((s) => (s.role ? byRole[s.role] : steps).add(item(s)));
    for (const ref of rule.helpLines ?? []) {
      const slot = slotPortals(ref);
      helpIds.push(...(slot.help ?? slot.ids));
    }
  });
  // A plan always names somewhere to go: the regional contractor(s), else the first portal.
  if (uses.length === 0) {
    for (const id of where.contractors) addPortal(id, undefined, where.contractors.length === 1 ? where.contractorHelp : undefined, -1);
    if (uses.length === 0 && content.portals[0]) addPortal(content.portals[0].id, undefined, undefined, -1);
  }

  // 4. One card per web address (BWE is a page of milConnect): purposes joined, help lines merged.
  const cards = mergeByUrl(uses, ix);

  // 5. Sign-in: per website, the option for this credential and what to set up if the visitor
  // does not have it yet. What the credential itself means here comes from its advice: items
  // for named portals, general ones only where a website's sign-in depends on the credential.
  const signedIn = uses.filter((u) => !u.call);
  const dependent = signedIn.some((u) => signInDependsOnCredential(ix.portals.get(u.id)!, ix));
  const setup = new ItemList();
  if (askCred && dependent) cred.setupFirst?.forEach((s) => setup.add(item(s)));
  const setupDone = new Set<string>();
  const portals: PlanPortal[] = cards.map((card) => {
    const portal = ix.portals.get(card.id)!;
    log.use(portal);
    const { option: found, owner } = signInOption(portal, cred.id, ix);
    // A portal this visitor only calls shows no sign-in and no set-up.
    const option = card.call ? undefined : found;
    if (option) log.use(option);
    const signIn = fillText(card.call ? settings.portalCallOnly : (option?.text ?? settings.portalSignInDefault), resolve, log);
    for (const what of setupsOf(option)) {
      if (what === 'account') {
        if (!owner.account || setupDone.has(`account:${owner.id}`)) continue;
        setupDone.add(`account:${owner.id}`);
        owner.account.bring?.forEach((s) => bring.add(item(s, portal.id)));
        owner.account.steps.forEach((s) => setup.add(item(s, portal.id)));
      } else if (!setupDone.has(`credential:${what}`)) {
        setupDone.add(`credential:${what}`);
        ix.credentials.get(what)?.setup?.forEach((s) => setup.add(item(s, portal.id)));
      }
    }
    const purposes = card.purposes.map((p) => fillText(p, resolve, log).text);
    return {
      id: portal.id,
      name: portal.name,
      url: portal.url,
      purpose: joinText(purposes, '. '),
      signIn: signIn.text,
      ...(portal.unconfirmed ? { unconfirmed: true } : {}),
      ...(option?.unconfirmed || signIn.unconfirmed ? { signInUnconfirmed: true } : {}),
      ...(card.call ? { call: true } : {}),
      helpLines: card.help,
    };
  });
  const advice = new ItemList();
  if (askCred) {
    for (const a of cred.advice ?? []) {
      const applies = a.portals ? a.portals.some((p) => signedIn.some((u) => u.id === p)) : dependent;
      if (applies) advice.add(item(a));
    }
  }

  // 6. Help lines: the rules' first, then "confirm your region" lines (both regions' numbers,
  // as the notice says), then each portal's.
  const confirmHelp = (w: Where | undefined) => (w && w.otherHelp.length > 0 ? [...w.contractorHelp, ...w.otherHelp] : []);
  helpIds.push(...confirmHelp(where), ...confirmHelp(dest), ...cards.flatMap((c) => c.help));
  const helpLines: PlanHelpLine[] = [];
  for (const id of new Set(helpIds)) {
    const h = ix.helpLines.get(id);
    if (!h) continue;
    log.use(h);
    helpLines.push({
      id: h.id,
      name: h.name,
      phone: h.phone,
      ...(h.tty ? { tty: h.tty } : {}),
      ...(h.detail ? { note: h.detail } : {}),
      ...(h.unconfirmed ? { unconfirmed: true } : {}),
    });
  }

  const summary = summarize(task.label, who.label, cred.label, { region: askRegion, destination: askDest && dest !== undefined, beneficiary: askWho, credential: askCred }, where, dest, content, log);
  const notices = noticesFrom(pending, ix.notices, log);
  const lead = leadOf(cards, portals, helpLines);
  const terms = termsUsed(content, log, [summary, notices, portals, advice.items, setup.items, bring.items, steps.items, alternatives.items, notes.items, helpLines]);

  // The plan echoes only the answers it rests on: a skipped question's answer changes nothing.
  const echo: CompleteAnswers = {
    task: answers.task,
    ...(askRegion && answers.region ? { region: answers.region } : {}),
    ...(askDest && task.askDestination && answers.destination ? { destination: answers.destination } : {}),
    ...(askWho && answers.beneficiary !== undefined ? { beneficiary: answers.beneficiary } : {}),
    ...(askCred && answers.credential !== undefined ? { credential: answers.credential } : {}),
  };
  return {
    answers: echo,
    summary,
    lead,
    notices,
    portals,
    signIn: {
      // "None yet" and "not sure" come with set-up-first steps: they name no sign-in the visitor has.
      ...(askCred ? { credential: cred.id, label: cred.label, ...(cred.setupFirst ? {} : { held: true }) } : {}),
      advice: advice.items,
      setup: setup.items,
    },
    bring: bring.items,
    steps: steps.items,
    alternatives: alternatives.items,
    notes: notes.items,
    helpLines,
    terms,
    reviewed: log.oldest,
    sources: log.sources,
  };
}

/** One portal a rule names, with what the visitor uses it for; `group` ties slot siblings together. */
interface Use {
  id: string;
  purpose?: LocalizedText;
  help: string[];
  group: number;
  /** Only called (no sign-in), as far as the rules so far say. */
  call: boolean;
}

interface Card {
  id: string;
  purposes: LocalizedText[];
  help: string[];
  group: number;
  call: boolean;
}

/**
 * Uses of one web address become one card, named after the portal the others sign in like
 * (milConnect for "BWE in milConnect"), in the place of the first use.
 */
function mergeByUrl(uses: Use[], ix: Lookup): Card[] {
  const cards: Card[] = [];
  const byUrl = new Map<string, Card>();
  for (const u of uses) {
    const portal = ix.portals.get(u.id)!;
    const purpose = u.purpose ?? portal.purpose;
    const card = byUrl.get(portal.url);
    if (!card) {
      const made: Card = { id: u.id, purposes: [purpose], help: [...u.help], group: u.group, call: u.call };
      byUrl.set(portal.url, made);
      cards.push(made);
      continue;
    }
    if (!card.purposes.some((p) => p.en === purpose.en)) card.purposes.push(purpose);
    card.call &&= u.call;
    for (const h of u.help) if (!card.help.includes(h)) card.help.push(h);
    const first = ix.portals.get(card.id)!;
    if (first.signInLike === u.id) card.id = u.id;
  }
  return cards;
}

/** The answer first: the first card (and its slot siblings, e.g. both regions when unsure). */
function leadOf(cards: Card[], portals: PlanPortal[], helpLines: PlanHelpLine[]): PlanLead {
  const first = cards[0]!;
  const ids = cards.filter((c) => c.group === first.group).map((c) => c.id);
  const main = portals.find((p) => p.id === first.id)!;
  const help = (main.helpLines ?? []).find((h) => helpLines.some((l) => l.id === h)) ?? helpLines[0]?.id;
  return { portals: ids, task: first.purposes[0]!, ...(help ? { helpLine: help } : {}) };
}

/**
 * Where the visitor lives (or moves to), for the rules: unasked, its notices go (nothing in the
 * plan reads it); asked where East/West cannot change the plan, the border notices go too.
 */
function placeFor(
  answer: CompleteAnswers['region'],
  asked: boolean,
  borders: boolean,
  content: Content,
  ix: Lookup,
): Where {
  const w = resolveWhere(asked ? answer : (answer ?? { kind: 'unsure' }), content, ix);
  if (!asked) return { ...w, notices: [], otherHelp: [] };
  if (borders) return w;
  const n = content.plan.notices;
  const border = new Set([n.confirmRegion, n.zipConfirmed, n.zipNotConfirmed]);
  const params = new Map(w.params);
  params.delete('zip');
  const facts = w.facts.filter((f) => !w.borderFacts?.includes(f));
  return { ...w, notices: w.notices.filter((x) => !border.has(x.id)), otherHelp: [], params, facts };
}

/** The glossary entries whose words appear anywhere in the plan's text, in glossary order. */
function termsUsed(content: Content, log: FactLog, parts: unknown[]): PlanTerm[] {
  const texts = { en: [] as string[], es: [] as string[] };
  const walk = (x: unknown): void => {
    if (typeof x !== 'object' || x === null) return;
    const o = x as Record<string, unknown>;
    if (typeof o.en === 'string' && typeof o.es === 'string') {
      texts.en.push(o.en);
      texts.es.push(o.es);
      return;
    }
    Object.values(o).forEach(walk);
  };
  parts.forEach(walk);
  const blob = { en: texts.en.join('\n'), es: texts.es.join('\n') };
  return content.glossary
    .filter((g) => g.terms.en.some((t) => blob.en.includes(t)) || g.terms.es.some((t) => blob.es.includes(t)))
    .map((g) => {
      log.use(g);
      return { id: g.id, terms: g.terms, means: g.means, ...(g.plain ? { plain: g.plain } : {}) };
    });
}

/** Keeps items in order and drops a repeat (two rules may give the same step). */
class ItemList {
  readonly items: PlanItem[] = [];
  private readonly seen = new Set<string>();
  add(i: PlanItem): void {
    // The English text identifies an item: translations follow it one to one.
    if (this.seen.has(i.text.en)) return;
    this.seen.add(i.text.en);
    this.items.push(i);
  }
}

const NOTICE_ORDER: PlanNotice['kind'][] = ['contradiction', 'confirm-region', 'caution', 'info'];

function noticesFrom(pending: { id: string; resolve: Resolve }[], notices: Map<string, Notice>, log: FactLog): PlanNotice[] {
  const out: PlanNotice[] = [];
  const seen = new Set<string>();
  for (const p of pending) {
    const n = notices.get(p.id);
    if (!n) continue;
    log.use(n);
    const f = fillText(n.text, p.resolve, log);
    const key = `${n.id}\u0000${f.text.en}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ kind: n.kind, text: f.text, id: n.id, ...(n.unconfirmed || f.unconfirmed ? { unconfirmed: true } : {}) });
  }
  // Stable sort: contradictions first, then "confirm your region", cautions, information.
  return out.sort((a, b) => NOTICE_ORDER.indexOf(a.kind) - NOTICE_ORDER.indexOf(b.kind));
}

function summarize(
  task: LocalizedText,
  who: LocalizedText,
  cred: LocalizedText,
  asked: Record<AskedQuestion, boolean>,
  where: Where,
  dest: Where | undefined,
  content: Content,
  log: FactLog,
): Plan['summary'] {
  const q = content.plan.questions;
  const placeOf = (w: Where): LocalizedText => {
    const place = w.params.get('place')?.text ?? { en: '', es: '' };
    if (!w.params.has('zip')) return place;
    return fillText(content.plan.placeWithZip, (n) => (n === 'place' ? { text: place } : w.params.get(n)), log).text;
  };
  return [
    { question: 'task', label: q.task, value: task },
    ...(asked.region ? [{ question: 'region' as const, label: q.region, value: placeOf(where) }] : []),
    ...(asked.destination && dest ? [{ question: 'destination' as const, label: q.destination, value: placeOf(dest) }] : []),
    ...(asked.beneficiary ? [{ question: 'beneficiary' as const, label: q.beneficiary, value: who }] : []),
    ...(asked.credential ? [{ question: 'credential' as const, label: q.credential, value: cred }] : []),
  ];
}
