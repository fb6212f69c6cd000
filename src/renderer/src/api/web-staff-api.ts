import type { ContentLoadResult, PrintErrorType, PublicSettings, UsageEvent } from '../../../shared/ipc';
import { err, ok } from '../../../shared/result';
import { contentInfo } from '../../../shared/staff/content-info';
import type { ExportTarget, PrinterQueue, StaffApi } from '../../../shared/staff/contract';
import { csvFileName, usageCsv } from '../../../shared/staff/csv';
import { isValidPin } from '../../../shared/staff/pin';
import { createPinLimiter } from '../../../shared/staff/rate-limit';
import { createStaffSession } from '../../../shared/staff/session';
import { DEFAULT_STAFF_SETTINGS, parseSettingsChange, type StaffSettingsView } from '../../../shared/staff/settings';
import { localDay, usageDays, usageKeys, type KnownIds, type UsageCounts } from '../../../shared/staff/usage';
import { PRINT_ERROR_KEYS } from '../lib/flow';

/**
 * The staff API for the plain web build (browser tests, demos), at the same boundary as the
 * Electron one: the same contract, the same rate limit and session rules (shared modules),
 * settings and counts in memory. Nothing here is secret: it is a test double.
 *
 * Test knobs (query parameters):
 *   ?staffPin=<6-12 digits>   the PIN (without it, no PIN is set)
 *   ?printers=A,B             the queues lpstat would list (default KioskPDF; empty: none)
 *   ?printer=<queue>          the queue chosen in the settings at start
 *   ?spooler=down             lpstat finds no scheduler
 *   ?staffPrintError=<type>   staff prints fail with that print error
 *   ?media=/media/USB,…       mounted removable drives (default /media/KIOSK-USB)
 *   ?readOnly=/media/USB      that drive is mounted read-only
 *   ?staffIdle=<s>            staff session idle time, to test its time-out
 */
export interface WebStaffDeps {
  content: () => Promise<ContentLoadResult>;
  /** The page's current settings, for the first values of the staff settings. */
  settings: PublicSettings;
  now?: () => number;
}

export interface WebStaff {
  api: StaffApi;
  /** The kiosk API's recordUsage lands here, so the panel shows the counts of this page's visits. */
  recordUsage(event: UsageEvent): void;
}

declare global {
  interface Window {
    /** ?test=1 only: the last CSV the fake wrote, for browser tests. */
    __staffExports?: { file: string; csv: string }[];
  }
}

const isPrintError = (x: string | null): x is PrintErrorType => x !== null && Object.hasOwn(PRINT_ERROR_KEYS, x);
const list = (s: string | null, fallback: string[]) => (s === null ? fallback : s.split(',').map((x) => x.trim()).filter(Boolean));

