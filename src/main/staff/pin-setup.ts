import { isValidPin } from '../../shared/staff/pin';
import type { StaffLog } from '../staff-log';
import { hashPin } from './pin-hash';
import type { SettingsStore } from './settings-store';

/**
 * An operator sets (or resets) the staff PIN by writing `"staffPin": "<6-12 digits>"` in the
 * settings file. On the first start that reads it, main hashes it, writes the file back
 * with `staffPinHash` and without the plain text, and logs that it did. A plain-text value
 * that is not 6 to 12 digits is removed as well (a secret is never left in the file) and
 * the log says why, so the old PIN (if any) stays in force.
 *
 * There is deliberately no "set a PIN" screen on the kiosk: whoever stood at a new kiosk
 * first — a visitor — could take staff mode (and with it, quitting the app). Without a PIN,
 * the PIN pad says how to set one in the settings file.
 */
export async function adoptPlainTextPin(store: SettingsStore, log: StaffLog): Promise<void> {
  const plain = store.get().staffPin;
  if (plain === undefined) return;
  const pin = String(plain);
  if (!isValidPin(pin)) {
    const report = store.removePlainPin();
    const previous = report.settings.staffPinHash ? ' (the previous PIN still works)' : ' (no staff PIN is set)';
    log('error', `settings: staffPin must be 6 to 12 digits; it was removed from the file unused${previous}${report.saved ? '' : `, but the file could not be written: ${report.problem}`}`);
    return;
  }
  const report = store.setPinHash(await hashPin(pin));
  if (report.saved) log('info', 'settings: the staff PIN was hashed and the plain-text staffPin removed from the file');
  else log('error', `settings: the staff PIN is in force for this run, but the file still holds it in plain text (could not write: ${report.problem})`);
}
