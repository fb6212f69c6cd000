import { z } from 'zod';

/**
 * The content schema: every fact the kiosk shows or prints lives in data/*.json and is
 * checked here, at startup and in tests. Types are inferred from these schemas; there are
 * no hand-written copies.
 *
 * UI-facing shape (ids, labels, hints, askDestination, the region lists and ui strings) is a
 * contract with the renderer; extend it, don't rename it.
 */

const nonEmpty = z.string().trim().min(1, 'must not be empty');
export const Id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a lowercase id (a-z, 0-9, -)');

/** Text in both languages. A missing language is a missing field, named in the error. */
export const Localized = z.strictObject({ en: nonEmpty, es: nonEmpty });

/** Every fact says where it came from and when a person last checked it. */
export const FactFields = {
  source: z.url({ protocol: /^https$/, error: 'must be an https address' }),
  reviewed: z.iso.date({ error: 'must be a date YYYY-MM-DD' }),
  /** Not settled by any source we found: worded cautiously on screen and on paper. */
  unconfirmed: z.boolean().optional(),
  /** Why a fact differs from a seed page, or what is still open. For maintainers only. */
  note: z.string().optional(),
};

/** One fact a visitor reads: a step, a thing to bring, a piece of advice. May hold {placeholders}. */
export const Step = z.strictObject({
  text: Localized,
  ...FactFields,
});

/** Advice about a credential; `portals` limits it to plans that use one of those portals. */
export const Advice = z.strictObject({
  text: Localized,
  portals: z.array(Id).optional(),
  ...FactFields,
});

/**
 * How to sign in to one portal with the credentials in `with` (no `with`: any credential;
 * the first option that matches wins, so the catch-all goes last). `setup` names what the
 * visitor must set up first: "account" (the portal's own account steps) or a credential id
 * (that credential's setup steps).
 */
export const SignInOption = z.strictObject({
  with: z.array(Id).min(1).optional(),
  text: Localized,
  setup: Id.optional(),
  ...FactFields,
});

/** A portal's own account: what to have ready and how to register, log in, recover. */
export const PortalAccount = z.strictObject({
  bring: z.array(Step).optional(),
  steps: z.array(Step).min(1),
});

export const HelpLine = z.strictObject({
  id: Id,
  name: Localized,
  phone: nonEmpty,
  tty: nonEmpty.optional(),
  hours: Localized.optional(),
  /** Shown under the number, e.g. "DS Logon help: option 5". */
  detail: Localized.optional(),
  ...FactFields,
});

export const Credential = z.strictObject({
  id: Id,
  label: Localized,
  hint: Localized,
  /** Shown on every plan for a visitor with this credential (filtered by `portals`). */
  advice: z.array(Advice).optional(),
  /** How to get this credential; used when a portal's sign-in option says `setup: <this id>`. */
  setup: z.array(Step).optional(),
  /** Set for "none" / "not sure": the plan always opens its sign-in part with these steps. */
  setupFirst: z.array(Step).optional(),
  ...FactFields,
});

export const Beneficiary = z.strictObject({
  id: Id,
  label: Localized,
  hint: Localized,
  ...FactFields,
});

export const Portal = z.strictObject({
  id: Id,
  name: Localized,
  url: z.url({ protocol: /^https$/, error: 'must be an https address' }),
  purpose: Localized,
  helpLines: z.array(Id).min(1),
  /** Sign-in options by credential; the last should have no `with` (the catch-all). */
  signIn: z.array(SignInOption).min(1).optional(),
  /** Takes the sign-in options of another portal (BWE is inside milConnect). */
  signInLike: Id.optional(),
  account: PortalAccount.optional(),
  ...FactFields,
});

/**
 * A host that portal addresses may point at. The allow-list is content, with a source like any
 * fact, so a tampered or mistyped portals.json cannot send visitors to a look-alike sign-in
 * site: checked in references.ts (src/shared/content/portal-urls.ts).
 */
export const PortalHost = z.strictObject({
  host: z.string().regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, 'must be a lowercase ASCII host name'),
  ...FactFields,
});

export const Region = z.strictObject({
  id: Id,
  label: Localized,
  /** The portal of the regional contractor (Humana Military, TriWest, International SOS). */
  contractor: Id.optional(),
  ...FactFields,
});

const Zip = z.string().regex(/^\d{5}$/, 'must be a five-digit ZIP code');

/**
 * Border ZIP codes that belong to another region. `zips` holds only ZIPs confirmed by a
 * source; while it is empty the kiosk asks every visitor from this state to confirm.
 */
export const CarveOut = z.strictObject({
  region: Id,
  zips: z.array(Zip),
  ...FactFields,
});

export const State = z.strictObject({
  code: z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter code'),
  name: Localized,
  region: Id,
  carveOut: CarveOut.optional(),
  ...FactFields,
});

export const Territory = z.strictObject({
  code: z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter code'),
  name: Localized,
  area: Id,
  ...FactFields,
});

export const OverseasArea = z.strictObject({
  id: Id,
  name: Localized,
  hint: Localized,
  /** The International SOS call center(s) for this area, first the main one. */
  helpLines: z.array(Id).min(1).optional(),
  ...FactFields,
});

/** A visitor who does not know where they count: whom to point them to instead of a region. */
export const UnsureRegion = z.strictObject({
  label: Localized,
  /** Portals offered side by side (e.g. both regional contractors). */
  contractors: z.array(Id).min(1),
  /** Replaces {contractor} and {contractor.phone} in templates; may hold {phone.<id>}. */
  contractorName: Localized,
  contractorPhone: Localized,
  ...FactFields,
});

