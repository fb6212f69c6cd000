import type { Answers, RegionAnswer } from '../answers';
import type { UsageEvent, UsageEventType } from '../ipc';

/**
 * Usage counts for staff: per day, how many visits, checklists, prints, failed prints and
 * time-outs, and which task, region (a state, territory or overseas area, never a ZIP) and
 * beneficiary type the checklists were for. Nothing else: no answers beyond those three
 * categories, no free text, no time finer than the day.
 *
 * Stored as day → key → count, with keys from usageKeys(): the event type ("printed"), or a
 * dimension and a content id ("task:referral", "region:CA", "beneficiary:adfm").
 */
export type UsageCounts = Record<string, Record<string, number>>;

export const USAGE_DIMENSIONS = ['task', 'region', 'beneficiary'] as const;
export type UsageDimension = (typeof USAGE_DIMENSIONS)[number];

/** The day's totals, by event type. */
export const USAGE_TOTALS = {
  visits: 'session-started',
  assisted: 'assisted-started',
  checklists: 'checklist-shown',
  printed: 'printed',
  printFailed: 'print-failed',
  timeouts: 'idle-reset',
  startedOver: 'started-over',
} as const satisfies Record<string, UsageEventType>;
export type UsageTotal = keyof typeof USAGE_TOTALS;
export const USAGE_TOTAL_NAMES = Object.keys(USAGE_TOTALS) as UsageTotal[];

export interface UsageDay {
  /** YYYY-MM-DD, the kiosk's local date. */
  date: string;
  totals: Record<UsageTotal, number>;
  /** Checklists shown, by task / region / beneficiary id. */
  by: Record<UsageDimension, Record<string, number>>;
}

/** A day as stored: YYYY-MM-DD and nothing finer. */
export const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** The only keys a day may hold. Region values start with a letter, so a ZIP can't be one. */
export const USAGE_KEY = /^(session-started|assisted-started|checklist-shown|printed|print-failed|idle-reset|started-over|task:[a-z0-9][a-z0-9-]{0,63}|region:(?:[A-Z]{2}|[a-z][a-z0-9-]{0,63})|beneficiary:[a-z0-9][a-z0-9-]{0,63})$/;

/** The kiosk's local date as YYYY-MM-DD (a usage day follows the center's clock, not UTC). */
export function localDay(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Where the visitor lives, as counted: the state or territory code, the overseas area id, or "unsure". Never the ZIP. */
export function usageRegion(region: RegionAnswer): string {
  switch (region.kind) {
    case 'state':
    case 'territory':
      return region.code;
    case 'overseas':
      return region.area;
    case 'unsure':
      return 'unsure';
  }
}

/**
 * The event the renderer sends for a counted transition. Only "checklist shown" carries the
 * three categories (once per checklist, not once per print); every other event is its type alone.
 */
export function usageEvent(type: UsageEventType, answers: Answers): UsageEvent {
  if (type !== 'checklist-shown') return { type };
  return {
    type,
    ...(answers.task ? { task: answers.task } : {}),
    ...(answers.region ? { region: usageRegion(answers.region) } : {}),
    ...(answers.beneficiary ? { beneficiary: answers.beneficiary } : {}),
  };
}

/** The ids the loaded content knows, per dimension: only these are counted. */
export type KnownIds = Record<UsageDimension, ReadonlySet<string>>;

/**
 * The keys one event adds 1 to. A dimension whose id the content does not know is left out
 * (the total still counts), so a stray or forged id never becomes a stored key.
 */
export function usageKeys(event: UsageEvent, known: KnownIds): string[] {
  const keys: string[] = [event.type];
  if (event.type !== 'checklist-shown') return keys;
  for (const dim of USAGE_DIMENSIONS) {
    const id = event[dim];
    if (id !== undefined && known[dim].has(id)) keys.push(`${dim}:${id}`);
  }
  return keys.filter((k) => USAGE_KEY.test(k));
}

/** YYYY-MM-DD of `n` calendar days before `day` (UTC arithmetic on the date alone). */
export function daysBefore(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - n)).toISOString().slice(0, 10);
}

/** The `n` days ending with `today`, oldest first, each with its counts (zero where none). */
export function usageDays(counts: UsageCounts, today: string, n = 30): UsageDay[] {
  return Array.from({ length: n }, (_, i) => daysBefore(today, n - 1 - i)).map((date) => usageDay(date, counts[date] ?? {}));
}

export function usageDay(date: string, keys: Record<string, number>): UsageDay {
  const totals = Object.fromEntries(USAGE_TOTAL_NAMES.map((t) => [t, count(keys[USAGE_TOTALS[t]])])) as Record<UsageTotal, number>;
  const by = { task: {}, region: {}, beneficiary: {} } as Record<UsageDimension, Record<string, number>>;
  for (const [key, value] of Object.entries(keys)) {
    const m = /^(task|region|beneficiary):(.+)$/.exec(key);
    if (m && USAGE_KEY.test(key)) by[m[1] as UsageDimension][m[2]!] = count(value);
  }
  return { date, totals, by };
}

/** The sum of several days (for "last 30 days"). */
export function sumDays(days: readonly UsageDay[], date = 'total'): UsageDay {
  const sum = usageDay(date, {});
  for (const day of days) {
    for (const t of USAGE_TOTAL_NAMES) sum.totals[t] += day.totals[t];
    for (const dim of USAGE_DIMENSIONS) {
      for (const [id, n] of Object.entries(day.by[dim])) sum.by[dim][id] = (sum.by[dim][id] ?? 0) + n;
    }
  }
  return sum;
}

function count(v: unknown): number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? v : 0;
}
