import { z } from 'zod';
import { err, ok, type Result } from '../result';
import {
  Beneficiary,
  Credential,
  HelpLine,
  Notice,
  OverseasArea,
  PlanSettings,
  Portal,
  PortalHost,
  Region,
  Rule,
  State,
  StateZipPrefixes,
  Task,
  Territory,
  UiStrings,
  UnsureRegion,
} from './schema';
import { checkReferences } from './references';

export { checkReferences };

/**
 * Turns the raw data/*.json files (already JSON-parsed, or a read failure) into validated
 * Content, or a list of errors that each name the file, the item and the field. Pure: the
 * main process reads the files from disk, the web build fetches them; both call this.
 */
export const CONTENT_SCHEMAS = {
  /** Screen wording (renderer). */
  'ui.json': UiStrings,
  /** Printed checklist wording (the checklist document). */
  'print.json': UiStrings,
  'tasks.json': z.array(Task).min(1),
  'beneficiaries.json': z.array(Beneficiary).min(1),
  'credentials.json': z.array(Credential).min(1),
  'portals.json': z.array(Portal).min(1),
  /** The hosts portal addresses may use (no look-alikes, no IPs): the allow-list, with sources. */
  'portal-hosts.json': z.array(PortalHost).min(1),
  'help-lines.json': z.array(HelpLine).min(1),
  'regions.json': z.strictObject({
    regions: z.array(Region).min(1),
    states: z.array(State).min(1),
    territories: z.array(Territory),
    overseasAreas: z.array(OverseasArea),
    unsure: UnsureRegion.optional(),
  }),
  /** The decision rules buildPlan applies (task × where × who × credential). */
  'rules.json': z.array(Rule).min(1),
  /** Notices that rules and the planner put at the top of a plan. */
  'notices.json': z.array(Notice).min(1),
  /** Planner settings: fallbacks for unknown answers, question labels, notice choices. */
  'plan.json': PlanSettings,
  /** The first three digits of each state's ZIP codes: the ZIP screen refuses a ZIP from another state. */
  'zip-prefixes.json': z.array(StateZipPrefixes).min(1),
} as const;

export type ContentFileName = keyof typeof CONTENT_SCHEMAS;
export const CONTENT_FILES = Object.keys(CONTENT_SCHEMAS) as ContentFileName[];

export interface Content {
  ui: z.infer<(typeof CONTENT_SCHEMAS)['ui.json']>;
  printText: z.infer<(typeof CONTENT_SCHEMAS)['print.json']>;
  tasks: z.infer<(typeof CONTENT_SCHEMAS)['tasks.json']>;
  beneficiaries: z.infer<(typeof CONTENT_SCHEMAS)['beneficiaries.json']>;
  credentials: z.infer<(typeof CONTENT_SCHEMAS)['credentials.json']>;
  portals: z.infer<(typeof CONTENT_SCHEMAS)['portals.json']>;
  portalHosts: z.infer<(typeof CONTENT_SCHEMAS)['portal-hosts.json']>;
  helpLines: z.infer<(typeof CONTENT_SCHEMAS)['help-lines.json']>;
  regions: z.infer<(typeof CONTENT_SCHEMAS)['regions.json']>;
  rules: z.infer<(typeof CONTENT_SCHEMAS)['rules.json']>;
  notices: z.infer<(typeof CONTENT_SCHEMAS)['notices.json']>;
  plan: z.infer<(typeof CONTENT_SCHEMAS)['plan.json']>;
  zipPrefixes: z.infer<(typeof CONTENT_SCHEMAS)['zip-prefixes.json']>;
}

/** Where each file's validated value lives in Content: the one file ↔ key map. */
const CONTENT_KEYS = {
  'ui.json': 'ui',
  'print.json': 'printText',
  'tasks.json': 'tasks',
  'beneficiaries.json': 'beneficiaries',
  'credentials.json': 'credentials',
  'portals.json': 'portals',
  'portal-hosts.json': 'portalHosts',
  'help-lines.json': 'helpLines',
  'regions.json': 'regions',
  'rules.json': 'rules',
  'notices.json': 'notices',
  'plan.json': 'plan',
  'zip-prefixes.json': 'zipPrefixes',
} as const satisfies Record<ContentFileName, keyof Content>;

/** Screen and printout wording: keyed strings, not facts or planner text. */
const WORDING_FILES: readonly ContentFileName[] = ['ui.json', 'print.json'];

/**
 * The validated value of every file that holds facts and planner text, by file name, for
 * checks that walk them all (freshness, placeholders, unconfirmed facts).
 */
export function factFiles(content: Content): [ContentFileName, unknown][] {
  return CONTENT_FILES.filter((f) => !WORDING_FILES.includes(f)).map((f) => [f, content[CONTENT_KEYS[f]]]);
}

