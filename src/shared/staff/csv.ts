import { USAGE_DIMENSIONS, USAGE_TOTAL_NAMES, type UsageDay, type UsageDimension, type UsageTotal } from './usage';

/**
 * The usage counts as CSV for a spreadsheet: one row per day, oldest first. RFC 4180 quoting
 * (a field with a comma, quote or line break is quoted, quotes doubled), CRLF line ends, and
 * a UTF-8 byte-order mark so Excel reads accented kiosk names right. A cell that would start
 * with = + - @ (a formula to a spreadsheet) gets a leading apostrophe. Counts are integers;
 * the only text is the kiosk's name and location, which staff typed.
 */
export const CSV_TOTAL_COLUMNS: Record<UsageTotal, string> = {
  visits: 'visits',
  assisted: 'assisted_visits',
  checklists: 'checklists_shown',
  printed: 'checklists_printed',
  printFailed: 'prints_failed',
  timeouts: 'timeouts',
  startedOver: 'started_over',
};

export interface CsvOptions {
  kioskName: string;
  kioskLocation: string;
  /**
   * The ids to give a column each, per dimension, in order (the loaded content's ids, so the
   * header is the same every day and on every kiosk with the same content). Ids counted on
   * some day but missing here get a column after them.
   */
  ids: Record<UsageDimension, readonly string[]>;
}

export function csvCell(value: string | number): string {
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvColumns(days: readonly UsageDay[], opts: CsvOptions): Record<UsageDimension, string[]> {
  const out = {} as Record<UsageDimension, string[]>;
  for (const dim of USAGE_DIMENSIONS) {
    const ids = [...opts.ids[dim]];
    for (const day of days) for (const id of Object.keys(day.by[dim])) if (!ids.includes(id)) ids.push(id);
    out[dim] = ids;
  }
  return out;
}

export function usageCsv(days: readonly UsageDay[], opts: CsvOptions): string {
  const columns = csvColumns(days, opts);
  const header = [
    'date',
    'kiosk',
    'location',
    ...USAGE_TOTAL_NAMES.map((t) => CSV_TOTAL_COLUMNS[t]),
    ...USAGE_DIMENSIONS.flatMap((dim) => columns[dim].map((id) => `${dim}:${id}`)),
  ];
  const rows = days.map((day) => [
    day.date,
    opts.kioskName,
    opts.kioskLocation,
    ...USAGE_TOTAL_NAMES.map((t) => day.totals[t]),
    ...USAGE_DIMENSIONS.flatMap((dim) => columns[dim].map((id) => day.by[dim][id] ?? 0)),
  ]);
  return `\uFEFF${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** A file name for an export: kiosk name (letters and digits only) and the date range. */
export function csvFileName(days: readonly UsageDay[], kioskName: string): string {
  const slug = kioskName
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .toLowerCase();
  const first = days[0]?.date ?? 'none';
  const last = days[days.length - 1]?.date ?? 'none';
  return `kiosk-usage${slug ? `-${slug}` : ''}-${first}_to_${last}.csv`;
}
