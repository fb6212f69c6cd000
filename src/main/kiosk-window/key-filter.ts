/**
 * Keys a visitor must not use to leave, reload or inspect the kiosk, dropped in
 * before-input-event before Chromium or the window sees them. The kiosk needs no modifier
 * shortcut at all (the page uses Tab, Enter, Space, arrows and Escape), so every Ctrl/Cmd
 * combination goes: Ctrl/Cmd+W/Q/R/N/T/P/S/O/L/H/M, zoom, Ctrl+Shift+I/J/C. Also Alt+F4 and
 * Alt+arrows (history), every function key (F5 reload, F11 full screen, F12 DevTools) and the
 * keyboard's browser keys. OS-level shortcuts (Alt+Tab, the Windows key, Ctrl+Alt+Del) never
 * reach the app: the OS kiosk set-up handles those (docs/operators.md).
 */
export interface KeyInput {
  type: string;
  key: string;
  code?: string;
  control?: boolean;
  meta?: boolean;
  alt?: boolean;
  shift?: boolean;
}

const BROWSER_KEYS = new Set([
  'BrowserBack',
  'BrowserForward',
  'BrowserRefresh',
  'BrowserHome',
  'BrowserSearch',
  'BrowserFavorites',
  'BrowserStop',
  'ContextMenu',
  'Close',
  'New',
  'Open',
  'Print',
  'Save',
  'Find',
  'Help',
  'LaunchApplication1',
  'LaunchApplication2',
  'LaunchMail',
  'LaunchWebBrowser',
]);

export function isBlockedInput(input: KeyInput): boolean {
  if (input.type !== 'keyDown' && input.type !== 'rawKeyDown' && input.type !== 'keyUp') return false;
  if (input.control || input.meta) return true;
  if (/^F([1-9]|1[0-9]|2[0-4])$/.test(input.key)) return true;
  if (BROWSER_KEYS.has(input.key)) return true;
  if (input.alt && /^(F4|ArrowLeft|ArrowRight|Home|Left|Right|Space| )$/.test(input.key)) return true;
  return false;
}
