import { z } from 'zod';
import { STAFF_SETTING_FIELDS } from '../../shared/staff/settings';
import { isPinHash } from './pin-hash';

/**
 * The settings file's keys that staff mode adds. The panel-editable ones reuse the shared
 * per-field schemas, so the file and the panel accept exactly the same values.
 */
export const STAFF_FILE_FIELDS = {
  /** The language a new session starts in. */
  defaultLang: STAFF_SETTING_FIELDS.defaultLang.default('en'),
  /** Shown on the staff panel, the test page, the usage report and the CSV. */
  kioskName: STAFF_SETTING_FIELDS.kioskName.default(''),
  kioskLocation: STAFF_SETTING_FIELDS.kioskLocation.default(''),
  /**
   * A PIN an operator writes in plain text to set or reset it. Main hashes it on the first
   * read and writes the file back with staffPinHash instead, so it is never kept. Any value
   * is read here (a wrong one is refused in pin-setup.ts and removed from the file too).
   */
  staffPin: z.union([z.string(), z.number()]).optional(),
  /** The salted scrypt hash (src/main/staff/pin-hash.ts); the only form the PIN is kept in. */
  staffPinHash: z.string().refine(isPinHash, 'must be a hash written by the kiosk (set staffPin to change the PIN)').optional(),
};
