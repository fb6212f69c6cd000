import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { PAPER_SIZES } from '../shared/ipc';
import { MIN_WARNING_MS } from '../shared/machine';
import { STAFF_FILE_FIELDS } from './staff/settings-fields';

/**
 * Operator settings, read from a JSON file (KIOSK_SETTINGS or <userData>/settings.json).
 * A missing file means defaults; a bad file also means defaults, plus a clear message for the
 * staff log naming the field, so a typo never takes the kiosk down.
 */
export const SettingsSchema = z.strictObject({
  /** CUPS queue (Linux/macOS) or printer name (Windows). Empty: printing says "ask staff". */
  printer: z.string().regex(/^[A-Za-z0-9_.-]{1,127}$/, 'must be a printer/queue name (letters, digits, _ . -)').optional(),
  paper: z.enum(PAPER_SIZES).default('letter'),
  printTimeoutSeconds: z.number().int().min(5).max(600).default(60),
  idleSeconds: z.number().int().min(10).max(3600).default(60),
  warningSeconds: z.number().int().min(MIN_WARNING_MS / 1000).max(600).default(30),
  /** Folder holding the content files; default: data/ next to the app. */
  contentDir: z.string().min(1).optional(),
  /** Leave kiosk mode off for staff set-up and development. */
  kiosk: z.boolean().default(true),
  /** Staff mode's settings: default language, kiosk name/location, the PIN (src/main/staff/settings-fields.ts). */
  ...STAFF_FILE_FIELDS,
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

export interface LoadedSettings {
  settings: Settings;
  /** Human-readable problems for the staff log; empty when the file was fine or absent. */
  problems: string[];
}

export function parseSettings(raw: unknown, source: string): LoadedSettings {
  const result = SettingsSchema.safeParse(raw);
  if (result.success) return { settings: result.data, problems: [] };
  return {
    settings: DEFAULT_SETTINGS,
    problems: result.error.issues.map(
      (i) => `${source} › ${i.path.join('.') || '(file)'}: ${i.message} — using default settings`,
    ),
  };
}

export function loadSettingsFile(path: string): LoadedSettings {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { settings: DEFAULT_SETTINGS, problems: [] };
    return { settings: DEFAULT_SETTINGS, problems: [`${path}: cannot read (${(e as Error).message}) — using default settings`] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { settings: DEFAULT_SETTINGS, problems: [`${path}: not valid JSON (${(e as Error).message}) — using default settings`] };
  }
  return parseSettings(raw, path);
}
