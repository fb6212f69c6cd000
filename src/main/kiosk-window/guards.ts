import type { StaffLog } from '../staff-log';
import { isBlockedInput, type KeyInput } from './key-filter';
import { isQuitAllowed } from './quit';

/** What the guards use of a BrowserWindow. */
export interface GuardedWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  webContents: {
    on(event: 'before-input-event', listener: (event: { preventDefault(): void }, input: KeyInput) => void): unknown;
  };
}

/** No way out for a visitor: close refused outside staff mode, exit and reload keys dropped. */
export function guardKioskWindow(win: GuardedWindow, log: StaffLog): void {
  win.on('close', (event) => {
    if (isQuitAllowed()) return;
    event.preventDefault();
    log('warn', 'refused to close the kiosk window (not in staff mode)');
  });
  win.webContents.on('before-input-event', (event, input) => {
    if (isBlockedInput(input)) event.preventDefault();
  });
}
