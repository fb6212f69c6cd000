import { app, BrowserWindow, ipcMain, session } from 'electron';
import { pathToFileURL } from 'node:url';
import { checkFreshness } from '../shared/content/freshness';
import { formatContentError } from '../shared/content/load';
import { loadContentDir } from './content-files';
import { createIpcHandlers } from './ipc-handlers';
import { kioskPaths } from './paths';
import { createKioskPrinting } from './printing';
import { lockDownSession, lockDownWebContents, secureWebPreferences } from './security';
import { loadSettingsFile } from './settings';
import { registerSpeech } from './speech';
import { createStaffLog } from './staff-log';
import { createUsageCounter } from './usage-counts';

/**
 * The main process stays thin: read settings and content, harden one full-screen window,
 * register the four IPC handlers, and print. Everything with logic lives in modules that
 * are tested without Electron.
 */
if (!app.requestSingleInstanceLock()) app.quit();

app.enableSandbox();

app.whenReady().then(() => {
  const base = {
    userData: app.getPath('userData'),
    appPath: app.getAppPath(),
    resourcesPath: process.resourcesPath,
    packaged: app.isPackaged,
    mainDir: import.meta.dirname,
    env: process.env,
  };
  const firstPaths = kioskPaths(base);
  const log = createStaffLog(firstPaths.logFile);
  const { settings, problems } = loadSettingsFile(firstPaths.settingsFile);
  problems.forEach((p) => log('error', p));
  const paths = kioskPaths({ ...base, ...(settings.contentDir ? { contentDirSetting: settings.contentDir } : {}) });

  const content = loadContentDir(paths.contentDir);
  if (!content.ok) {
    log('error', `content refused (${content.error.length} problems); showing out-of-service screen`);
    content.error.forEach((e) => log('error', `content: ${formatContentError(e)}`));
  } else {
    log('info', `content loaded from ${paths.contentDir}`);
    // Stale facts still show (they were right when checked), but staff are told to re-check.
    const today = new Date().toISOString().slice(0, 10);
    checkFreshness(content.value, today).forEach((e) => log('warn', `content needs review: ${formatContentError(e)}`));
  }

  const appUrl = pathToFileURL(paths.rendererIndex).toString();
  lockDownSession(session.defaultSession, log);
  app.on('web-contents-created', (_e, contents) => lockDownWebContents(contents, appUrl, log));

  const printing = createKioskPrinting({ content, settings, log });
  const handlers = createIpcHandlers({
    content,
    settings,
    printChecklist: printing.printChecklist,
    usage: createUsageCounter(paths.usageFile),
    log,
  });
  for (const [channel, handle] of Object.entries(handlers)) {
    ipcMain.handle(channel, (event, ...args) => {
      // Only our own page may call in; anything else (an injected frame) is refused.
      if (!event.senderFrame || !event.senderFrame.url.startsWith(appUrl)) {
        log('warn', `IPC ${channel}: refused a call from ${event.senderFrame?.url ?? 'an unknown frame'}`);
        return undefined;
      }
      return handle(...args);
    });
  }

  registerSpeech(ipcMain, { log, trusted: (event) => Boolean(event.senderFrame?.url.startsWith(appUrl)) });

  const win = new BrowserWindow({
    show: false,
    kiosk: settings.kiosk,
    fullscreen: settings.kiosk,
    autoHideMenuBar: true,
    backgroundColor: '#ffffff',
    title: 'TRICARE Sign-In Navigator',
    webPreferences: secureWebPreferences(paths.preload),
  });
  win.removeMenu();
  // A kiosk screen does not pinch-zoom into a corner and strand the next visitor; the page
  // has its own text-size buttons (axe forbids user-scalable=no in the page itself).
  void win.webContents.setVisualZoomLevelLimits(1, 1);
  win.once('ready-to-show', () => win.show());
  // A crashed page must not leave a blank kiosk: log it and load the app again.
  win.webContents.on('render-process-gone', (_e, details) => {
    log('error', `renderer gone (${details.reason}); reloading`);
    void win.loadURL(appUrl);
  });
  void win.loadURL(appUrl);
});

app.on('window-all-closed', () => app.quit());
