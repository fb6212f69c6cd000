import type { StateZipPrefixes } from '../../../shared/content/schema';
import { zipInState } from '../../../shared/content/zip-prefixes';

/** The on-screen ZIP keypad: at most five digits, nothing else. */
export const ZIP_LENGTH = 5;

export function pressKey(zip: string, key: string): string {
  if (key === 'delete') return zip.slice(0, -1);
  if (key === 'clear') return '';
  if (/^\d$/.test(key) && zip.length < ZIP_LENGTH) return zip + key;
  return zip;
}

export function isCompleteZip(zip: string): boolean {
  return /^\d{5}$/.test(zip);
}

/**
 * Why Continue is off: not five digits yet, or a ZIP of another state (its first three
 * digits). null when the ZIP may be used. A state the prefix table does not know is not refused.
 */
export function zipProblem(zip: string, state: string, prefixes: readonly StateZipPrefixes[]): 'incomplete' | 'not-in-state' | null {
  if (!isCompleteZip(zip)) return 'incomplete';
  return zipInState(zip, state, prefixes) === false ? 'not-in-state' : null;
}