export interface ContentError {
  file: string;
  /** The item's id (or code, or ui key) when the problem is inside one item. */
  item?: string;
  /** Dotted path of the field inside the item (or file), e.g. "label.es". */
  field: string;
  message: string;
}

/** A file that could not be read or parsed as JSON arrives as this instead of its value. */
export interface UnreadableFile {
  unreadable: string;
}

export function formatContentError(e: ContentError): string {
  return `${e.file}${e.item ? ` › ${e.item}` : ''} › ${e.field || '(file)'}: ${e.message}`;
}

/**
 * At most this many problems are listed; the rest are counted in one closing "and N more"
 * entry. A hostile or badly broken file (25,000 empty tasks, a ZIP table pasted into
 * regions.json) yields hundreds of thousands of issues: nobody reads them, and listing them
 * all once overflowed the stack and left the kiosk with no window at all.
 */
export const MAX_CONTENT_ERRORS = 200;

/** Keeps the first `max` errors and counts the others; appending is a loop, never a spread. */
export class ContentErrorList {
  readonly items: ContentError[] = [];
  readonly max: number;
  dropped = 0;
  constructor(max = MAX_CONTENT_ERRORS) {
    this.max = max;
  }
  add(e: ContentError): void {
    if (this.items.length < this.max) this.items.push(e);
    else this.dropped += 1;
  }
  addAll(list: Iterable<ContentError>): void {
    for (const e of list) this.add(e);
  }
  get size(): number {
    return this.items.length + this.dropped;
  }
  /** The listed errors, plus one "and N more" entry when some were dropped. */
  toArray(): ContentError[] {
    if (this.dropped === 0) return this.items;
    const more = { file: '(content)', field: '', message: `and ${this.dropped} more problems (only the first ${this.max} are listed)` };
    return [...this.items, more];
  }
}

export function parseContent(files: Record<string, unknown>): Result<Content, ContentError[]> {
  const errors = new ContentErrorList();
  const parsed: Partial<Record<ContentFileName, unknown>> = {};
  for (const file of CONTENT_FILES) {
    const raw = files[file];
    if (raw === undefined) {
      errors.add({ file, field: '', message: 'file is missing' });
      continue;
    }
    if (isUnreadable(raw)) {
      errors.add({ file, field: '', message: raw.unreadable });
      continue;
    }
    const result = CONTENT_SCHEMAS[file].safeParse(raw);
    if (result.success) parsed[file] = result.data;
    else {
      // Only the listed issues are mapped (walking each path costs time); the rest are counted.
      for (const issue of result.error.issues) {
        if (errors.items.length < errors.max) errors.add(toContentError(file, raw, issue));
        else errors.dropped += 1;
      }
    }
  }
  if (errors.size > 0) return err(errors.toArray());
  const content = Object.fromEntries(CONTENT_FILES.map((f) => [CONTENT_KEYS[f], parsed[f]])) as unknown as Content;
  const crossErrors = new ContentErrorList();
  crossErrors.addAll(checkReferences(content));
  return crossErrors.size > 0 ? err(crossErrors.toArray()) : ok(content);
}

function isUnreadable(x: unknown): x is UnreadableFile {
  return typeof x === 'object' && x !== null && typeof (x as UnreadableFile).unreadable === 'string';
}

/** Maps a zod issue path like [3, 'label', 'es'] to item "<id of element 3>" and field "label.es". */
function toContentError(file: string, raw: unknown, issue: z.core.$ZodIssue): ContentError {
  const path = [...issue.path];
  let container: unknown = raw;
  let item: string | undefined;
  let field = path.map(String).join('.');
  // Walk down to the first array element or ui key: that is the "item". A file without one
  // (plan.json, regions.json › unsure) names the whole dotted path as the field.
  for (let i = 0; i < path.length; i++) {
    const key = path[i] as PropertyKey;
    const next = (container as Record<PropertyKey, unknown> | undefined)?.[key];
    if (Array.isArray(container) || file === 'ui.json' || file === 'print.json') {
      item = itemName(next, key);
      field = path.slice(i + 1).map(String).join('.');
      break;
    }
    container = next;
  }
  return {
    file,
    ...(item !== undefined ? { item } : {}),
    field,
    message: issue.message,
  };
}

function itemName(value: unknown, key: PropertyKey): string {
  if (typeof value === 'object' && value !== null) {
    const v = value as { id?: unknown; code?: unknown };
    if (typeof v.id === 'string') return v.id;
    if (typeof v.code === 'string') return v.code;
  }
  return typeof key === 'number' ? `#${key + 1}` : String(key);
}