export function createWebStaff(win: Window, deps: WebStaffDeps): WebStaff {
  const params = new URLSearchParams(win.location.search);
  const now = deps.now ?? (() => Date.now());
  const pin = params.get('staffPin');
  let pinSet = pin !== null && isValidPin(pin);
  let currentPin = pinSet ? pin : null;
  const limiter = createPinLimiter({ now });
  const idleS = Number(params.get('staffIdle'));
  const session = createStaffSession({ now, ...(Number.isFinite(idleS) && idleS > 0 ? { idleMs: idleS * 1000 } : {}) });
  const queues = list(params.get('printers'), ['KioskPDF']);
  const media = list(params.get('media'), ['/media/KIOSK-USB']);
  const readOnly = list(params.get('readOnly'), []);
  const forced = params.get('staffPrintError');
  const log: string[] = [];
  const say = (level: string, m: string) => log.push(`${new Date(now()).toISOString()} ${level} ${m}`);
  const counts: UsageCounts = {};
  let known: KnownIds | null = null;
  let settings: StaffSettingsView = {
    ...DEFAULT_STAFF_SETTINGS,
    idleSeconds: deps.settings.idleSeconds,
    warningSeconds: deps.settings.warningSeconds,
    printTimeoutSeconds: deps.settings.printTimeoutSeconds,
    defaultLang: deps.settings.defaultLang ?? 'en',
    printer: params.get('printer') ?? (queues[0] ?? null),
    kioskName: 'Web preview',
  };
  let jobs = 0;

  void deps.content().then((c) => {
    if (!c.ok) return;
    known = {
      task: new Set(c.value.tasks.map((t) => t.id)),
      region: new Set([...c.value.regions.states.map((s) => s.code), ...c.value.regions.territories.map((t) => t.code), ...c.value.regions.overseasAreas.map((a) => a.id), 'unsure']),
      beneficiary: new Set(c.value.beneficiaries.map((b) => b.id)),
    };
  });

  const guard = async <T>(fn: () => Promise<T> | T) => {
    if (!session.isOpen()) return err({ type: 'not-in-staff-mode' as const });
    session.touch();
    return fn();
  };
  const publicSettings = (): PublicSettings => ({
    idleSeconds: settings.idleSeconds,
    warningSeconds: settings.warningSeconds,
    printerConfigured: settings.printer !== null,
    printTimeoutSeconds: settings.printTimeoutSeconds,
    defaultLang: settings.defaultLang,
  });
  const fakePrint = async (title: string) => {
    const queue = settings.printer;
    await new Promise((r) => setTimeout(r, 300));
    if (!queue) return { outcome: err({ type: 'no-printer-configured' as const }), queue };
    if (!queues.includes(queue)) return { outcome: err({ type: 'queue-missing' as const, detail: `no queue ${queue}` }), queue };
    if (isPrintError(forced)) {
      say('ERROR', `staff print "${title}" failed: ${forced}`);
      return { outcome: err({ type: forced, detail: 'forced by ?staffPrintError' }), queue };
    }
    const jobId = `${queue}-${++jobs}`;
    say('INFO', `staff print "${title}" done (${jobId})`);
    return { outcome: ok({ jobId, millis: 300 }), queue };
  };

  const api: StaffApi = {
    async status() {
      const c = limiter.check();
      return { pinSet, open: session.isOpen(), remainingMs: session.remainingMs(), retryInMs: c.allowed ? 0 : c.retryInMs };
    },
    async enter(p) {
      if (!pinSet) return err({ type: 'no-pin-set' });
      const c = limiter.check();
      if (!c.allowed) return err({ type: 'locked', retryInMs: c.retryInMs });
      // About as slow as main's scrypt check, so the screen's "checking" state is exercised.
      await new Promise((r) => setTimeout(r, 150));
      if (typeof p === 'string' && p === currentPin) {
        limiter.succeed();
        session.open();
        say('INFO', 'staff mode opened');
        return ok({ remainingMs: session.remainingMs() });
      }
      const wait = limiter.fail();
      say('WARN', `staff mode: wrong PIN (${limiter.state().failures} in a row)`);
      return err({ type: 'wrong-pin', retryInMs: wait });
    },
    async exit() {
      session.close();
    },
    keepAlive: () => guard(() => ok({ remainingMs: session.remainingMs() })),
    overview: () =>
      guard(async () => {
        const today = localDay(new Date(now()));
        return ok({
          settings,
          settingsProblems: params.has('settingsProblem') ? [String(params.get('settingsProblem'))] : [],
          content: contentInfo(await deps.content(), today),
          log: log.slice(-40),
          usage: { today, days: usageDays(counts, today, 30) },
          canQuit: true,
        });
      }),
    printers: () =>
      guard(() => {
        if (params.get('spooler') === 'down') return err({ type: 'spooler-down' as const, detail: 'the CUPS scheduler is not running' });
        const found: PrinterQueue[] = queues.map((name, i) => ({ name, enabled: true, accepting: true, isDefault: i === 0 }));
        return ok({ queues: found, current: settings.printer });
      }),
    updateSettings: (raw) =>
      guard(() => {
        const { change, errors } = parseSettingsChange(raw);
        if (Object.keys(change).length === 0) return err({ type: 'nothing-valid' as const, errors });
        settings = { ...settings, ...change };
        say('INFO', `staff changed settings: ${Object.keys(change).join(', ')}`);
        return ok({ settings, public: publicSettings(), errors, saved: true });
      }),
    changePin: (p) =>
      guard(() => {
        if (typeof p !== 'string' || !isValidPin(p)) return err({ type: 'invalid-request' as const, detail: 'must be 6 to 12 digits' });
        currentPin = p;
        pinSet = true;
        say('INFO', 'staff PIN changed');
        return ok({ saved: true });
      }),
    printTestPage: () => guard(async () => ok(await fakePrint('Kiosk printer test page'))),
    printUsageReport: () => guard(async () => ok(await fakePrint('Kiosk usage report'))),
    exportTargets: () => guard(() => ok(media.map((path): ExportTarget => ({ path, label: path.split('/').pop() || path, writable: !readOnly.includes(path) })))),
    exportCsv: (dir) =>
      guard(async () => {
        if (typeof dir !== 'string' || !dir.startsWith('/')) return err({ type: 'folder-missing' as const, detail: `${String(dir)} is not a full path` });
        if (!media.includes(dir)) return err({ type: 'folder-missing' as const, detail: `${dir} does not exist (is the drive plugged in?)` });
        if (readOnly.includes(dir)) return err({ type: 'not-writable' as const, detail: `${dir} cannot be written to (EROFS: read-only drive)` });
        const today = localDay(new Date(now()));
        const days = usageDays(counts, today, 30);
        const c = await deps.content();
        const ids = c.ok
          ? { task: c.value.tasks.map((t) => t.id), region: c.value.regions.states.map((s) => s.code), beneficiary: c.value.beneficiaries.map((b) => b.id) }
          : { task: [], region: [], beneficiary: [] };
        const csv = usageCsv(days, { kioskName: settings.kioskName, kioskLocation: settings.kioskLocation, ids });
        const file = `${dir}/${csvFileName(days, settings.kioskName)}`;
        if (params.has('test')) (win.__staffExports ??= []).push({ file, csv });
        say('INFO', `usage exported: ${file}`);
        return ok({ file, days: days.length });
      }),
    quitApp: () =>
      guard(() => {
        say('INFO', 'staff closed the kiosk app');
        session.close();
        return ok({ quitting: true });
      }),
  };

  return {
    api,
    recordUsage(event) {
      const day = localDay(new Date(now()));
      const keys = usageKeys(event, known ?? { task: new Set(), region: new Set(), beneficiary: new Set() });
      const d = (counts[day] ??= {});
      for (const k of keys) d[k] = (d[k] ?? 0) + 1;
    },
  };
}

