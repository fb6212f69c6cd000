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
