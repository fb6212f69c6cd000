/**
 * The kiosk window refuses to close, and the app to quit, unless this flag is set: by staff
 * mode's "exit the app" (issue 11), or at start for a non-kiosk set-up session. A visitor's
 * Alt+F4 or the window manager's close button then does nothing.
 */
let quitAllowed = false;

/** For the staff panel: let the next close or quit through. */
export function allowQuit(allowed = true): void {
  quitAllowed = allowed;
}

export function isQuitAllowed(): boolean {
  return quitAllowed;
}
