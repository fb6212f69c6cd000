import type * as ElectronNs from 'electron';
import { dirname, join } from 'node:path';
import { checkFreshness } from '../shared/content/freshness';
import { formatContentError, type ContentError } from '../shared/content/load';
import { STAFF_CHANNELS } from '../shared/channels';
import { CHANNELS, type ContentLoadResult } from '../shared/ipc';
import { localDay } from '../shared/staff/usage';
import { err } from '../shared/result';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, APP_URL, OUT_OF_SERVICE_URL, createAppProtocolHandler, isTrustedSender } from './app-protocol';
import { activeBundleDir } from './content-bundle';
import { loadContentDir } from './content-files';
import { createIpcHandlers, knownUsageIds, type IpcHandler } from './ipc-handlers';
import { registerSpeech, type Speech } from './speech';
import { guardKioskWindow } from './kiosk-window/guards';
import { allowQuit } from './kiosk-window/quit';
import { watchRenderer } from './kiosk-window/recovery';
import { outOfServiceHtml } from './out-of-service-page';
import { kioskPaths } from './paths';
import { createKioskPrinting, type KioskPrinting } from './printing';
import type { PrintElectron } from './printer/electron-pdf';
import { lockDownSession, lockDownWebContents, secureWebPreferences } from './security';
import { DEFAULT_SETTINGS, loadSettingsFile, saveSettings, type Settings } from './settings';
import { createStaffMain, type StaffMain } from './staff/register';
import { createRateLimitedLog, createStaffLog, limitedStaffLog, type StaffLog, type StaffLogger } from './staff-log';
import { createUsageCounter } from './usage-counts';

/**
 * The kiosk's start, with one rule: every path ends with a window on the screen and a line in
 * the staff log. Unwritable logs or userData, a settings file or a content folder that throws,
 * an exception anywhere: the window still opens, and the renderer's out-of-service screen
 * gets the problem from loadContent (or, if even the page cannot load, main's own built-in
 * out-of-service page). While out of service, the kiosk tries again every few minutes.
 *
 * Also here: the single-instance pattern, no app menu on any platform, the app:// scheme, the
 * exact IPC sender check. Electron arrives as a parameter so tests run this against a fake.
 */
export type ElectronModule = Pick<typeof ElectronNs, 'app' | 'BrowserWindow' | 'ipcMain' | 'session' | 'protocol' | 'Menu'>;

export interface StartOptions {
  /** Folder of the built main bundle (import.meta.dirname of out/main/index.js). */
  mainDir: string;
  env?: Record<string, string | undefined>;
  /** How often the out-of-service state tries again (default 3 minutes). */
  retryMs?: number;
}

export const OUT_OF_SERVICE_RETRY_MS = 3 * 60_000;

type Channel = (typeof CHANNELS)[keyof typeof CHANNELS];
type Handlers = Record<Channel, IpcHandler>;

const stderrLog: StaffLog = (level, message) => {
  try {
    process.stderr.write(`${new Date().toISOString()} ${level.toUpperCase()} ${message.replace(/\s+/g, ' ').slice(0, 2000)}\n`);
  } catch {
    // nowhere left to say it
  }
};

const describe = (e: unknown) => (e instanceof Error ? (e.stack ?? e.message) : String(e));

