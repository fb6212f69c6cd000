import { z } from 'zod';
import { LANGS } from '../i18n';
import { PAPER_SIZES } from '../ipc';
import { MIN_WARNING_MS } from '../machine';

/**
 * The settings staff may change from the panel, one zod schema per field. Each change names
 * one or more fields; each field is checked on its own, so one bad value is refused alone
 * (with its message) and the others still apply. Main then merges the change into the
 * settings file and saves it; the ranges here are the file's ranges (a test holds them equal).
 */

/** A CUPS queue name as lpadmin accepts it (never starting with "-", so never an lp option). */
export const QueueName = z.string().regex(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,126}$/, 'must be a printer queue name (letters, digits, _ . -)');

/** What staff may type on the panel's keyboard for the kiosk's name and location. */
export const KIOSK_TEXT_CHARS = /^[\p{L}\p{N} .,'#&()/:-]*$/u;
const kioskText = (max: number) =>
  z
    .string()
    .transform((s) => s.replace(/\s+/g, ' ').trim())
    .pipe(
      z
        .string()
        .max(max, `at most ${max} characters`)
        .regex(KIOSK_TEXT_CHARS, "letters, digits, spaces and . , ' # & ( ) / : - only"),
    );

export const STAFF_SETTING_FIELDS = {
  /** null: no printer (Print then tells visitors to ask staff). */
  printer: QueueName.nullable(),
  paper: z.enum(PAPER_SIZES),
  printTimeoutSeconds: z.number().int('must be a whole number').min(5).max(600),
  idleSeconds: z.number().int('must be a whole number').min(10).max(3600),
  warningSeconds: z.number().int('must be a whole number').min(MIN_WARNING_MS / 1000).max(600),
  defaultLang: z.enum(LANGS),
  kioskName: kioskText(60),
  kioskLocation: kioskText(80),
} as const;

export type StaffSettingField = keyof typeof STAFF_SETTING_FIELDS;
export const STAFF_SETTING_FIELD_NAMES = Object.keys(STAFF_SETTING_FIELDS) as StaffSettingField[];

export type StaffSettingsView = { [K in StaffSettingField]: z.output<(typeof STAFF_SETTING_FIELDS)[K]> };
export type StaffSettingsChange = Partial<StaffSettingsView>;

export const DEFAULT_STAFF_SETTINGS: StaffSettingsView = {
  printer: null,
  paper: 'letter',
  printTimeoutSeconds: 60,
  idleSeconds: 60,
  warningSeconds: 30,
  defaultLang: 'en',
  kioskName: '',
  kioskLocation: '',
};

export interface FieldError {
  /** The field name, or "(change)" when the message as a whole is wrong. */
  field: string;
  message: string;
}

/**
 * Checks a change from the renderer: each known field on its own. Returns the valid fields
 * (text trimmed) and one error per bad or unknown field, so one bad value is refused alone.
 */
export function parseSettingsChange(raw: unknown): { change: StaffSettingsChange; errors: FieldError[] } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { change: {}, errors: [{ field: '(change)', message: 'must be an object of settings' }] };
  }
  const entries = Object.entries(raw as Record<string, unknown>);
  if (entries.length === 0) return { change: {}, errors: [{ field: '(change)', message: 'names no setting' }] };
  const errors: FieldError[] = [];
  const change: Record<string, unknown> = {};
  for (const [field, value] of entries) {
    if (!Object.hasOwn(STAFF_SETTING_FIELDS, field)) {
      errors.push({ field, message: 'is not a setting staff can change' });
      continue;
    }
    const parsed = STAFF_SETTING_FIELDS[field as StaffSettingField].safeParse(value);
    if (parsed.success) change[field] = parsed.data;
    else errors.push({ field, message: parsed.error.issues.map((i) => i.message).join('; ') });
  }
  return { change: change as StaffSettingsChange, errors };
}
