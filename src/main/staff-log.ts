import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * The staff log: one timestamped line per event worth a staff member's attention (printer
 * faults, bad settings or content). It never receives visitor answers, only categories.
 * Kept small: rotated to <file>.1 past `maxBytes`.
 */
export type StaffLog = (level: 'info' | 'warn' | 'error', message: string) => void;

export function createStaffLog(file: string, maxBytes = 1_000_000, now: () => Date = () => new Date()): StaffLog {
  mkdirSync(dirname(file), { recursive: true });
  return (level, message) => {
    const line = `${now().toISOString()} ${level.toUpperCase()} ${message.replace(/\s+/g, ' ').trim()}\n`;
    try {
      if ((statSync(file, { throwIfNoEntry: false })?.size ?? 0) > maxBytes) renameSync(file, `${file}.1`);
      appendFileSync(file, line);
    } catch {
      // A full disk must not take the kiosk down; the line still goes to stderr.
    }
    process.stderr.write(line);
  };
}
