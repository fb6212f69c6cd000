import type { LocalizedText } from '../i18n';
import type { PlanAnswers } from './relevance';

/**
 * One visitor's personalized answer: the product of buildPlan(answers, content).
 * Everything a visitor sees on the result screen or takes home on paper comes from here,
 * already resolved to text in every language, so the screen, the printed checklist and
 * the QR text can never disagree.
 */
export interface Plan {
  answers: PlanAnswers;
  /**
   * Plain-language answers as shown on review and printed ("Check a referral", "California"):
   * only the questions this task asks (a question whose answer cannot change the plan is not asked).
   */
  summary: { question: 'task' | 'region' | 'destination' | 'beneficiary' | 'credential'; label: LocalizedText; value: LocalizedText }[];
  /** The answer first: go to this website, sign in this way, to do this; the help line. */
  lead: PlanLead;
  /** Friendly notices: contradictions, "confirm your region", cautions. */
  notices: PlanNotice[];
  /** Portals in the order the visitor will use them (one card per web address). At least one. */
  portals: PlanPortal[];
  /** What the visitor's own credential means here, and general set-up steps. */
  signIn: PlanSignIn;
  /** What to have with you. */
  bring: PlanItem[];
  /** The numbered steps: one path, in order. */
  steps: PlanItem[];
  /** Other ways to do one of the steps (not part of the numbered path). */
  alternatives: PlanItem[];
  /** Facts to know that are not steps (deadlines, costs, what stays the same). */
  notes: PlanItem[];
  /** Help lines, most relevant first. At least one. */
  helpLines: PlanHelpLine[];
  /** The glossary entries for words this plan uses (explained once, where they first appear). */
  terms: PlanTerm[];
  /** Oldest `reviewed` date (YYYY-MM-DD) of the facts this plan used. */
  reviewed: string;
  /** Distinct `source` addresses of the facts this plan used. */
  sources: string[];
}

/** A word to explain in plain language (data/glossary.json). */
export interface PlanTerm {
  id: string;
  terms: { en: string[]; es: string[] };
  means: LocalizedText;
  plain?: { en: string[]; es: string[] };
}

export interface PlanLead {
  /** Where to go first: one portal id, or both regional contractors when the region is not known. */
  portals: string[];
  /** What to do there. */
  task: LocalizedText;
  /** The help line to call first (an id in helpLines). */
  helpLine?: string;
}

export interface PlanNotice {
  kind: 'info' | 'caution' | 'confirm-region' | 'contradiction';
  text: LocalizedText;
  /** Content id of the notice (for tests and usage counts; never shown). */
  id?: string;
  unconfirmed?: boolean;
}

export interface PlanItem {
  text: LocalizedText;
  /** True when the fact behind it is not confirmed: shown and printed with cautious wording. */
  unconfirmed?: boolean;
  /** The portal this item belongs to (sign-in set-up steps are grouped by portal). */
  portal?: string;
}

export interface PlanPortal {
  id: string;
  name: LocalizedText;
  /** Full https address, as printed and encoded in the QR code. */
  url: string;
  /** What this visitor uses it for (several uses of one address are joined). */
  purpose: LocalizedText;
  /** Which sign-in to use there, for this visitor. */
  signIn: LocalizedText;
  unconfirmed?: boolean;
  /** The sign-in text rests on an unconfirmed fact (e.g. myAuth at a site not known to take it). */
  signInUnconfirmed?: boolean;
  /** The visitor only calls this one (e.g. the current contractor before a move): its phone, no sign-in. */
  call?: boolean;
  /** The portal's help line ids, in this plan's helpLines (first is the main one). */
  helpLines?: string[];
}

export interface PlanSignIn {
  /** The visitor's credential, when the task asked for it. */
  credential?: string;
  label?: LocalizedText;
  /** The answer names a sign-in the visitor has (not "none yet" or "not sure"). */
  held?: boolean;
  /** What this credential means at the websites of this plan. */
  advice: PlanItem[];
  /**
   * How to set up what each website needs, for a visitor who does not have it yet: items carry
   * the `portal` whose card they belong to; items without one come first (general).
   */
  setup: PlanItem[];
}

export interface PlanHelpLine {
  id: string;
  name: LocalizedText;
  phone: string;
  tty?: string;
  note?: LocalizedText;
  unconfirmed?: boolean;
}
