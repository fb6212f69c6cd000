import { renameSync } from 'node:fs';
import type { UsageEvent } from '../shared/ipc';
import { USAGE_KEY, usageKeys, type KnownIds } from '../shared/staff/usage';
import { asideName, writeFileAtomic, type AtomicFs } from './files/atomic-write';
import { readTextFile } from './files/text-file';
import type { StaffLog } from './staff-log';

/**
 * Usage counts only: how many visits, checklists, prints and time-outs per day, and which
 * task, region (state, territory or overseas area) and beneficiary type the checklists were
 * for. No other answers, no ZIP, no times finer than a day, nothing about a person.
 *
 * Only known shapes are stored (src/shared/staff/usage.ts): a key is an event type, or a
 * dimension and an id the loaded content has ("task:referral", "region:CA"); anything else
 * is not counted. A day holds at most `maxKeysPerDay` keys.
 * A counts file that cannot be read is moved aside (usage-counts.json.corrupt-<time>) and
 * logged, never silently replaced; a failed write is logged (the first, then every 100th),
 * the counts stay in memory and are written once the disk takes them again.
 */
export type UsageCounts = Record<string, Record<string, number>>; // day → key (usageKeys) → count

export interface UsageCounter {
  record(event: UsageEvent): void;
  snapshot(): UsageCounts;
}

export interface UsageCounterOptions {
  today?: () => string;
  now?: () => Date;
  log?: StaffLog;
  /** Ids of the loaded content per dimension; an id not in it is not counted. Undefined: content is out of service, no category counted. */
  known?: KnownIds;
  /** Task ids only (the other dimensions then count nothing). */
  knownTasks?: ReadonlySet<string>;
  maxKeysPerDay?: number;
  /** Days kept; older days are dropped. */
  maxDays?: number;
  fs?: AtomicFs;
}

export const MAX_KEYS_PER_DAY = 200;
export const MAX_DAYS = 400;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const KEY = USAGE_KEY;
const NOTHING: ReadonlySet<string> = new Set();

export function createUsageCounter(file: string, options: UsageCounterOptions = {}): UsageCounter {
  const today = options.today ?? (() => new Date().toISOString().slice(0, 10));
  const log: StaffLog = options.log ?? (() => undefined);
  const maxKeys = options.maxKeysPerDay ?? MAX_KEYS_PER_DAY;
  const maxDays = options.maxDays ?? MAX_DAYS;
  const loaded = readCounts(file, log, options.now ?? (() => new Date()));
  const counts = loaded.counts;
  // A corrupt file that could not be moved aside is not overwritten: counts stay in memory.
  const writable = loaded.writable;
  let failedWrites = 0;
  let capLogged = '';
  const known: KnownIds = options.known ?? { task: options.knownTasks ?? NOTHING, region: NOTHING, beneficiary: NOTHING };

  const write = () => {
    if (!writable) return;
    try {
      writeFileAtomic(file, JSON.stringify(counts, null, 1), options.fs);
      if (failedWrites > 0) log('info', `usage counts: writing works again after ${failedWrites} failed writes`);
      failedWrites = 0;
    } catch (e) {
      failedWrites += 1;
      if (failedWrites === 1 || failedWrites % 100 === 0) {
        log('error', `usage counts: cannot write ${file} (${(e as Error).message}); ${failedWrites} failed writes so far, counts kept in memory`);
      }
    }
  };

  return {
    record(event) {
      const day = today();
      const keys = usageKeys(event, known).filter((k) => KEY.test(k));
      if (keys.length === 0) return;
      const dayCounts = (counts[day] ??= {});
      for (const key of keys) {
        if (!Object.hasOwn(dayCounts, key) && Object.keys(dayCounts).length >= maxKeys) {
          if (capLogged !== day) log('warn', `usage counts: ${day} already has ${maxKeys} different counts; new kinds are not counted today`);
          capLogged = day;
          continue;
        }
        dayCounts[key] = (dayCounts[key] ?? 0) + 1;
      }
      const days = Object.keys(counts).sort();
      for (const old of days.slice(0, Math.max(0, days.length - maxDays))) delete counts[old];
      write();
    },
    snapshot: () => structuredClone(counts),
  };
}

function readCounts(file: string, log: StaffLog, now: () => Date): { counts: UsageCounts; writable: boolean } {
  let text: string;
  try {
    text = readTextFile(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { counts: {}, writable: true };
    log('error', `usage counts: cannot read ${file} (${(e as Error).message}); counting in memory only until it is fixed`);
    return { counts: {}, writable: false };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error('not an object of days');
  } catch (e) {
    const aside = asideName(file, now());
    try {
      renameSync(file, aside);
      log('error', `usage counts: ${file} was not readable (${(e as Error).message}); kept aside as ${aside}, counting starts again`);
      return { counts: {}, writable: true };
    } catch (moveError) {
      log('error', `usage counts: ${file} is not readable and could not be moved aside (${(moveError as Error).message}); not overwriting it`);
      return { counts: {}, writable: false };
    }
  }
  const out: UsageCounts = {};
  for (const [day, v] of Object.entries(raw as Record<string, unknown>)) {
    if (!DAY.test(day) || typeof v !== 'object' || v === null || Array.isArray(v)) continue;
    const entries = Object.entries(v as Record<string, unknown>).filter(
      (e): e is [string, number] => KEY.test(e[0]) && Number.isSafeInteger(e[1]) && (e[1] as number) > 0,
    );
    out[day] = Object.fromEntries(entries.slice(0, MAX_KEYS_PER_DAY));
  }
  return { counts: out, writable: true };
}
