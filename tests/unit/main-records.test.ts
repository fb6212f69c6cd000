import * as fs from 'node:fs';
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { AtomicFs } from '../../src/main/files/atomic-write';
import { capLine, createRateLimitedLog, createStaffLog, escapeLogText, MAX_LINE_CHARS } from '../../src/main/staff-log';
import { createUsageCounter } from '../../src/main/usage-counts';
import { readContentFiles } from '../../src/main/content-files';
import { kioskPaths } from '../../src/main/paths';

const dir = () => mkdtempSync(join(tmpdir(), 'kiosk-main-'));
const tasks = new Set(['referral', 'enroll']);
const quiet = { stderr: () => undefined };

describe('usage counts', () => {
  it('counts events per day and task, survives a restart, and stores nothing else', () => {
    const f = join(dir(), 'usage.json');
    const c = createUsageCounter(f, { today: () => '2026-11-25', knownTasks: tasks });
    c.record({ type: 'session-started' });
    // Categories are counted with the checklist shown (src/shared/staff/usage.ts), not per print.
    c.record({ type: 'checklist-shown', task: 'referral' });
    c.record({ type: 'checklist-shown', task: 'referral' });
    const again = createUsageCounter(f, { today: () => '2026-11-25', knownTasks: tasks });
    expect(again.snapshot()).toEqual({ '2026-11-25': { 'session-started': 1, 'checklist-shown': 2, 'task:referral': 2 } });
    expect(Object.keys(JSON.parse(readFileSync(f, 'utf8')))).toEqual(['2026-11-25']);
  });

  it('counts only tasks the loaded content has (field whitelist, probe L3)', () => {
    const f = join(dir(), 'usage.json');
    const c = createUsageCounter(f, { today: () => '2026-11-25', knownTasks: tasks });
    for (let i = 0; i < 500; i++) c.record({ type: 'checklist-shown', task: `made-up-${i}` });
    c.record({ type: 'checklist-shown', task: 'enroll' });
    expect(c.snapshot()).toEqual({ '2026-11-25': { 'checklist-shown': 501, 'task:enroll': 1 } });
  });

  it('caps the distinct keys per day', () => {
    const many = new Set(Array.from({ length: 50 }, (_, i) => `t${i}`));
    const log = vi.fn();
    const c = createUsageCounter(join(dir(), 'u.json'), { today: () => '2026-11-25', knownTasks: many, maxKeysPerDay: 10, log });
    for (const t of many) c.record({ type: 'checklist-shown', task: t });
    expect(Object.keys(c.snapshot()['2026-11-25']!)).toHaveLength(10);
    expect(log).toHaveBeenCalledTimes(1);
  });

  it('drops keys of unknown shape when reading a file (no free text survives)', () => {
    const f = join(dir(), 'usage.json');
    writeFileSync(f, JSON.stringify({ '2026-11-25': { printed: 3, 'Jane Doe': 1, 'printed:92101': 'x', 'session-started': 1.5 }, later: { printed: 1 } }));
    expect(createUsageCounter(f).snapshot()).toEqual({ '2026-11-25': { printed: 3 } });
  });

  it('a corrupt counts file is kept aside and logged, not silently replaced (probe L4)', () => {
    const d = dir();
    const f = join(d, 'usage.json');
    writeFileSync(f, '{"2026-11-24": {"printed": 41, "session-st');
    const log = vi.fn();
    const c = createUsageCounter(f, { today: () => '2026-11-25', log, now: () => new Date('2026-11-25T08:00:00Z') });
    expect(log).toHaveBeenCalledWith('error', expect.stringMatching(/not readable .* kept aside as .*usage\.json\.corrupt-2026-11-25T08-00-00/));
    expect(readFileSync(join(d, 'usage.json.corrupt-2026-11-25T08-00-00'), 'utf8')).toContain('"printed": 41');
    c.record({ type: 'session-started' });
    expect(JSON.parse(readFileSync(f, 'utf8'))).toEqual({ '2026-11-25': { 'session-started': 1 } });
  });

  it('a write failure is logged (the first, then every 100th) and counts stay in memory until the disk works again', () => {
    const f = join(dir(), 'usage.json');
    const log = vi.fn();
    let broken = true;
    const flaky: AtomicFs = { ...fs, openSync: ((...a: Parameters<typeof fs.openSync>) => {
      if (broken) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      return fs.openSync(...a);
    }) as typeof fs.openSync };
    const c = createUsageCounter(f, { today: () => '2026-11-25', log, fs: flaky });
    for (let i = 0; i < 150; i++) c.record({ type: 'session-started' });
    expect(log.mock.calls.filter(([level]) => level === 'error')).toHaveLength(2);
    expect(log).toHaveBeenCalledWith('error', expect.stringMatching(/cannot write .*ENOSPC.*1 failed writes/));
    expect(existsSync(f)).toBe(false);
    broken = false;
    c.record({ type: 'session-started' });
    expect(JSON.parse(readFileSync(f, 'utf8'))).toEqual({ '2026-11-25': { 'session-started': 151 } });
    expect(log).toHaveBeenCalledWith('info', expect.stringMatching(/writing works again after 150 failed writes/));
  });
});

