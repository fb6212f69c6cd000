import type { LocalizedText } from '../i18n';
import type { CompleteAnswers } from '../answers';

/**
 * One visitor's personalized answer: the product of buildPlan(answers, content).
 * Everything a visitor sees on the result screen or takes home on paper comes from here,
 * already resolved to text in every language, so the screen, the printed checklist and
 * the QR text can never disagree.
 */
export interface Plan {
  answers: CompleteAnswers;
  /** Plain-language answers as shown on review and printed ("Check a referral", "California"). */
  summary: { question: 'task' | 'region' | 'destination' | 'beneficiary' | 'credential'; label: LocalizedText; value: LocalizedText }[];
  /** Friendly notices first on the page: contradictions, "confirm your region", cautions. */
  notices: PlanNotice[];
  /** Portals in the order the visitor will use them. At least one. */
  portals: PlanPortal[];
  /** How to sign in with what the visitor has, and what to set up if they have nothing usable. */
  signIn: PlanSignIn;
  /** What to have with you. */
  bring: PlanItem[];
  /** Numbered steps, in order. */
  steps: PlanItem[];
  /** Help lines, most relevant first. At least one. */
  helpLines: PlanHelpLine[];
  /** Oldest `reviewed` date (YYYY-MM-DD) of the facts this plan used. */
  reviewed: string;
  /** Distinct `source` addresses of the facts this plan used. */
  sources: string[];
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
  /** What this visitor uses it for. */
  purpose: LocalizedText;
  /** Which sign-in to use there, for this visitor. */
  signIn: LocalizedText;
  unconfirmed?: boolean;
  /** The sign-in text rests on an unconfirmed fact (e.g. myAuth at a site not known to take it). */
  signInUnconfirmed?: boolean;
  /** The portal's help line ids, in this plan's helpLines (first is the main one). */
  helpLines?: string[];
}

export interface PlanSignIn {
  credential: string;
  label: LocalizedText;
  advice: PlanItem[];
  /**
   * Set-up steps when the visitor has no usable sign-in yet; empty otherwise. Also holds a
   * portal's own-account steps (TriWest, Express Scripts…): items carry `portal`.
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
