import { describe, expect, it } from 'vitest';
import { UsageEventSchema } from '../../src/shared/ipc';
import { CSV_TOTAL_COLUMNS, csvCell, csvFileName, usageCsv } from '../../src/shared/staff/csv';
import {
  USAGE_KEY,
  USAGE_TOTAL_NAMES,
  daysBefore,
  localDay,
  sumDays,
  usageDay,
  usageDays,
  usageEvent,
  usageKeys,
  usageRegion,
  type KnownIds,
} from '../../src/shared/staff/usage';

/** Usage dimensions: which keys an event may add, the day table, and the CSV staff export. */
const known: KnownIds = {
  task: new Set(['referral', 'move']),
  region: new Set(['CA', 'VA', 'GU', 'eurafrica', 'unsure']),
  beneficiary: new Set(['adfm', 'retiree']),
};

describe('usage events carry categories only', () => {
  it('a checklist carries task, region (code or area, never the ZIP) and beneficiary; other events only their type', () => {
    const answers = { task: 'referral', region: { kind: 'state' as const, code: 'MO', zip: '63101' }, beneficiary: 'adfm', credential: 'myauth' };
    expect(usageEvent('checklist-shown', answers)).toEqual({ type: 'checklist-shown', task: 'referral', region: 'MO', beneficiary: 'adfm' });
    expect(JSON.stringify(usageEvent('checklist-shown', answers))).not.toContain('63101');
    expect(usageEvent('printed', answers)).toEqual({ type: 'printed' });
    expect(usageEvent('session-started', {})).toEqual({ type: 'session-started' });
    expect(usageRegion({ kind: 'territory', code: 'GU' })).toBe('GU');
    expect(usageRegion({ kind: 'overseas', area: 'eurafrica' })).toBe('eurafrica');
    expect(usageRegion({ kind: 'unsure' })).toBe('unsure');
  });

  it('the IPC schema refuses a ZIP or free text as a region, and any extra field', () => {
    const ok = { type: 'checklist-shown', task: 'referral', region: 'CA', beneficiary: 'adfm' };
    expect(UsageEventSchema.safeParse(ok).success).toBe(true);
    for (const bad of [
      { ...ok, region: '63101' },
      { ...ok, region: 'Jane Doe' },
      { ...ok, task: 'Jane Doe' },
      { ...ok, zip: '63101' },
      { ...ok, name: 'x' },
      { ...ok, at: '2026-12-02T10:11:12Z' },
      { type: 'born', task: 'referral' },
    ]) {
      expect(UsageEventSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});

describe('usage keys (the field whitelist)', () => {
  it('counts the type, and for a checklist each category the content knows', () => {
    expect(usageKeys({ type: 'checklist-shown', task: 'referral', region: 'CA', beneficiary: 'adfm' }, known)).toEqual([
      'checklist-shown',
      'task:referral',
      'region:CA',
      'beneficiary:adfm',
    ]);
    expect(usageKeys({ type: 'printed', task: 'referral' }, known)).toEqual(['printed']);
  });

  it('leaves out an id the loaded content does not have (the total still counts)', () => {
    expect(usageKeys({ type: 'checklist-shown', task: 'made-up', region: 'ZZ', beneficiary: 'alien' }, known)).toEqual(['checklist-shown']);
  });

  it('the stored-key pattern admits no ZIP, no free text, no time', () => {
    for (const good of ['session-started', 'idle-reset', 'task:referral', 'region:CA', 'region:eurafrica', 'beneficiary:adfm']) expect(USAGE_KEY.test(good), good).toBe(true);
    for (const bad of ['region:63101', 'task:Jane Doe', 'zip:63101', 'printed:referral', '10:15', 'name:jane', 'region:CA ', 'task:']) {
      expect(USAGE_KEY.test(bad), bad).toBe(false);
    }
  });
});

describe('usage days', () => {
  it('lists the last n days oldest first, zero-filled, across month and year ends', () => {
    expect(daysBefore('2026-03-01', 1)).toBe('2026-02-28');
    expect(daysBefore('2027-01-01', 1)).toBe('2026-12-31');
    const days = usageDays({ '2026-12-30': { 'session-started': 2 }, '2027-01-02': { 'session-started': 5, printed: 3 } }, '2027-01-02', 5);
    expect(days.map((d) => d.date)).toEqual(['2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02']);
    expect(days.map((d) => d.totals.visits)).toEqual([0, 2, 0, 0, 5]);
    expect(sumDays(days).totals).toMatchObject({ visits: 7, printed: 3 });
  });

  it('reads categories from their keys and ignores anything malformed', () => {
    const d = usageDay('2026-12-02', { 'checklist-shown': 2, 'task:referral': 2, 'region:CA': 1, 'region:VA': 1, 'beneficiary:adfm': 2, 'region:63101': 9, junk: 4, printed: -3, 'print-failed': 1.5 });
    expect(d.totals).toMatchObject({ checklists: 2, printed: 0, printFailed: 0 });
    expect(d.by).toEqual({ task: { referral: 2 }, region: { CA: 1, VA: 1 }, beneficiary: { adfm: 2 } });
  });

  it("a usage day is the kiosk's local date", () => {
    expect(localDay(new Date(2026, 11, 2, 23, 59))).toBe('2026-12-02');
    expect(localDay(new Date(2026, 0, 1, 0, 0))).toBe('2026-01-01');
  });
});

describe('CSV export', () => {
  const days = [
    usageDay('2026-12-01', { 'session-started': 3, 'checklist-shown': 2, printed: 1, 'task:referral': 2, 'region:CA': 2, 'beneficiary:adfm': 2 }),
    usageDay('2026-12-02', { 'session-started': 1, 'idle-reset': 1, 'task:move': 1, 'region:eurafrica': 1 }),
  ];
  const ids = { task: ['referral', 'move'], region: ['CA', 'VA'], beneficiary: ['adfm'] };

  it('has a BOM, a fixed header, one row per day, CRLF line ends', () => {
    const csv = usageCsv(days, { kioskName: 'Front desk', kioskLocation: 'Bldg 2', ids });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines[0]).toBe(
      [
        'date',
        'kiosk',
        'location',
        ...USAGE_TOTAL_NAMES.map((t) => CSV_TOTAL_COLUMNS[t]),
        'task:referral',
        'task:move',
        'region:CA',
        'region:VA',
        // counted on a day but not in the id list: a column after the others
        'region:eurafrica',
        'beneficiary:adfm',
      ].join(','),
    );
    expect(lines[0]).toBe(
      'date,kiosk,location,visits,assisted_visits,checklists_shown,checklists_printed,prints_failed,timeouts,started_over,task:referral,task:move,region:CA,region:VA,region:eurafrica,beneficiary:adfm',
    );
    expect(lines.slice(1, -1)).toEqual(['2026-12-01,Front desk,Bldg 2,3,0,2,1,0,0,0,2,0,2,0,0,2', '2026-12-02,Front desk,Bldg 2,1,0,0,0,0,1,0,0,1,0,0,1,0']);
    expect(csv).not.toMatch(/[^\r]\n/);
  });

  it('quotes commas, quotes and line breaks, and defuses formulas', () => {
    expect(csvCell('Fort Sam, Bldg "2"')).toBe('"Fort Sam, Bldg ""2"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM')).toBe("'@SUM");
    expect(csvCell(12)).toBe('12');
    const csv = usageCsv(days.slice(0, 1), { kioskName: 'Fort Sam, "FRC"', kioskLocation: '=1+1', ids });
    expect(csv.split('\r\n')[1]).toMatch(/^2026-12-01,"Fort Sam, ""FRC""",'=1\+1,3,/);
  });

  it('every cell after the kiosk name and location is a whole number', () => {
    const csv = usageCsv(days, { kioskName: 'K', kioskLocation: 'L', ids });
    for (const row of csv.slice(1).trimEnd().split('\r\n').slice(1)) {
      const cells = row.split(',');
      expect(cells[0]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const c of cells.slice(3)) expect(c).toMatch(/^\d+$/);
    }
  });

  it('names the file after the kiosk and the date range, in safe characters', () => {
    expect(csvFileName(days, 'Fort Sam Houston – Bldg 2 / FRC')).toBe('kiosk-usage-fort-sam-houston-bldg-2-frc-2026-12-01_to_2026-12-02.csv');
    expect(csvFileName(days, '')).toBe('kiosk-usage-2026-12-01_to_2026-12-02.csv');
    expect(csvFileName(days, '../../etc/passwd')).toBe('kiosk-usage-etc-passwd-2026-12-01_to_2026-12-02.csv');
  });
});
