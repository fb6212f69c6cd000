import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/main/settings';
import type { PrintElectron, PrintWindow } from '../../src/main/printer/electron-pdf';
import type { Exec } from '../../src/main/printer/exec';
import { createLeftoverJobs } from '../../src/main/printer/leftover-jobs';
import { checkSpoolerPrivacy, parseCupsctl } from '../../src/main/printer/spooler-privacy';
import { createKioskPrinting, mainDeadlineMs } from '../../src/main/printing';
import { ok } from '../../src/shared/result';
import { realContent } from './content-fixture';

/**
 * Nothing of a visitor's print outlives the session (probe L6, M2, M3): a job that could not be
 * cancelled is remembered and cancelled at the next chance, a new session abandons the print
 * in progress, main answers within its deadline, and the spooler's keep-files setting is read.
 */
const Q = 'KioskPDF';
const IDLE = `printer ${Q} is idle.  enabled since Wed Nov 25 12:09:28 2026\n${Q} accepting requests since Wed Nov 25 12:09:28 2026\n`;
const queued = (id: string) => `${id}              root              1024   Wed Nov 25 12:09:33 2026\n\tAlerts: none\n\tqueued for ${Q}\n`;

/** A scripted spooler: jobs stay queued until cancelled; `down` makes cancel fail like a dead cupsd. */
function spooler(o: { down?: () => boolean; lp?: 'hang'; cupsctl?: string } = {}) {
  const jobs = new Set<string>();
  const calls: string[] = [];
  let n = 40;
  const out = (stdout: string, code = 0, stderr = '') => ok({ stdout, stderr, code });
  const exec: Exec = async (cmd, args) => {
    calls.push([cmd, ...args].join(' '));
    const down = o.down?.() ?? false;
    if (cmd === 'cupsctl') return out(o.cupsctl ?? '');
    if (cmd === 'lpstat' && args[0] === '-p') return out(IDLE);
    if (cmd === 'lpstat' && args[0] === '-r') return out('scheduler is running\n');
    if (cmd === 'lp') {
      if (o.lp === 'hang') return new Promise(() => undefined);
      const id = `${Q}-${n++}`;
      jobs.add(id);
      return out(`request id is ${id} (0 file(s))\n`);
    }
    if (cmd === 'lpstat' && (args[0] === '-l' || args[0] === '-o')) {
      if (down) return out('', 1, 'lpstat: Unable to connect to server');
      return out([...jobs].map(queued).join(''));
    }
    if (cmd === 'lpstat' && args[0] === '-W') return out('');
    if (cmd === 'cancel') {
      if (down) return out('', 1, 'cancel: Unable to connect to server: Connection refused');
      jobs.delete(args[0]!);
      return out('');
    }
    throw new Error(`unexpected ${cmd} ${args.join(' ')}`);
  };
  return { exec, jobs, calls };
}

/** Print windows whose printToPDF answers at once with a tiny PDF (or never). */
function fakeElectron(hang = false): PrintElectron & { destroyed: number; rendered: string[] } {
  const state = { destroyed: 0, rendered: [] as string[] };
  class W implements PrintWindow {
    private gone = false;
    webContents = {
      setWindowOpenHandler: () => undefined,
      on: () => undefined,
      printToPDF: async () => (hang ? new Promise<Uint8Array>(() => undefined) : new Uint8Array(Buffer.from('%PDF-1.4\n/MediaBox [0 0 612 792]\n'))),
      print: () => undefined,
      debugger: { attach: () => undefined, detach: () => undefined, isAttached: () => false, sendCommand: async () => ({}) },
    };
    async loadURL(url: string) {
      state.rendered.push(decodeURIComponent(url));
    }
    destroy() {
      if (!this.gone) state.destroyed += 1;
      this.gone = true;
    }
    isDestroyed() {
      return this.gone;
    }
  }
  return Object.assign(state, {
    BrowserWindow: W,
    session: { fromPartition: () => ({ setPermissionRequestHandler: () => undefined, setPermissionCheckHandler: () => undefined }) },
  });
}

const content = { ok: true as const, value: realContent() };
const request = { answers: { task: 'referral', region: { kind: 'state' as const, code: 'CA' }, beneficiary: 'adfm', credential: 'myauth' }, lang: 'en' as const };
const settings = { ...DEFAULT_SETTINGS, printer: Q, printTimeoutSeconds: 5 };

