import { explainTerms } from '../glossary/explain';
import type { Lang } from '../i18n';
import type { Plan, PlanItem } from '../plan/types';

/**
 * The checklist in reading order, in one language, as plain strings: what the screen
 * (PlanView), the printed page (html.ts) and the whole-checklist QR text (plain.ts) all show.
 * One order everywhere — the answer first, then the numbered steps (one path), other ways,
 * notices, the websites with how to sign in and what to set up, the rest, the help lines —
 * and jargon explained once, where it first appears in that order.
 */
export interface DocItem {
  text: string;
  /** Rests on a fact no source settles: shown with "(not confirmed)". */
  unconfirmed: boolean;
}

export interface DocHelpLine {
  id: string;
  name: string;
  phone: string;
  tty?: string;
  note?: string;
  unconfirmed: boolean;
}

export interface DocPortal {
  id: string;
  name: string;
  /** Full address (what the QR code opens). */
  url: string;
  /** The address as a visitor types it: no "https://", no trailing slash. */
  shown: string;
  host: string;
  purpose: string;
  /** How to sign in there (or, for a portal the visitor only calls, that no sign-in is needed). */
  signIn: DocItem;
  /** A portal the visitor only calls: its number. */
  call?: string;
  /** What to set up for this website if the visitor does not have it yet. */
  setup: DocItem[];
  /** The address itself is unconfirmed. */
  unconfirmed: boolean;
}

export interface ChecklistDocument {
  lang: Lang;
  /** The visitor's answers, in the words they chose ("Check a referral", "California"). */
  answers: string[];
  /** The answer first: where to go, how to sign in there, what to do, whom to call. */
  lead: {
    go: { name: string; shown: string }[];
    signIn?: DocItem;
    call?: string;
    task: string;
    help?: DocHelpLine;
  };
  steps: DocItem[];
  alternatives: DocItem[];
  notices: (DocItem & { kind: string })[];
  /** General set-up advice before the websites (e.g. "set up each sign-in before you need it"). */
  setup: DocItem[];
  portals: DocPortal[];
  /**
   * What the visitor's own sign-in means at these websites ("About your DS Logon"); without
   * `credential` (no sign-in yet, or not sure), general sign-in advice ("About signing in").
   */
  about?: { credential?: string; advice: DocItem[] };
  bring: DocItem[];
  notes: DocItem[];
  help: DocHelpLine[];
  /** Oldest review date of the facts used (YYYY-MM-DD). */
  reviewed: string;
  /** Something on it is marked "not confirmed": explain the mark once. */
  anyUnconfirmed: boolean;
}

/** The address as typed: scheme and a trailing slash dropped ("idco.dmdc.osd.mil/idco"). */
export function shownUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}

export function checklistDocument(plan: Plan, lang: Lang): ChecklistDocument {
  // Every text in reading order goes through the glossary once, then back into its place.
  const texts: string[] = [];
  const take = (s: string): number => texts.push(s) - 1;
  const item = (i: Pick<PlanItem, 'text' | 'unconfirmed'>) => ({ at: take(i.text[lang]), unconfirmed: i.unconfirmed === true });

  const answers = plan.summary.map((s) => take(s.value[lang]));
  const byId = new Map(plan.portals.map((p) => [p.id, p]));
  const main = byId.get(plan.lead.portals[0] ?? '') ?? plan.portals[0]!;
  const helpOf = (id: string | undefined) => plan.helpLines.find((h) => h.id === id);
  const callOf = (p: Plan['portals'][number]) => (p.call ? helpOf(p.helpLines?.[0])?.phone ?? plan.helpLines[0]?.phone : undefined);
  const leadHelp = helpOf(plan.lead.helpLine);
  const one = plan.lead.portals.length <= 1;
  const lead = {
    signIn: one && !main.call ? item({ text: main.signIn, unconfirmed: main.signInUnconfirmed }) : undefined,
    task: take(plan.lead.task[lang]),
  };
  const steps = plan.steps.map(item);
  const alternatives = plan.alternatives.map(item);
  const notices = plan.notices.map((n) => ({ ...item(n), kind: n.kind }));
  const setup = plan.signIn.setup.filter((s) => !s.portal || !byId.has(s.portal)).map(item);
  const portals = plan.portals.map((p) => ({
    p,
    purpose: take(p.purpose[lang]),
    signIn: item({ text: p.signIn, unconfirmed: p.signInUnconfirmed }),
    setup: plan.signIn.setup.filter((s) => s.portal === p.id).map(item),
  }));
  const about =
    plan.signIn.advice.length > 0
      ? { ...(plan.signIn.held && plan.signIn.label ? { credential: plan.signIn.label[lang] } : {}), advice: plan.signIn.advice.map(item) }
      : undefined;
  const bring = plan.bring.map(item);
  const notes = plan.notes.map(item);
  const help = plan.helpLines.map((h) => ({ h, name: take(h.name[lang]), note: h.note ? take(h.note[lang]) : undefined }));

  const said = explainTerms(texts, plan.terms, lang);
  const text = (at: number) => said[at]!;
  const done = (x: { at: number; unconfirmed: boolean }): DocItem => ({ text: text(x.at), unconfirmed: x.unconfirmed });
  const helpLine = (x: (typeof help)[number]) => ({
    id: x.h.id,
    name: text(x.name),
    phone: x.h.phone,
    ...(x.h.tty ? { tty: x.h.tty } : {}),
    ...(x.note !== undefined ? { note: text(x.note) } : {}),
    unconfirmed: x.h.unconfirmed === true,
  });
  const helpDone = help.map(helpLine);

  const doc: ChecklistDocument = {
    lang,
    answers: answers.map(text),
    lead: {
      go: plan.lead.portals.map((id) => byId.get(id)!).filter(Boolean).map((p) => ({ name: p.name[lang], shown: shownUrl(p.url) })),
      ...(lead.signIn ? { signIn: done(lead.signIn) } : {}),
      ...(one && main.call ? { call: callOf(main)! } : {}),
      task: text(lead.task),
      ...(leadHelp ? { help: helpDone.find((h) => h.id === leadHelp.id)! } : {}),
    },
    steps: steps.map(done),
    alternatives: alternatives.map(done),
    notices: notices.map((n) => ({ ...done(n), kind: n.kind })),
    setup: setup.map(done),
    portals: portals.map(({ p, purpose, signIn, setup: s }) => ({
      id: p.id,
      name: p.name[lang],
      url: p.url,
      shown: shownUrl(p.url),
      host: new URL(p.url).host,
      purpose: text(purpose),
      signIn: done(signIn),
      ...(p.call ? { call: callOf(p)! } : {}),
      setup: s.map(done),
      unconfirmed: p.unconfirmed === true,
    })),
    ...(about ? { about: { ...(about.credential !== undefined ? { credential: about.credential } : {}), advice: about.advice.map(done) } } : {}),
    bring: bring.map(done),
    notes: notes.map(done),
    help: helpDone,
    reviewed: plan.reviewed,
    anyUnconfirmed: false,
  };
  doc.anyUnconfirmed = [
    doc.lead.signIn,
    ...doc.steps,
    ...doc.alternatives,
    ...doc.notices,
    ...doc.setup,
    ...doc.portals.flatMap((p) => [p.signIn, ...p.setup, { unconfirmed: p.unconfirmed }]),
    ...(doc.about?.advice ?? []),
    ...doc.bring,
    ...doc.notes,
    ...doc.help,
  ].some((x) => x?.unconfirmed === true);
  return doc;
}
