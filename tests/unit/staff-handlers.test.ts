import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createStaffGate } from '../../src/main/staff/gate';
import { createStaffHandlers, type StaffDeps } from '../../src/main/staff/handlers';
import { hashPin } from '../../src/main/staff/pin-hash';
import { createSettingsStore } from '../../src/main/staff/settings-store';
import { DEFAULT_SETTINGS, type Settings } from '../../src/main/settings';
import type { Exec } from '../../src/main/printer/exec';
import { STAFF_CHANNELS } from '../../src/shared/channels';
import type { PrintOutcome } from '../../src/shared/ipc';
import { ok } from '../../src/shared/result';
import { realContent } from './content-fixture';

/**
 * Staff mode's IPC handlers in main, without Electron: nothing but status and enter works
 * outside a staff session, and each call made inside one is checked and logged.
 */
const PIN = '246810';
const FAST = { N: 2 ** 10, r: 8, p: 1 };
const dir = () => mkdtempSync(join(tmpdir(), 'kiosk-staff-'));

async function setup(opts: { initial?: Partial<Settings>; save?: (s: Settings) => string | undefined; deps?: Partial<StaffDeps> } = {}) {
  const t = { now: Date.UTC(2026, 11, 2, 15) };
  const hash = await hashPin(PIN, FAST);
  const lines: string[] = [];
  const log = vi.fn((level: string, m: string) => void lines.push(`${level} ${m}`));
  const saved: Settings[] = [];
  const store = createSettingsStore(
    { ...DEFAULT_SETTINGS, printer: 'KioskPDF', staffPinHash: hash, ...opts.initial },
    opts.save ??
      ((s) => {
        saved.push(structuredClone(s));
        return undefined;
      }),
  );
  const printed: { html: string; title: string }[] = [];
  const deps: StaffDeps = {
    gate: createStaffGate({ pinHash: () => store.get().staffPinHash, now: () => t.now, log }),
    settings: store,
    settingsProblems: () => [],
    content: { ok: true, value: realContent() },
    usage: { snapshot: () => ({ '2026-12-01': { 'session-started': 4, 'checklist-shown': 3, 'task:referral': 3, 'region:CA': 3 }, '2026-12-02': { 'session-started': 1 } }) },
    today: () => '2026-12-02',
    now: () => new Date(t.now),
    logFile: join(dir(), 'kiosk.log'),
    log,
    exec: vi.fn<Exec>(async () => ok({ stdout: '', stderr: '', code: 0 })),
    printDocument: vi.fn(async (html: string, job: { title: string }): Promise<PrintOutcome> => {
      printed.push({ html, title: job.title });
      return ok({ jobId: 'KioskPDF-7', millis: 900 });
    }),
    quit: vi.fn(),
    ...opts.deps,
  };
  const h = createStaffHandlers(deps);
  const call = (channel: string, ...args: unknown[]) => h[channel as keyof typeof h]!(...args) as Promise<any>;
  return { h, call, t, deps, store, saved, printed, lines, log };
}

