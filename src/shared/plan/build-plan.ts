import type { CompleteAnswers } from '../answers';
import type { Content } from '../content/load';
import type { Notice, PortalRef, Step } from '../content/schema';
import type { LocalizedText } from '../i18n';
import { FactLog } from './facts';
import { fillText, type Param, type Resolve } from './fill';
import { lookup, type Lookup } from './lookup';
import { matchRules, type Situation } from './rules';
import { signInOption } from './sign-in';
import type { Plan, PlanHelpLine, PlanItem, PlanNotice, PlanPortal } from './types';
import { resolveWhere, type Where } from './where';

/**
 * The product's brain: answers + content → one visitor's plan. Pure and deterministic: every
 * fact, address, number and word comes from content (data/); this file only decides which
 * content applies and fills its {placeholders}. Unknown ids and contradictory answers give a
 * plan with a friendly notice, never an exception.
 */
export function buildPlan(answers: CompleteAnswers, content: Content): Plan {
  const ix = lookup(content);
  const log = new FactLog();
  const settings = content.plan;
  const pending: { id: string; resolve: Resolve }[] = [];

  // 1. Who, what, with what: unknown ids fall back to the "not sure" choices, with a notice.
  const pickOr = <T>(map: Map<string, T>, id: string, fallback: string, notice: string, list: T[]): T => {
    const hit = map.get(id);
    if (hit) return hit;
    pending.push({ id: notice, resolve: () => undefined });
    return map.get(fallback) ?? (list[0] as T);
  };
  const task = pickOr(ix.tasks, answers.task, settings.fallbacks.task, settings.notices.unknownTask, content.tasks);
  const who = pickOr(ix.beneficiaries, answers.beneficiary, settings.fallbacks.beneficiary, settings.notices.unknownBeneficiary, content.beneficiaries);
  const cred = pickOr(ix.credentials, answers.credential, settings.fallbacks.credential, settings.notices.unknownCredential, content.credentials);
  log.use(task);
  log.use(who);
  log.use(cred);

  // 2. Where: the region (or both, when unsure) and, for a move, the destination.
  const where = resolveWhere(answers.region, content, ix);
  let dest: Where | undefined;
  if (task.askDestination) {
    if (answers.destination) dest = resolveWhere(answers.destination, content, ix);
    else {
      dest = resolveWhere({ kind: 'unsure' }, content, ix);
      dest.notices = [{ id: settings.notices.destinationMissing }];
    }
  }
  where.facts.forEach((f) => log.use(f));
  dest?.facts.forEach((f) => log.use(f));

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
  const situation: Situation = {
    task: task.id,
    where: where.kind,
    ...(dest ? { to: dest.kind } : {}),
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
  const helpIds: string[] = [];
  const uses: { id: string; purpose?: LocalizedText; help: string[] }[] = [];

  const slotPortals = (ref: PortalRef): { ids: string[]; help?: string[] } => {
    if (ref === '@contractor') return { ids: where.contractors, help: where.contractorHelp };
    if (ref === '@to-contractor') return { ids: dest?.contractors ?? [], ...(dest ? { help: dest.contractorHelp } : {}) };
    return { ids: [ref] };
  };
  const addPortal = (id: string, purpose: LocalizedText | undefined, help: string[] | undefined) => {
    const portal = ix.portals.get(id);
    if (!portal || uses.some((u) => u.id === id)) return;
    uses.push({ id, ...(purpose ? { purpose } : {}), help: help ?? [...portal.helpLines] });
  };

  for (const rule of rules) {
    for (const use of rule.portals ?? []) {
      const { ids, help } = slotPortals(use.portal);
      // One contractor: its area's lines (e.g. Pacific); several (unsure): each its own.
      for (const id of ids) addPortal(id, use.purpose, ids.length === 1 ? help : undefined);
    }
    rule.notices?.forEach((id) => pending.push({ id, resolve }));
    rule.bring?.forEach((s) => bring.add(item(s)));
    rule.steps?.forEach((s) => steps.add(item(s)));
    for (const ref of rule.helpLines ?? []) {
      const slot = slotPortals(ref);
      helpIds.push(...(slot.help ?? slot.ids));
    }
  }
  // A plan always names somewhere to go: the regional contractor(s), else the first portal.
  if (uses.length === 0) {
    for (const id of where.contractors) addPortal(id, undefined, where.contractors.length === 1 ? where.contractorHelp : undefined);
    if (uses.length === 0 && content.portals[0]) addPortal(content.portals[0].id, undefined, undefined);
  }

  // 4. Sign-in: per portal, the option for this credential; set-up steps where needed.
  const setup = new ItemList();
  cred.setupFirst?.forEach((s) => setup.add(item(s)));
  const setupDone = new Set<string>();
  const portals: PlanPortal[] = uses.map((u) => {
    const portal = ix.portals.get(u.id)!;
    log.use(portal);
    const { option, owner } = signInOption(portal, cred.id, ix);
    if (option) log.use(option);
    const signIn = fillText(option?.text ?? settings.portalSignInDefault, resolve, log);
    if (option?.setup === 'account' && owner.account && !setupDone.has(`account:${owner.id}`)) {
      setupDone.add(`account:${owner.id}`);
      owner.account.bring?.forEach((s) => bring.add(item(s, portal.id)));
      owner.account.steps.forEach((s) => setup.add(item(s, portal.id)));
    } else if (option?.setup && option.setup !== 'account' && !setupDone.has(`credential:${option.setup}`)) {
      setupDone.add(`credential:${option.setup}`);
      ix.credentials.get(option.setup)?.setup?.forEach((s) => setup.add(item(s, portal.id)));
    }
    const purpose = fillText(u.purpose ?? portal.purpose, resolve, log);
    return {
      id: portal.id,
      name: portal.name,
      url: portal.url,
      purpose: purpose.text,
      signIn: signIn.text,
      ...(portal.unconfirmed ? { unconfirmed: true } : {}),
      ...(option?.unconfirmed || signIn.unconfirmed ? { signInUnconfirmed: true } : {}),
      helpLines: u.help,
    };
  });
  const advice = new ItemList();
  for (const a of cred.advice ?? []) {
    if (!a.portals || a.portals.some((p) => uses.some((u) => u.id === p))) advice.add(item(a));
  }

  // 5. Help lines: the rules' first, then "confirm your region" lines (both regions' numbers,
  // as the notice says), then each portal's.
  const confirmHelp = (w: typeof where | undefined) => (w && w.otherHelp.length > 0 ? [...w.contractorHelp, ...w.otherHelp] : []);
  helpIds.push(...confirmHelp(where), ...confirmHelp(dest), ...uses.flatMap((u) => u.help));
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

  return {
    answers,
    summary: summarize(answers, task.label, who.label, cred.label, where, dest, content, log),
    notices: noticesFrom(pending, ix.notices, log),
    portals,
    signIn: { credential: cred.id, label: cred.label, advice: advice.items, setup: setup.items },
    bring: bring.items,
    steps: steps.items,
    helpLines,
    reviewed: log.oldest,
    sources: log.sources,
  };
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
  answers: CompleteAnswers,
  task: LocalizedText,
  who: LocalizedText,
  cred: LocalizedText,
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
    { question: 'region', label: q.region, value: placeOf(where) },
    ...(dest ? [{ question: 'destination' as const, label: q.destination, value: placeOf(dest) }] : []),
    { question: 'beneficiary', label: q.beneficiary, value: who },
    { question: 'credential', label: q.credential, value: cred },
  ];
}
