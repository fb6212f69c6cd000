import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createStaffLog } from '../../src/main/staff-log';
import { createUsageCounter } from '../../src/main/usage-counts';
import { readContentFiles } from '../../src/main/content-files';
import { kioskPaths } from '../../src/main/paths';

const dir = () => mkdtempSync(join(tmpdir(), 'kiosk-main-'));

describe('usage counts', () => {
  it('counts events per day and task, survives a restart, and stores nothing else', () => {
    const f = join(dir(), 'usage.json');
    const c = createUsageCounter(f, () => '2026-11-25');
    c.record({ type: 'session-started' });
    c.record({ type: 'printed', task: 'referral' });
    c.record({ type: 'printed', task: 'referral' });
    const again = createUsageCounter(f, () => '2026-11-25');
    expect(again.snapshot()).toEqual({ '2026-11-25': { 'session-started': 1, 'printed:referral': 2 } });
    expect(Object.keys(JSON.parse(readFileSync(f, 'utf8')))).toEqual(['2026-11-25']);
  });

  it('starts from zero when the counts file is corrupt', () => {
    const f = join(dir(), 'usage.json');
    writeFileSync(f, 'garbage');
    expect(createUsageCounter(f).snapshot()).toEqual({});
  });
});

describe('staff log', () => {
  it('writes timestamped single lines and rotates past the size limit', () => {
    const f = join(dir(), 'logs', 'kiosk.log');
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const log = createStaffLog(f, 200, () => new Date('2026-11-25T10:00:00Z'));
    log('error', 'printer queue "KioskPDF" is disabled\n(paused)');
    expect(readFileSync(f, 'utf8')).toBe('2026-11-25T10:00:00.000Z ERROR printer queue "KioskPDF" is disabled (paused)\n');
    for (let i = 0; i < 10; i++) log('info', 'x'.repeat(50));
    expect(existsSync(`${f}.1`)).toBe(true);
    stderr.mockRestore();
  });
});

describe('staff log rotation', () => {
  it('moves the old lines to kiosk.log.1 and starts the current log small', () => {
    const f = join(dir(), 'logs', 'kiosk.log');
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const log = createStaffLog(f, 200, () => new Date('2026-11-25T10:00:00Z'));
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