describe('staff log', () => {
  it('writes timestamped single lines and rotates past the size limit, keeping three backups', () => {
    const f = join(dir(), 'logs', 'kiosk.log');
    const log = createStaffLog(f, { maxBytes: 200, now: () => new Date('2026-11-25T10:00:00Z'), ...quiet });
    log('error', 'printer queue "KioskPDF" is disabled\n(paused)');
    expect(readFileSync(f, 'utf8')).toBe('2026-11-25T10:00:00.000Z ERROR printer queue "KioskPDF" is disabled (paused)\n');
    for (let i = 0; i < 40; i++) log('info', 'x'.repeat(50));
    expect(existsSync(`${f}.1`) && existsSync(`${f}.3`)).toBe(true);
    expect(existsSync(`${f}.4`)).toBe(false);
  });

  it('escapes control and bidi characters, so a log line cannot drive a terminal or fake text (probe L2)', () => {
    const hostile = '\u001b[2J\u001b[1;31mPRINTER OK - no action needed\u0007 \u202Eevil';
    const out = escapeLogText(hostile);
    expect(out).not.toMatch(/[\u001b\u0007\u202e]/);
    expect(out).toBe('\\u{1b}[2J\\u{1b}[1;31mPRINTER OK - no action needed\\u{7} \\u{202e}evil');
  });

  it(`caps a line at ${MAX_LINE_CHARS} characters`, () => {
    const f = join(dir(), 'kiosk.log');
    createStaffLog(f, quiet)('warn', 'k'.repeat(11_000_000));
    const line = readFileSync(f, 'utf8');
    expect(line.length).toBeLessThan(MAX_LINE_CHARS + 100);
    expect(line).toMatch(/… \(10998000 more characters\)\n$/);
    expect(capLine('short')).toBe('short');
  });

  it('never throws: a "logs" path that is a file falls back to a temporary folder, and says so', () => {
    const d = dir();
    writeFileSync(join(d, 'logs'), 'I am a file');
    const fallback = join(dir(), 'fallback', 'kiosk.log');
    const log = createStaffLog(join(d, 'logs', 'kiosk.log'), { fallbackFile: fallback, ...quiet });
    expect(log.file).toBe(fallback);
    expect(log.problem).toMatch(/cannot write the staff log/);
    log('info', 'still logging');
    expect(readFileSync(fallback, 'utf8')).toMatch(/cannot write the staff log[\s\S]*still logging/);
  });

  it('never throws: with no writable place at all, it writes to stderr only', () => {
    const d = dir();
    writeFileSync(join(d, 'logs'), 'file');
    writeFileSync(join(d, 'tmp'), 'file');
    const lines: string[] = [];
    const log = createStaffLog(join(d, 'logs', 'kiosk.log'), { fallbackFile: join(d, 'tmp', 'k.log'), stderr: (l) => lines.push(l) });
    expect(log.file).toBeUndefined();
    expect(() => log('error', 'printer gone')).not.toThrow();
    expect(lines.join('')).toMatch(/stderr only[\s\S]*printer gone/);
  });

  it('never throws when the disk turns read-only after start', () => {
    if (process.getuid?.() === 0) {
      // root ignores file modes; use a file that vanished into a directory instead
      const d = dir();
      const f = join(d, 'kiosk.log');
      const log = createStaffLog(f, quiet);
      fs.rmSync(f);
      fs.mkdirSync(f);
      expect(() => log('info', 'x')).not.toThrow();
      return;
    }
    const d = dir();
    const log = createStaffLog(join(d, 'kiosk.log'), quiet);
    chmodSync(d, 0o500);
    expect(() => log('info', 'x')).not.toThrow();
  });

  it('rate-limits lines an outsider can cause, so a flood cannot rotate real history away', () => {
    const f = join(dir(), 'kiosk.log');
    let t = 0;
    const log = createStaffLog(f, { maxBytes: 1_000_000, ...quiet });
    log('error', 'printer queue KioskPDF is disabled (paper jam)');
    const limited = createRateLimitedLog(log, { max: 5, windowMs: 600_000, now: () => t });
    for (let i = 0; i < 100_000; i++) limited('refused ipc', 'warn', `refused ${'x'.repeat(200)}`);
    t = 600_000;
    limited('refused ipc', 'warn', 'refused again');
    const lines = readFileSync(f, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(1 + 5 + 1 + 1);
    expect(lines[0]).toMatch(/paper jam/);
    expect(lines[6]).toMatch(/99995 more "refused ipc" lines left out/);
    expect(readdirSync(join(f, '..'))).toEqual(['kiosk.log']);
  });
});

describe('staff log rotation', () => {
  it('moves the old lines to kiosk.log.1 and starts the current log small', () => {
    const f = join(dir(), 'logs', 'kiosk.log');
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const log = createStaffLog(f, { maxBytes: 200, now: () => new Date('2026-11-25T10:00:00Z') });
    for (let i = 1; i <= 6; i++) log('info', `line ${i} ${'x'.repeat(40)}`);
    stderr.mockRestore();
    const current = readFileSync(f, 'utf8');
    const old = readFileSync(`${f}.1`, 'utf8');
    // Nothing lost, nothing doubled: the two files hold lines 1–6 once each, in order.
    const numbers = (s: string) => [...s.matchAll(/line (\d)/g)].map((m) => Number(m[1]));
    expect([...numbers(old), ...numbers(current)]).toEqual([1, 2, 3, 4, 5, 6]);
    expect(numbers(old)[0]).toBe(1);
    expect(numbers(current).length).toBeGreaterThan(0);
    // The current file stays near the limit (at most one line past it).
    expect(Buffer.byteLength(current)).toBeLessThanOrEqual(200 + 80);
  });
});

describe('content files on disk', () => {
  it('marks a file that is not JSON as unreadable instead of throwing', () => {
    const d = dir();
    writeFileSync(join(d, 'tasks.json'), '[{"id": ');
    const files = readContentFiles(d);
    expect(files['tasks.json']).toMatchObject({ unreadable: expect.stringMatching(/not valid JSON/) });
    expect(files['portals.json']).toBeUndefined();
  });

  it('reads a content file with a UTF-8 BOM or as UTF-16 (probe L5)', () => {
    const d = dir();
    writeFileSync(join(d, 'tasks.json'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('[{"id":"a"}]')]));
    writeFileSync(join(d, 'notices.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('[{"id":"ñ"}]', 'utf16le')]));
    const files = readContentFiles(d);
    expect(files['tasks.json']).toEqual([{ id: 'a' }]);
    expect(files['notices.json']).toEqual([{ id: 'ñ' }]);
  });
});

describe('paths', () => {
  it('prefers the environment, then settings, then data/ beside the app', () => {
    const base = { userData: '/u', appPath: '/app', resourcesPath: '/res', packaged: false, mainDir: '/app/out/main', env: {} };
    expect(kioskPaths(base)).toMatchObject({
      contentDir: '/app/data',
      settingsFile: '/u/settings.json',
      preload: '/app/out/preload/index.cjs',
      rendererIndex: '/app/out/renderer/index.html',
    });
    expect(kioskPaths({ ...base, packaged: true }).contentDir).toBe('/res/data');
    expect(kioskPaths({ ...base, contentDirSetting: '/srv/content' }).contentDir).toBe('/srv/content');
    expect(kioskPaths({ ...base, env: { KIOSK_CONTENT_DIR: '/e', KIOSK_SETTINGS: '/s.json' } })).toMatchObject({
      contentDir: '/e',
      settingsFile: '/s.json',
    });
  });
});
