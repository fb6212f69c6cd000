import { factFiles, type Content, type ContentError } from './load';

/** A fact not re-checked for longer than this is stale: a test fails and staff are told. */
export const MAX_AGE_MONTHS = 12;

/**
 * Finds facts whose `reviewed` date is more than MAX_AGE_MONTHS before `today`, and
 * fact-shaped items (anything with `reviewed`) that lack a `source`. `today` is passed in
 * (YYYY-MM-DD) so tests can pin it and the kiosk can use its clock.
 */
export function checkFreshness(content: Content, today: string): ContentError[] {
  const limit = monthsBefore(today, MAX_AGE_MONTHS);
  const errors: ContentError[] = [];
  for (const [file, value] of factFiles(content)) {
    visitFacts(value, [], undefined, (fact, item, path) => {
      const field = path.join('.');
      const at = field ? `${field}.` : '';
      if (typeof fact.source !== 'string' || fact.source === '') {
        errors.push({ file, ...(item ? { item } : {}), field: `${at}source`, message: 'a fact needs a source' });
      }
      if (typeof fact.reviewed === 'string' && fact.reviewed < limit) {
        errors.push({
          file,
          ...(item ? { item } : {}),
          field: `${at}reviewed`,
          message: `reviewed ${fact.reviewed}, more than ${MAX_AGE_MONTHS} months before ${today}: check the source again`,
        });
      }
    });
  }
  return errors;
}

/** The oldest review date in the content (for the staff screen and reports). */
export function oldestReview(content: Content): string {
  let oldest = '';
  for (const [, value] of factFiles(content)) {
    visitFacts(value, [], undefined, (f) => {
      if (typeof f.reviewed === 'string' && (oldest === '' || f.reviewed < oldest)) oldest = f.reviewed;
    });
  }
  return oldest;
}

/** Counts fact-shaped items (everything with a `reviewed` date). */
export function countFacts(content: Content): number {
  let n = 0;
  for (const [, value] of factFiles(content)) {
    visitFacts(value, [], undefined, () => n++);
  }
  return n;
}

/** Lists unconfirmed facts as "file › item › field" lines, for reports. */
export function unconfirmedFacts(content: Content): { file: string; item?: string; field: string; text?: string }[] {
  const out: { file: string; item?: string; field: string; text?: string }[] = [];
  for (const [file, value] of factFiles(content)) {
    visitFacts(value, [], undefined, (f, item, path) => {
      if (f.unconfirmed !== true) return;
      const t = (f as { text?: { en?: string } }).text?.en ?? (f as { phone?: string }).phone;
      out.push({ file, ...(item ? { item } : {}), field: path.join('.'), ...(t ? { text: t } : {}) });
    });
  }
  return out;
}

interface FactLike {
  source?: unknown;
  reviewed?: unknown;
  unconfirmed?: unknown;
}

function visitFacts(
  value: unknown,
  path: string[],
  item: string | undefined,
  visit: (fact: FactLike, item: string | undefined, path: string[]) => void,
): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      if (item === undefined) {
        const named = v as { id?: unknown; code?: unknown };
        const name = typeof named?.id === 'string' ? named.id : typeof named?.code === 'string' ? named.code : `#${i + 1}`;
        visitFacts(v, [], name, visit);
      } else visitFacts(v, [...path, String(i)], item, visit);
    });
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const obj = value as Record<string, unknown>;
  if ('reviewed' in obj) visit(obj, item, path);
  for (const [k, v] of Object.entries(obj)) {
    if (typeof v === 'object' && v !== null && !isText(v)) visitFacts(v, [...path, k], item, visit);
  }
}

function isText(v: object): boolean {
  return typeof (v as { en?: unknown }).en === 'string';
}

/** YYYY-MM-DD `months` calendar months before `date` (day clamped to the month's end). */
export function monthsBefore(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  const nd = Math.min(d, last);
  return `${String(ny).padStart(4, '0')}-${String(nm).padStart(2, '0')}-${String(nd).padStart(2, '0')}`;
}