describe('print jobs do not outlive their session', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('a new session abandons the print in progress: the job is cancelled and the next visitor is not "busy"', async () => {
    const sp = spooler();
    const log = vi.fn();
    const printing = createKioskPrinting({ content, settings: { ...settings, printTimeoutSeconds: 60 }, log, electron: fakeElectron(), exec: sp.exec, platform: 'linux' });
    const first = printing.printChecklist(request);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(sp.jobs.size).toBe(1);
    printing.abandon('a new session started');
    await vi.advanceTimersByTimeAsync(2_000);
    expect(await first).toMatchObject({ ok: false, error: { type: 'job-failed', detail: expect.stringMatching(/abandoned \(a new session started\).*cancelled/) } });
    expect(sp.jobs.size).toBe(0);
    const second = printing.printChecklist(request);
    await vi.advanceTimersByTimeAsync(1_000);
    printing.abandon('test over');
    await vi.advanceTimersByTimeAsync(5_000);
    const again = await second;
    expect(again.ok ? 'ok' : again.error.type).not.toBe('busy');
  });

  it('a job that could not be cancelled (cupsd down) is remembered, kept across a restart, and cancelled at the next contact', async () => {
    let down = false;
    const sp = spooler({ down: () => down });
    const leftoverFile = join(mkdtempSync(join(tmpdir(), 'kiosk-left-')), 'leftover-print-jobs.json');
    const log = vi.fn();
    const printing = createKioskPrinting({ content, settings, log, electron: fakeElectron(), exec: sp.exec, platform: 'linux', leftoverFile });
    const first = printing.printChecklist(request);
    await vi.advanceTimersByTimeAsync(1_000);
    down = true; // cupsd restarts while the job waits
    await vi.advanceTimersByTimeAsync(10_000);
    const outcome = await first;
    expect(outcome.ok).toBe(false);
    expect(sp.jobs.size).toBe(1);
    expect(JSON.parse(readFileSync(leftoverFile, 'utf8'))).toEqual([...sp.jobs]);
    expect(log).toHaveBeenCalledWith('error', expect.stringMatching(/could not be cancelled/));

    // A restart: the new kiosk reads the file and cancels the job at startup.
    down = false;
    const restarted = createKioskPrinting({ content, settings, log, electron: fakeElectron(), exec: sp.exec, platform: 'linux', leftoverFile });
    const checks = restarted.startupChecks();
    await vi.advanceTimersByTimeAsync(1_000);
    await checks;
    expect(sp.jobs.size).toBe(0);
    expect(JSON.parse(readFileSync(leftoverFile, 'utf8'))).toEqual([]);
  });

  it('the next print cancels remembered leftovers before it contacts the queue', async () => {
    const sp = spooler();
    sp.jobs.add(`${Q}-7`);
    const cancelled: string[] = [];
    const left = createLeftoverJobs({ cancel: async (id) => (cancelled.push(id), sp.jobs.delete(id), { gone: true, text: 'cancelled' }), log: vi.fn() });
    left.remember(`${Q}-7`, 'cupsd down');
    left.remember('not a job id; rm -rf', 'junk is ignored');
    expect(left.list()).toEqual([`${Q}-7`]);
    await left.cancelAll();
    expect(cancelled).toEqual([`${Q}-7`]);
    expect(left.list()).toEqual([]);
  });

  it(`main answers within its own deadline (printTimeoutSeconds + 25 s) even when the spooler never answers (probe M2)`, async () => {
    const sp = spooler({ lp: 'hang' });
    const log = vi.fn();
    const printing = createKioskPrinting({ content, settings, log, electron: fakeElectron(), exec: sp.exec, platform: 'linux' });
    const outcome = printing.printChecklist(request);
    await vi.advanceTimersByTimeAsync(mainDeadlineMs(settings) + 100);
    expect(await outcome).toMatchObject({ ok: false, error: { type: 'timeout' } });
    expect(mainDeadlineMs(settings)).toBe(30_000);
  });

  it('a render that never returns ends as a timeout with its hidden window destroyed', async () => {
    const electron = fakeElectron(true);
    const printing = createKioskPrinting({ content, settings, log: vi.fn(), electron, exec: spooler().exec, platform: 'linux' });
    const outcome = printing.printChecklist(request);
    await vi.advanceTimersByTimeAsync(16_000);
    expect(await outcome).toMatchObject({ ok: false, error: { type: 'timeout', detail: expect.stringMatching(/rendering the checklist PDF/) } });
    expect(electron.destroyed).toBe(1);
  });
});