describe('staff handlers: the staff session gates everything', () => {
  it('registers exactly the staff channels', async () => {
    const { h } = await setup();
    expect(Object.keys(h).sort()).toEqual(Object.values(STAFF_CHANNELS).sort());
  });

  it('refuses every call but status, enter and exit until a right PIN, and again after exit', async () => {
    const { call, lines } = await setup();
    const gated = Object.values(STAFF_CHANNELS).filter((c) => c !== STAFF_CHANNELS.status && c !== STAFF_CHANNELS.enter && c !== STAFF_CHANNELS.exit);
    const args: Record<string, unknown[]> = { [STAFF_CHANNELS.updateSettings]: [{ idleSeconds: 30 }], [STAFF_CHANNELS.changePin]: ['135790'], [STAFF_CHANNELS.exportCsv]: ['/tmp'] };
    for (const c of gated) expect(await call(c, ...(args[c] ?? [])), c).toEqual({ ok: false, error: { type: 'not-in-staff-mode' } });
    expect(lines.filter((l) => l.includes('refused outside staff mode'))).toHaveLength(gated.length);
    expect((await call(STAFF_CHANNELS.status)).open).toBe(false);

    expect((await call(STAFF_CHANNELS.enter, PIN)).ok).toBe(true);
    for (const c of gated.filter((c) => c !== STAFF_CHANNELS.quitApp)) {
      const r = await call(c, ...(args[c] ?? []));
      expect(r.ok === true || r.error.type !== 'not-in-staff-mode', c).toBe(true);
    }
    await call(STAFF_CHANNELS.exit);
    expect(await call(STAFF_CHANNELS.overview)).toEqual({ ok: false, error: { type: 'not-in-staff-mode' } });
  });

  it('closes after two minutes without a staff call; each call keeps it open', async () => {
    const { call, t } = await setup();
    await call(STAFF_CHANNELS.enter, PIN);
    t.now += 100_000;
    expect((await call(STAFF_CHANNELS.keepAlive)).ok).toBe(true);
    t.now += 100_000;
    expect((await call(STAFF_CHANNELS.overview)).ok).toBe(true);
    t.now += 121_000;
    expect(await call(STAFF_CHANNELS.overview)).toEqual({ ok: false, error: { type: 'not-in-staff-mode' } });
  });

  it('never returns the PIN hash', async () => {
    const { call, store } = await setup();
    await call(STAFF_CHANNELS.enter, PIN);
    const answers = JSON.stringify([await call(STAFF_CHANNELS.status), await call(STAFF_CHANNELS.overview), await call(STAFF_CHANNELS.updateSettings, { kioskName: 'A' })]);
    expect(answers).not.toContain(store.get().staffPinHash!.split('$')[5]);
    expect(answers).not.toContain('scrypt');
  });
});

describe('staff handlers: settings change path', () => {
  it('applies and saves a valid change, and returns what the running machine needs', async () => {
    const { call, saved, lines } = await setup();
    await call(STAFF_CHANNELS.enter, PIN);
    const r = await call(STAFF_CHANNELS.updateSettings, { idleSeconds: 45, defaultLang: 'es', kioskName: '  Front   desk ' });
    expect(r.ok).toBe(true);
    expect(r.value.settings).toMatchObject({ idleSeconds: 45, defaultLang: 'es', kioskName: 'Front desk' });
    expect(r.value.public).toEqual({ idleSeconds: 45, warningSeconds: 30, printerConfigured: true, printTimeoutSeconds: 60, defaultLang: 'es' });
    expect(r.value).toMatchObject({ errors: [], saved: true });
    expect(saved.at(-1)).toMatchObject({ idleSeconds: 45, defaultLang: 'es', kioskName: 'Front desk', printer: 'KioskPDF' });
    expect(lines.some((l) => l.includes('staff changed settings: idleSeconds 60 → 45'))).toBe(true);
  });

  it('refuses a bad value alone: the other fields of the same change still apply', async () => {
    const { call, store } = await setup();
    await call(STAFF_CHANNELS.enter, PIN);
    const r = await call(STAFF_CHANNELS.updateSettings, { idleSeconds: 5, paper: 'a4', warningSeconds: 10, kioskLocation: 'Bldg <2>', staffPinHash: 'x', contentDir: '/etc' });
    expect(r.ok).toBe(true);
    expect(r.value.errors.map((e: { field: string }) => e.field).sort()).toEqual(['contentDir', 'idleSeconds', 'kioskLocation', 'staffPinHash', 'warningSeconds']);
    expect(store.get()).toMatchObject({ paper: 'a4', idleSeconds: 60, warningSeconds: 30, kioskLocation: '' });
    expect(store.get().contentDir).toBeUndefined();
  });

  it('a change with nothing valid changes nothing and says why', async () => {
    const { call, saved } = await setup();
    await call(STAFF_CHANNELS.enter, PIN);
    for (const bad of [{ idleSeconds: 'soon' }, {}, null, 'idle=5', [1], { printer: '-oops' }, { printer: 'x'.repeat(200) }]) {
      const r = await call(STAFF_CHANNELS.updateSettings, bad);
      expect(r.ok, JSON.stringify(bad)).toBe(false);
      expect(r.error.type).toBe('nothing-valid');
    }
    expect(saved).toEqual([]);
  });

  it('a disk that will not take the file: the change holds for this run and staff are told', async () => {
    const { call, store, lines } = await setup({ save: () => 'cannot save settings.json: ENOSPC' });
    await call(STAFF_CHANNELS.enter, PIN);
    const r = await call(STAFF_CHANNELS.updateSettings, { printer: null });
    expect(r.value).toMatchObject({ saved: false, saveProblem: 'cannot save settings.json: ENOSPC', public: { printerConfigured: false } });
    expect(store.get().printer).toBeUndefined();
    expect(lines.some((l) => l.startsWith('error settings not saved'))).toBe(true);
  });

  it('changes the PIN: the new one opens staff mode, the old one no longer does', async () => {
    const { call } = await setup();
    await call(STAFF_CHANNELS.enter, PIN);
    expect((await call(STAFF_CHANNELS.changePin, '12345')).error.type).toBe('invalid-request');
    expect(await call(STAFF_CHANNELS.changePin, '135790')).toEqual({ ok: true, value: { saved: true } });
    await call(STAFF_CHANNELS.exit);
    expect((await call(STAFF_CHANNELS.enter, PIN)).ok).toBe(false);
  });
});

