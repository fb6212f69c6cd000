import type { Content, ContentError } from './load';
import type { StateZipPrefixes } from './schema';

/**
 * Does a ZIP code belong to a state? By its first three digits, from zip-prefixes.json (the
 * USPS 3-digit prefix matrix). Used on the ZIP screen to catch a mistyped ZIP ("That ZIP is
 * not in Arkansas") before it goes on the checklist; it never decides a region.
 */

function inRange(prefix: string, range: string): boolean {
  const [from = '', to = from] = range.split('-');
  return prefix >= from && prefix <= to;
}

/** true / false for a five-digit ZIP and a state the table knows; undefined when the table cannot tell. */
export function zipInState(zip: string, state: string, table: readonly StateZipPrefixes[]): boolean | undefined {
  if (!/^\d{5}$/.test(zip)) return undefined;
  const entry = table.find((e) => e.code === state);
  if (!entry) return undefined;
  const prefix = zip.slice(0, 3);
  return entry.prefixes.some((range) => inRange(prefix, range));
}

/** Every state of regions.json has exactly one entry, and every entry names one of those states. */
export function checkZipPrefixes(c: Pick<Content, 'regions' | 'zipPrefixes'>): ContentError[] {
  const errors: ContentError[] = [];
  const file = 'zip-prefixes.json';
  const states = new Set(c.regions.states.map((s) => s.code));
  const seen = new Set<string>();
  for (const e of c.zipPrefixes) {
    if (!states.has(e.code)) errors.push({ file, item: e.code, field: 'code', message: `unknown state "${e.code}" (not in regions.json)` });
    if (seen.has(e.code)) errors.push({ file, item: e.code, field: 'code', message: `"${e.code}" is listed twice` });
    seen.add(e.code);
  }
  for (const code of states) {
    if (!seen.has(code)) errors.push({ file, item: code, field: 'code', message: `no ZIP prefixes for ${code}, a state in regions.json` });
  }
  return errors;
}
