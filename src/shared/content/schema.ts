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
  ...FactFields,
});

export const Region = z.strictObject({
  id: Id,
  label: Localized,
  ...FactFields,
});

export const State = z.strictObject({
  code: z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter code'),
  name: Localized,
  region: Id,
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

/** Screen and printout wording that is not a fact: buttons, headings, prompts. */
export const UiStrings = z.record(z.string().regex(/^[a-zA-Z0-9.]+$/), Localized);

export type LocalizedT = z.infer<typeof Localized>;
export type HelpLine = z.infer<typeof HelpLine>;
export type Credential = z.infer<typeof Credential>;
export type Beneficiary = z.infer<typeof Beneficiary>;
export type Portal = z.infer<typeof Portal>;
export type Region = z.infer<typeof Region>;
export type State = z.infer<typeof State>;
export type Territory = z.infer<typeof Territory>;
export type OverseasArea = z.infer<typeof OverseasArea>;
export type Task = z.infer<typeof Task>;
export type UiStrings = z.infer<typeof UiStrings>;
