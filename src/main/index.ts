import { app, BrowserWindow, ipcMain, Menu, protocol, session } from 'electron';
import { startKiosk } from './startup';

/**
 * The main process stays thin: startKiosk (src/main/startup.ts) reads settings and content,
 * hardens one full-screen window served from app://, registers the four IPC handlers and
 * prints; whatever fails, the window still opens on the out-of-service screen. Everything
 * with logic lives in modules that are tested without Electron.
 */
startKiosk({ app, BrowserWindow, ipcMain, Menu, protocol, session }, { mainDir: import.meta.dirname });

export { allowQuit } from './kiosk-window/quit';