describe('the spooler keeps no printed checklists (probe M3)', () => {
  it('reads cupsctl: absent or a number of seconds keeps files; No does not', () => {
    expect(parseCupsctl('_debug_logging=0\n_remote_admin=0\nMaxLogSize=0\n').keepsFiles).toBe(true);
    expect(parseCupsctl('PreserveJobFiles=86400\n').keepsFiles).toBe(true);
    expect(parseCupsctl('PreserveJobFiles=Yes\n').keepsFiles).toBe(true);
    expect(parseCupsctl('PreserveJobFiles=No\nPreserveJobHistory=300\n')).toEqual({ keepsFiles: false, preserveJobFiles: 'No', preserveJobHistory: '300' });
  });

  it('warns staff at startup when documents are kept, and says how to fix it', async () => {
    const log = vi.fn();
    const printing = createKioskPrinting({ content, settings, log, electron: fakeElectron(), exec: spooler({ cupsctl: 'WebInterface=Yes\n' }).exec, platform: 'linux' });
    await printing.startupChecks();
    expect(log).toHaveBeenCalledWith('warn', expect.stringMatching(/keeps a copy of every printed checklist.*cupsctl PreserveJobFiles=No/));
    const quiet = vi.fn();
    await createKioskPrinting({ content, settings, log: quiet, electron: fakeElectron(), exec: spooler({ cupsctl: 'PreserveJobFiles=No\n' }).exec, platform: 'linux' }).startupChecks();
    expect(quiet).toHaveBeenCalledWith('info', expect.stringMatching(/keeps no printed documents/));
    expect((await checkSpoolerPrivacy(async () => ok({ stdout: '', stderr: 'Unable to connect', code: 1 }))).ok).toBe(false);
  });
});

describe('the checklist PDF rendered ahead (print:prepare)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());
  const renders = (e: { rendered: string[] }) => e.rendered.filter((u) => u.includes('<html')).length;

  it('Print spools the PDF rendered when the checklist was shown; a changed language or a new session renders again', async () => {
    const sp = spooler();
    const electron = fakeElectron();
    const printing = createKioskPrinting({ content, settings, log: vi.fn(), electron, exec: sp.exec, platform: 'linux' });
    printing.preparePrint(request);
    printing.preparePrint({ ...request }); // the same page: not rendered twice
    await vi.advanceTimersByTimeAsync(100);
    expect(renders(electron)).toBe(1);
    const first = printing.printChecklist({ ...request, copies: 2 }); // copies do not change the page
    await vi.advanceTimersByTimeAsync(2_000);
    printing.abandon('test over');
    await vi.advanceTimersByTimeAsync(5_000);
    await first;
    expect(renders(electron)).toBe(1);
    expect(sp.calls.some((c) => c.startsWith('lp '))).toBe(true);

    // A new session forgot it: Print renders again (and the Spanish page is a new render too).
    const second = printing.printChecklist(request);
    await vi.advanceTimersByTimeAsync(2_000);
    printing.abandon('test over');
    await vi.advanceTimersByTimeAsync(5_000);
    await second;
    expect(renders(electron)).toBe(2);
    printing.preparePrint({ ...request, lang: 'es' });
    await vi.advanceTimersByTimeAsync(100);
    expect(renders(electron)).toBe(3);
    expect(electron.rendered.at(-1)).toContain('lang="es"');
    // The visit ended: the Spanish page is not kept for the next tap.
    printing.forgetPrepared();
    const third = printing.printChecklist({ ...request, lang: 'es' });
    await vi.advanceTimersByTimeAsync(2_000);
    printing.abandon('test over');
    await vi.advanceTimersByTimeAsync(5_000);
    await third;
    expect(renders(electron)).toBe(4);
  });

  it('does nothing without a printer, and on Windows (Electron prints the HTML there)', async () => {
    for (const [s, platform] of [[{ ...settings, printer: undefined }, 'linux'], [settings, 'win32']] as const) {
      const electron = fakeElectron();
      const printing = createKioskPrinting({ content, settings: s, log: vi.fn(), electron, exec: spooler().exec, platform });
      printing.preparePrint(request);
      await vi.advanceTimersByTimeAsync(100);
      expect(renders(electron), platform).toBe(0);
    }
  });
});