describe('staff handlers: overview, printing, export, quit', () => {
  it('the overview has the settings, content status, log tail and 30 days of counts', async () => {
    const { call, deps } = await setup();
    writeFileSync(deps.logFile, ['2026-12-02T10:00:00.000Z INFO content loaded', '2026-12-02T10:01:00.000Z ERROR print failed: queue-disabled', ''].join('\n'));
    await call(STAFF_CHANNELS.enter, PIN);
    const r = await call(STAFF_CHANNELS.overview);
    expect(r.value.settings.printer).toBe('KioskPDF');
    expect(r.value.content).toMatchObject({ ok: true, problems: [] });
    expect(r.value.content.version).toMatch(/^[0-9a-f]{14}$/);
    expect(r.value.content.oldestReview).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(r.value.log).toEqual(['2026-12-02T10:00:00.000Z INFO content loaded', '2026-12-02T10:01:00.000Z ERROR print failed: queue-disabled']);
    expect(r.value.usage.days).toHaveLength(30);
    expect(r.value.usage.days.at(-2)).toMatchObject({ date: '2026-12-01', totals: { visits: 4, checklists: 3 }, by: { task: { referral: 3 } } });
  });

  it('prints the test page and the usage report to the chosen printer; without a printer, says so', async () => {
    const { call, printed, store } = await setup({ initial: { kioskName: 'Front desk' } });
    await call(STAFF_CHANNELS.enter, PIN);
    const test = await call(STAFF_CHANNELS.printTestPage);
    expect(test.value).toEqual({ outcome: { ok: true, value: { jobId: 'KioskPDF-7', millis: 900 } }, queue: 'KioskPDF' });
    expect(printed[0]!.html).toContain('Printer test page');
    expect(printed[0]!.html).toContain('Front desk');
    const report = await call(STAFF_CHANNELS.printUsageReport);
    expect(report.value.outcome.ok).toBe(true);
    expect(printed[1]!.html).toContain('Kiosk usage report');
    store.update({ printer: null });
    expect((await call(STAFF_CHANNELS.printTestPage)).value.outcome).toEqual({ ok: false, error: { type: 'no-printer-configured' } });
  });

  it('a printer module that throws is a failed print, not a crash', async () => {
    const { call } = await setup({ deps: { printDocument: async () => Promise.reject(new Error('boom')) } });
    await call(STAFF_CHANNELS.enter, PIN);
    expect((await call(STAFF_CHANNELS.printTestPage)).value.outcome).toMatchObject({ ok: false, error: { type: 'render-failed' } });
  });

  it('exports the CSV to a folder, never overwriting; a missing, non-folder or unwritable target is refused', async () => {
    const { call, lines } = await setup({ initial: { kioskName: 'Front desk' } });
    await call(STAFF_CHANNELS.enter, PIN);
    const usb = dir();
    const first = await call(STAFF_CHANNELS.exportCsv, usb);
    expect(first.ok).toBe(true);
    expect(first.value.file).toBe(join(usb, 'kiosk-usage-front-desk-2026-12-01_to_2026-12-02.csv'));
    const text = readFileSync(first.value.file, 'utf8');
    expect(text.split('\r\n')[1]).toMatch(/^2026-12-01,Front desk,,4,0,3,/);
    const second = await call(STAFF_CHANNELS.exportCsv, usb);
    expect(second.value.file).toBe(join(usb, 'kiosk-usage-front-desk-2026-12-01_to_2026-12-02-2.csv'));
    expect(existsSync(first.value.file)).toBe(true);

    expect((await call(STAFF_CHANNELS.exportCsv, join(usb, 'gone'))).error.type).toBe('folder-missing');
    expect((await call(STAFF_CHANNELS.exportCsv, 'relative/path')).error.type).toBe('folder-missing');
    expect((await call(STAFF_CHANNELS.exportCsv, first.value.file)).error.type).toBe('not-a-folder');
    // /sys refuses new files even to root (chmod does not stop root, so a real one is used here).
    expect((await call(STAFF_CHANNELS.exportCsv, '/sys')).error.type).toBe('not-writable');
    expect((await call(STAFF_CHANNELS.exportCsv, 42)).error.type).toBe('invalid-request');
    expect((await call(STAFF_CHANNELS.exportCsv, '/tmp/\u0000x')).error.type).toBe('invalid-request');
    expect(lines.filter((l) => l.startsWith('error usage export'))).toHaveLength(4);
  });

  it('quits only through the allow-quit path, after answering', async () => {
    vi.useFakeTimers();
    const { call, deps } = await setup();
    await call(STAFF_CHANNELS.enter, PIN);
    expect(await call(STAFF_CHANNELS.quitApp)).toEqual({ ok: true, value: { quitting: true } });
    expect(deps.quit).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(100);
    expect(deps.quit).toHaveBeenCalledOnce();
    // Quitting also closed staff mode.
    expect((await call(STAFF_CHANNELS.status)).open).toBe(false);
    vi.useRealTimers();
  });
});

describe('export targets', () => {
  it('lists mounted folders under the media roots, with their writability', async () => {
    const { listExportTargets, parseMounts } = await import('../../src/main/staff/export');
    const root = dir();
    const usb = join(root, 'kiosk', 'USB STICK');
    mkdirSync(usb, { recursive: true });
    const mounts = join(dir(), 'mounts');
    writeFileSync(mounts, `/dev/sda1 / ext4 rw 0 0\n/dev/sdb1 ${usb.replace(/ /g, '\\040')} vfat rw 0 0\nproc /proc proc rw 0 0\n`);
    expect(parseMounts(readFileSync(mounts, 'utf8'))).toContain(usb);
    expect(listExportTargets({ roots: [root], mountsFile: mounts, platform: 'linux' })).toEqual([{ path: usb, label: 'USB STICK', writable: true }]);
    expect(listExportTargets({ roots: [join(root, 'nothing')], mountsFile: mounts, platform: 'linux' })).toEqual([]);
  });
});
