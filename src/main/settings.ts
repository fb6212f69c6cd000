import { copyFileSync } from 'node:fs';
import { z } from 'zod';
import { PAPER_SIZES } from '../shared/ipc';
import { MIN_WARNING_MS } from '../shared/machine';
import { err, ok, type Result } from '../shared/result';
import { asideName, writeFileAtomic, type AtomicFs } from './files/atomic-write';
import { parseLenientJson } from './files/lenient-json';
import { readTextFile } from './files/text-file';
import { STAFF_FILE_FIELDS } from './staff/settings-fields';

/**
 * Operator settings: a JSON file in userData (or KIOSK_SETTINGS), validated field by field.
 * A bad field falls back to its default alone — a typo in idleSeconds must not throw away a
 * good printer name and turn every Print into "ask staff". A file that is not JSON at all is
 * copied aside (settings.json.corrupt-<time>) for staff and defaults are used; a missing file
 * is simply defaults. Comments and trailing commas are accepted. Written only whole and
 * atomically (saveSettings), for the staff panel.
 */
export const SETTING_FIELDS = {
  /** CUPS queue (Linux/macOS) or printer name (Windows). Empty: printing says "ask staff". */
  printer: z.string().regex(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,126}$/, 'must be a printer/queue name (letters, digits, _ . -)').optional(),
  paper: z.enum(PAPER_SIZES).default('letter'),
  printTimeoutSeconds: z.number().int().min(5).max(600).default(60),
  idleSeconds: z.number().int().min(10).max(3600).default(60),
  warningSeconds: z.number().int().min(MIN_WARNING_MS / 1000).max(600).default(30),
  /** Folder holding the content files; default: the installed content bundle, else data/ beside the app. */
  contentDir: z.string().min(1).max(4096).optional(),
  /**
   * Ed25519 public key (PEM, or base64 of the DER SPKI) that signs content bundles. Without
   * one, no bundle is accepted.
   */
  contentPublicKey: z.string().min(40).max(1000).optional(),
  /** Leave kiosk mode off for staff set-up and development. */
  kiosk: z.boolean().default(true),
  /** Staff mode's settings: default language, kiosk name/location, the PIN (src/main/staff/settings-fields.ts). */
  ...STAFF_FILE_FIELDS,
} as const;

export const SettingsSchema = z.strictObject(SETTING_FIELDS);
export type Settings = z.infer<typeof SettingsSchema>;
export type SettingName = keyof typeof SETTING_FIELDS;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

export interface LoadedSettings {
  settings: Settings;
  /** Human-readable problems for the staff log; empty when the file was fine or absent. */
  problems: string[];
}

const isSettingName = (k: string): k is SettingName => Object.hasOwn(SETTING_FIELDS, k);

/** Field by field: good fields are kept, each bad one falls back to its default with a message. */
export function parseSettings(raw: unknown, source: string): LoadedSettings {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { settings: DEFAULT_SETTINGS, problems: [`${source}: must be a JSON object of settings — using default settings`] };
  }
  const problems: string[] = [];
  const picked: Record<string, unknown> = {};
  for (const key of Object.keys(raw)) {
    if (!isSettingName(key)) {
      problems.push(`${source} › ${JSON.stringify(key.slice(0, 40))}: not a setting (typo?) — ignored`);
      continue;
    }
    const value = (raw as Record<string, unknown>)[key];
    const result = SETTING_FIELDS[key].safeParse(value);
    if (result.success) picked[key] = result.data;
    else problems.push(`${source} › ${key}: ${result.error.issues[0]?.message ?? 'invalid'} — using the default for this setting`);
  }
  // Each field was checked alone; the whole (with defaults filled) is valid by construction.
  return { settings: SettingsSchema.parse(picked), problems };
}

export interface LoadSettingsOptions {
  now?: () => Date;
}

export function loadSettingsFile(path: string, options: LoadSettingsOptions = {}): LoadedSettings {
  let text: string;
  try {
    text = readTextFile(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { settings: DEFAULT_SETTINGS, problems: [] };
    return { settings: DEFAULT_SETTINGS, problems: [`${path}: cannot read (${(e as Error).message}) — using default settings`] };
  }
  let raw: unknown;
  try {
    raw = parseLenientJson(text); // comments and trailing commas are fine
  } catch (e) {
    return { settings: DEFAULT_SETTINGS, problems: [`${path}: not valid JSON (${(e as Error).message}); ${keepAside(path, options)} — using default settings`] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { settings: DEFAULT_SETTINGS, problems: [`${path}: must be a JSON object of settings; ${keepAside(path, options)} — using default settings`] };
  }
  return parseSettings(raw, path);
}

/** A copy of an unreadable file for staff to look at; the original stays until a save replaces it. */
function keepAside(path: string, options: LoadSettingsOptions): string {
  const aside = asideName(path, (options.now ?? (() => new Date()))());
  try {
    copyFileSync(path, aside);
    return `a copy is kept at ${aside}`;
  } catch (e) {
    return `could not keep a copy (${(e as Error).message})`;
  }
}

/**
 * Validates the whole settings object and writes it atomically (temp file, fsync, rename):
 * a crash or power cut mid-save leaves the old file whole. For the staff panel.
 */
export function saveSettings(path: string, settings: unknown, fs?: AtomicFs): Result<Settings, string[]> {
  const parsed = SettingsSchema.safeParse(settings);
  if (!parsed.success) return err(parsed.error.issues.map((i) => `${i.path.join('.') || '(settings)'}: ${i.message}`));
  try {
    writeFileAtomic(path, `${JSON.stringify(parsed.data, null, 2)}\n`, fs);
  } catch (e) {
    return err([`cannot save ${path}: ${(e as Error).message}`]);
  }
  return ok(parsed.data);
}