export function startKiosk(electron: ElectronModule, options: StartOptions): void {
  const { app } = electron;
  const env = options.env ?? process.env;
  const retryMs = options.retryMs ?? OUT_OF_SERVICE_RETRY_MS;

  // The documented single-instance pattern: the second copy quits and registers nothing;
  // the first one is brought to the front.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  const state: {
    log: StaffLog;
    logger?: StaffLogger;
    win?: ElectronNs.BrowserWindow;
    handlers?: Handlers;
    printing?: KioskPrinting;
    /** Staff mode: one settings store and PIN gate per app run; its handlers follow each wiring. */
    staff?: StaffMain;
    staffHandlers?: Record<string, IpcHandler>;
    /** Re-wires printing and the handlers of the current boot with new settings. */
    rewire?: (settings: Settings, why?: string) => void;
    staffListening?: boolean;
    protocolReady: boolean;
    outOfService?: string;
    contentBad: boolean;
    retryTimer?: ReturnType<typeof setTimeout>;
    started: boolean;
    hardened: boolean;
  } = { log: stderrLog, protocolReady: false, contentBad: false, started: false, hardened: false };
  const log: StaffLog = (level, message) => state.log(level, message);

  try {
    electron.protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
  } catch (e) {
    log('error', `could not register the app:// scheme: ${describe(e)}`);
  }
  app.enableSandbox();

  process.on('uncaughtException', (e) => onFatal('uncaught exception', e));
  process.on('unhandledRejection', (e) => onFatal('unhandled promise rejection', e));

  app.on('second-instance', () => {
    const win = state.win;
    if (!win || win.isDestroyed()) return;
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
  });
  // Windows refuse to close outside staff mode; if the window is gone anyway, quit, so the
  // supervisor (systemd Restart=always, the Windows shell launcher) starts a fresh kiosk.
  app.on('window-all-closed', () => app.quit());

  app
    .whenReady()
    .then(boot)
    .catch((e: unknown) => onFatal('startup failed', e));

  function onFatal(what: string, e: unknown): void {
    log('error', `${what}: ${describe(e)}`);
    if (state.started) return; // the kiosk is up; the error is logged and it keeps serving
    try {
      failSafe(`${what}: ${e instanceof Error ? e.message : String(e)}`);
    } catch (again) {
      log('error', `cannot show the out-of-service screen (${describe(again)}); exiting so the supervisor restarts the kiosk`);
      app.exit(1);
    }
  }

  /** Whatever failed: a window, loadContent answering with the problem, retries running. */
  function failSafe(problem: string): void {
    const failed: ContentLoadResult = err([{ file: '(startup)', field: '', message: problem }]);
    state.handlers = fallbackHandlers(failed);
    state.contentBad = true;
    ensureWindow(DEFAULT_SETTINGS);
    if (!state.protocolReady) showOutOfService(problem);
    else loadApp();
    scheduleRetry(() => boot());
  }

  function fallbackHandlers(content: ContentLoadResult): Handlers {
    return createIpcHandlers({
      content,
      settings: DEFAULT_SETTINGS,
      printChecklist: async () => err({ type: 'render-failed', detail: 'the kiosk is out of service' }),
      usage: { record: () => undefined, snapshot: () => ({}) },
      log,
    });
  }

  let dispatchRegistered = false;
  let speech: Speech | undefined;
  function registerDispatch(): void {
    if (dispatchRegistered) return;
    const refused = createRateLimitedLog(log);
    for (const channel of [...Object.values(CHANNELS), ...Object.values(STAFF_CHANNELS)]) {
      electron.ipcMain.handle(channel, (event, ...args) => {
        // Only the kiosk page's own main frame may call in (exact origin and path).
        if (!isTrustedSender(event)) {
          let from = 'an unknown frame';
          try {
            from = String(event.senderFrame?.url ?? from).slice(0, 200);
          } catch {
            // a disposed frame
          }
          refused('ipc sender', 'warn', `IPC ${channel}: refused a call from ${from}`);
          return undefined;
        }
        const handle = state.handlers?.[channel as Channel] ?? state.staffHandlers?.[channel];
        return handle ? handle(...args) : undefined;
      });
    }
    dispatchRegistered = true;
    // Speech's own channels, behind the same exact sender check (src/main/speech).
    try {
      speech = registerSpeech(electron.ipcMain, { log, trusted: (event) => isTrustedSender(event as never) });
    } catch (e) {
      log('error', `speech could not start: ${describe(e)}`);
    }
  }

  function loadApp(): void {
    const win = state.win;
    if (!win || win.isDestroyed()) return;
    state.outOfService = undefined;
    win.loadURL(state.protocolReady ? APP_URL : outOfServiceDataUrl('the kiosk page cannot be served')).catch(() => undefined);
  }

  function showOutOfService(problem: string, failedUrl?: string): void {
    state.outOfService = problem;
    const win = state.win;
    // If main's own page is what failed, fall back to the same page as a data: URL; if even
    // that fails, stop (and retry later) rather than loop.
    const ownPageFailed = failedUrl?.startsWith(OUT_OF_SERVICE_URL) ?? false;
    if (failedUrl?.startsWith('data:')) log('error', 'even the built-in out-of-service page failed to load');
    else if (win && !win.isDestroyed()) {
      win.loadURL(state.protocolReady && !ownPageFailed ? OUT_OF_SERVICE_URL : outOfServiceDataUrl(problem)).catch(() => undefined);
    }
    scheduleRetry(() => (state.contentBad ? boot() : loadApp()));
  }

  function outOfServiceDataUrl(problem: string): string {
    return `data:text/html;charset=utf-8,${encodeURIComponent(outOfServiceHtml(problem, Math.round(retryMs / 60_000)))}`;
  }

  function scheduleRetry(retry: () => void): void {
    if (state.retryTimer) return;
    state.retryTimer = setTimeout(() => {
      state.retryTimer = undefined;
      log('info', 'out of service: trying again');
      try {
        retry();
      } catch (e) {
        onFatal('retry failed', e);
      }
    }, retryMs);
    state.retryTimer.unref?.();
  }

  // The preload is always given, also to a window made after a failure: without window.kiosk
  // the page would fall back to the web build's API and look like a working kiosk.
  const preload = join(options.mainDir, '../preload/index.cjs');

  function ensureWindow(settings: Settings): ElectronNs.BrowserWindow {
    if (state.win && !state.win.isDestroyed()) return state.win;
    // Spelled `new BrowserWindow(…)` so electronegativity checks this construction site too.
    const { BrowserWindow } = electron;
    const win = new BrowserWindow({
      show: false,
      kiosk: settings.kiosk,
      fullscreen: settings.kiosk,
      autoHideMenuBar: true,
      backgroundColor: '#ffffff',
      title: 'TRICARE Sign-In Navigator',
      webPreferences: secureWebPreferences(preload),
    });
    state.win = win;
    win.removeMenu();
    // Lines a visitor (or a compromised page) can cause are rate-limited: they cannot flood the log.
    guardKioskWindow(win, limitedStaffLog(log, 'window close'));
    // A kiosk screen does not pinch-zoom into a corner and strand the next visitor; the page
    // has its own text-size buttons (axe forbids user-scalable=no in the page itself).
    void win.webContents.setVisualZoomLevelLimits(1, 1).catch(() => undefined);
    win.once('ready-to-show', () => win.show());
    // Never a hidden window: show it even if ready-to-show does not come.
    setTimeout(() => !win.isDestroyed() && !win.isVisible() && win.show(), 5_000).unref?.();
    watchRenderer({ contents: win.webContents, log, reloadApp: loadApp, showOutOfService });
    return win;
  }

  function boot(): void {
    registerDispatch();
    try {
      Menu();
    } catch (e) {
      log('error', `could not remove the app menu: ${describe(e)}`);
    }

    const base = {
      userData: safe(() => app.getPath('userData'), ''),
      appPath: safe(() => app.getAppPath(), process.cwd()),
      resourcesPath: process.resourcesPath ?? '',
      packaged: app.isPackaged,
      mainDir: options.mainDir,
      env,
    };
    const firstPaths = kioskPaths(base);
    // Unwritable logs or userData: the kiosk still runs (the log falls back to a temporary
    // folder or stderr) but shows out-of-service with the reason until it is fixed.
    if (!state.logger || state.logger.problem) {
      state.logger = createStaffLog(firstPaths.logFile);
      state.log = state.logger;
    }
    const startupProblems: ContentError[] = state.logger.problem ? [{ file: '(staff log)', field: '', message: state.logger.problem }] : [];

    let settings: Settings;
    let settingsProblems: string[] = [];
    try {
      const loaded = loadSettingsFile(firstPaths.settingsFile);
      settings = loaded.settings;
      settingsProblems = loaded.problems;
      loaded.problems.forEach((p) => log('error', p));
    } catch (e) {
      settings = DEFAULT_SETTINGS;
      settingsProblems = [`settings could not be read (${describe(e)}); using default settings`];
      log('error', settingsProblems[0]!);
    }
    state.staff ??= createStaffMain({
      initialSettings: settings,
      settingsProblems,
      save: (s) => {
        const saved = saveSettings(firstPaths.settingsFile, s);
        return saved.ok ? undefined : saved.error.join('; ');
      },
      stateDir: base.userData || dirname(firstPaths.logFile),
      logFile: firstPaths.logFile,
      log,
    });
    // What staff changed while the kiosk ran outlives a content retry.
    settings = state.staff.store.get();
    if (!settings.kiosk) allowQuit(true); // a set-up session, not a kiosk: closing is fine

    const bundleDir = settings.contentDir ? undefined : safe(() => activeBundleDir(firstPaths.bundlesDir, settings.contentPublicKey, log), undefined);
    const contentDirSetting = settings.contentDir ?? bundleDir;
    const paths = kioskPaths({ ...base, ...(contentDirSetting ? { contentDirSetting } : {}) });

    let content: ContentLoadResult;
    try {
      content = loadContentDir(paths.contentDir);
    } catch (e) {
      log('error', `content loader failed: ${describe(e)}`);
      content = err([{ file: '(content)', field: '', message: `the content could not be loaded: ${e instanceof Error ? e.message : String(e)}` }]);
    }
    reportContent(content, paths.contentDir);
    if (startupProblems.length > 0) content = err([...startupProblems, ...(content.ok ? [] : content.error)]);

    if (!state.hardened) {
      state.hardened = true;
      try {
        lockDownSession(electron.session.defaultSession, limitedStaffLog(log, 'session blocked'));
        const blocked = limitedStaffLog(log, 'navigation blocked');
        app.on('web-contents-created', (_e, contents) => lockDownWebContents(contents, APP_URL, blocked));
      } catch (e) {
        log('error', `session hardening failed: ${describe(e)}`);
      }
    }
    if (!state.protocolReady) {
      try {
        electron.protocol.handle(
          APP_SCHEME,
          createAppProtocolHandler({
            root: dirname(paths.rendererIndex),
            outOfServicePage: () => outOfServiceHtml(state.outOfService ?? 'the kiosk screen is not available', Math.round(retryMs / 60_000)),
          }),
        );
        state.protocolReady = true;
      } catch (e) {
        log('error', `could not serve app:// (${describe(e)})`);
      }
    }

    const usage = createUsageCounter(paths.usageFile, { log, today: () => localDay(new Date()), ...(content.ok ? { known: knownUsageIds(content.value) } : {}) });
    // Printing and the handlers are wired from the settings now, and again whenever staff change them.
    const wire = (current: Settings, why = 'content reloaded'): void => {
      state.printing?.abandon(why);
      const printing = createKioskPrinting({
        content,
        settings: current,
        log,
        electron: electron as unknown as PrintElectron,
        leftoverFile: paths.leftoverJobsFile,
      });
      state.printing = printing;
      state.handlers = createIpcHandlers({
        content,
        settings: current,
        printChecklist: printing.printChecklist,
        preparePrint: (request) => printing.preparePrint(request),
        usage,
        log,
        onSessionStarted: () => printing.abandon('a new session started'),
        onVisitEnded: () => printing.forgetPrepared(),
      });
      state.staffHandlers = state.staff?.handlers({
        content,
        usage,
        printDocument: (html, job) => printing.printDocument(html, job),
        quit: () => {
          allowQuit(true);
          app.quit();
        },
      });
    };
    wire(settings);
    state.rewire = wire;
    if (!state.staffListening) {
      state.staffListening = true;
      state.staff.store.onChange((s) => state.rewire?.(s, 'staff changed the settings'));
    }
    state.contentBad = !content.ok;

    ensureWindow(settings);
    loadApp();
    state.started = true;
    if (!content.ok) scheduleRetry(() => boot());
    state.printing?.startupChecks().catch((e: unknown) => log('error', `printer start-up checks failed: ${describe(e)}`));
  }

  // No application menu on any platform: on macOS the default menu keeps Cmd+Q, Cmd+W, Cmd+R.
  function Menu(): void {
    electron.Menu.setApplicationMenu(null);
  }

  function reportContent(content: ContentLoadResult, dir: string): void {
    if (!content.ok) {
      log('error', `content refused (${content.error.length} problems) in ${dir}; showing the out-of-service screen`);
      content.error.slice(0, 50).forEach((e: ContentError) => log('error', `content: ${formatContentError(e)}`));
      return;
    }
    log('info', `content loaded from ${dir}`);
    // Stale facts still show (they were right when checked), but staff are told to re-check.
    const today = new Date().toISOString().slice(0, 10);
    checkFreshness(content.value, today)
      .slice(0, 50)
      .forEach((e) => log('warn', `content needs review: ${formatContentError(e)}`));
  }
}

function safe<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}