export const Task = z.strictObject({
  id: Id,
  label: Localized,
  hint: Localized,
  /** Ask "where are you moving to?" after "where do you live?". */
  askDestination: z.boolean().optional(),
  ...FactFields,
});

/** Where the visitor is, as rules see it. A territory is overseas for TRICARE but not for TFL. */
export const REGION_KINDS = ['east', 'west', 'territory', 'overseas', 'unsure'] as const;
export const RegionKind = z.enum(REGION_KINDS);

/** A rule applies when every listed condition holds (unlisted = any). */
export const Conditions = z.strictObject({
  task: z.array(Id).min(1).optional(),
  where: z.array(RegionKind).min(1).optional(),
  /** Destination kind, for tasks that ask one (a move). */
  to: z.array(RegionKind).min(1).optional(),
  who: z.array(Id).min(1).optional(),
  with: z.array(Id).min(1).optional(),
});

/** "@contractor" = the visitor's regional contractor; "@to-contractor" = the destination's. */
export const PORTAL_SLOTS = ['@contractor', '@to-contractor'] as const;
export const PortalRef = z.union([Id, z.enum(PORTAL_SLOTS)]);

export const PortalUse = z.strictObject({
  portal: PortalRef,
  /** What this visitor uses the portal for, when it differs from the portal's general purpose. */
  purpose: Localized.optional(),
});

/**
 * One piece of the decision: every rule whose `when` holds and whose `unless` does not
 * adds its portals, notices, things to bring, steps and help lines, in file order.
 */
export const Rule = z.strictObject({
  id: Id,
  when: Conditions,
  unless: Conditions.optional(),
  portals: z.array(PortalUse).optional(),
  notices: z.array(Id).optional(),
  bring: z.array(Step).optional(),
  steps: z.array(Step).optional(),
  helpLines: z.array(PortalRef).optional(),
  ...FactFields,
});

export const Notice = z.strictObject({
  id: Id,
  kind: z.enum(['info', 'caution', 'confirm-region', 'contradiction']),
  text: Localized,
  ...FactFields,
});

/**
 * Planner settings, not facts: fallbacks for unknown answers, question labels, and which
 * notice to use for situations the planner detects itself (not from a rule).
 */
export const PlanSettings = z.strictObject({
  /** Used when an answer names an id the content does not have. */
  fallbacks: z.strictObject({ task: Id, beneficiary: Id, credential: Id }),
  questions: z.strictObject({
    task: Localized,
    region: Localized,
    destination: Localized,
    beneficiary: Localized,
    credential: Localized,
  }),
  /** How a place with a typed ZIP is shown, e.g. "{place} (ZIP {zip})". */
  placeWithZip: Localized,
  /** Shown for a portal that has no sign-in options of its own. */
  portalSignInDefault: Localized,
  notices: z.strictObject({
    unknownTask: Id,
    unknownPlace: Id,
    unknownBeneficiary: Id,
    unknownCredential: Id,
    /** A state with unconfirmed border ZIP carve-outs. */
    confirmRegion: Id,
    /** The visitor typed a ZIP in such a state that is not on the confirmed list. */
    zipNotConfirmed: Id,
    /** The visitor typed a ZIP that is on a confirmed carve-out list. */
    zipConfirmed: Id,
    regionUnsure: Id,
    /** A move with no destination answer. */
    destinationMissing: Id,
  }),
});

/** "716" or "716-729": the first three digits of a ZIP code, or a range of them. */
const ZipPrefix = z
  .string()
  .regex(/^\d{3}(-\d{3})?$/, 'must be three digits or a range like 716-729')
  .refine((p) => {
    const [from = '', to = from] = p.split('-');
    return from <= to;
  }, 'a range must go up (716-729)');

/** Which ZIP codes belong to a state, by their first three digits (zip-prefixes.json). */
export const StateZipPrefixes = z.strictObject({
  /** The state's two-letter code, as in regions.json. */
  code: z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter code'),
  prefixes: z.array(ZipPrefix).min(1),
  ...FactFields,
});

/** Screen and printout wording that is not a fact: buttons, headings, prompts. */
export const UiStrings = z.record(z.string().regex(/^[a-zA-Z0-9.]+$/), Localized);

export type LocalizedT = z.infer<typeof Localized>;
export type HelpLine = z.infer<typeof HelpLine>;
export type Credential = z.infer<typeof Credential>;
export type Beneficiary = z.infer<typeof Beneficiary>;
export type Portal = z.infer<typeof Portal>;
export type PortalHost = z.infer<typeof PortalHost>;
export type Region = z.infer<typeof Region>;
export type State = z.infer<typeof State>;
export type Territory = z.infer<typeof Territory>;
export type OverseasArea = z.infer<typeof OverseasArea>;
export type Task = z.infer<typeof Task>;
export type UiStrings = z.infer<typeof UiStrings>;
export type StateZipPrefixes = z.infer<typeof StateZipPrefixes>;
export type Step = z.infer<typeof Step>;
export type Advice = z.infer<typeof Advice>;
export type SignInOption = z.infer<typeof SignInOption>;
export type CarveOut = z.infer<typeof CarveOut>;
export type UnsureRegion = z.infer<typeof UnsureRegion>;
export type RegionKind = z.infer<typeof RegionKind>;
export type Conditions = z.infer<typeof Conditions>;
export type PortalRef = z.infer<typeof PortalRef>;
export type Rule = z.infer<typeof Rule>;
export type Notice = z.infer<typeof Notice>;
export type PlanSettings = z.infer<typeof PlanSettings>;
