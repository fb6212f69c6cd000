import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * The staff log: one timestamped line per event worth a staff member's attention (printer
 * faults, bad settings or content). It never receives visitor answers, only categories.
 *
 * It must never take the kiosk down: a folder that cannot be made (read-only userData, a file
 * called `logs`) falls back to a temporary folder, and failing that to stderr alone; a write
 * that fails is dropped. A line is one line (control characters escaped, so nobody's terminal
 * is driven by a hostile key name) and at most MAX_LINE_CHARS long. Rotated to <file>.1 … .3
 * past `maxBytes`.
 */
export type LogLevel = 'info' | 'warn' | 'error';
export type StaffLog = (level: LogLevel, message: string) => void;

export interface StaffLogger extends StaffLog {
  /** The file being written, or undefined when only stderr is left. */
  readonly file: string | undefined;
  /** Why the configured file is not used, for the out-of-service screen and the log itself. */
  readonly problem: string | undefined;
}

export const MAX_LINE_CHARS = 2_000;
export const LOG_BACKUPS = 3;

export interface StaffLogOptions {
  maxBytes?: number;
  now?: () => Date;
  /** Where to go when `file`'s folder cannot be made; default: <tmp>/tricare-kiosk/kiosk.log. */
  fallbackFile?: string;
  stderr?: (line: string) => void;
}

/** Newlines and tabs become spaces; other control and format characters (ESC, BEL, U+202E) become \u{…}. */
export function escapeLogText(message: string): string {
  return message
    .replace(/[\t\n\r\v\f]+/g, ' ')
    .replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`)
    .replace(/ {2,}/g, ' ')
    .trim();
}

export function capLine(text: string, max = MAX_LINE_CHARS): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length - max} more characters)`;
}

function usableDir(file: string): string | undefined {
  try {
    mkdirSync(dirname(file), { recursive: true });
    appendFileSync(file, '');
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}

export function createStaffLog(file: string, options: StaffLogOptions = {}): StaffLogger {
  const maxBytes = options.maxBytes ?? 1_000_000;
  const now = options.now ?? (() => new Date());
  const stderr = options.stderr ?? ((line: string) => void safe(() => process.stderr.write(line)));
  let target: string | undefined = file;
  let problem: string | undefined;
  const first = usableDir(file);
  if (first !== undefined) {
    const fallback = options.fallbackFile ?? join(tmpdir(), 'tricare-kiosk', 'kiosk.log');
    const second = usableDir(fallback);
    target = second === undefined ? fallback : undefined;
    problem = `cannot write the staff log at ${file} (${first}); ${target ? `writing to ${target} instead` : 'writing to stderr only'}`;
  }

  const rotate = (f: string) => {
    if ((statSync(f, { throwIfNoEntry: false })?.size ?? 0) <= maxBytes) return;
    rmSync(`${f}.${LOG_BACKUPS}`, { force: true });
    for (let i = LOG_BACKUPS - 1; i >= 1; i--) {
      if (statSync(`${f}.${i}`, { throwIfNoEntry: false })) renameSync(`${f}.${i}`, `${f}.${i + 1}`);
    }
    renameSync(f, `${f}.1`);
  };

  const log = ((level: LogLevel, message: string) => {
    let line: string;
    try {
      line = `${now().toISOString()} ${level.toUpperCase()} ${capLine(escapeLogText(String(message)))}\n`;
    } catch {
      line = `${level.toUpperCase()} (a log message could not be formatted)\n`;
    }
    if (target) {
      const f = target;
      safe(() => {
        rotate(f);
        appendFileSync(f, line);
      });
    }
    stderr(line);
  }) as StaffLogger;
  Object.defineProperties(log, { file: { value: target }, problem: { value: problem } });
  if (problem) log('error', problem);
  return log;
}

function safe(fn: () => unknown): void {
  try {
    fn();
  } catch {
    // A full disk or a vanished folder must not take the kiosk down.
  }
}

/**
 * Lines that an outsider can cause (refused IPC messages) are rate-limited per kind, so a
 * flood cannot rotate real printer-fault history out of the log: at most `max` lines per
 * `windowMs` for each key, then one line saying how many were left out.
 */
export function createRateLimitedLog(
  log: StaffLog,
  options: { max?: number; windowMs?: number; now?: () => number } = {},
): (key: string, level: LogLevel, message: string) => void {
  const max = options.max ?? 5;
  const windowMs = options.windowMs ?? 10 * 60_000;
  const now = options.now ?? (() => Date.now());
  const windows = new Map<string, { start: number; count: number; dropped: number }>();
  return (key, level, message) => {
    const t = now();
    let w = windows.get(key);
    if (!w || t - w.start >= windowMs) {
      if (w && w.dropped > 0) log('warn', `${w.dropped} more "${key}" lines left out in the last ${Math.round(windowMs / 60_000)} min`);
      w = { start: t, count: 0, dropped: 0 };
      windows.set(key, w);
      if (windows.size > 50) windows.delete(windows.keys().next().value as string);
    }
    if (w.count < max) {
      w.count += 1;
      log(level, w.count === max ? `${message} (further "${key}" lines are counted, not written, for a while)` : message);
    } else w.dropped += 1;
  };
}

/** A StaffLog whose lines all count against one rate-limit key (window closes, blocked navigations). */
export function limitedStaffLog(log: StaffLog, key: string, options?: Parameters<typeof createRateLimitedLog>[1]): StaffLog {
  const limited = createRateLimitedLog(log, options);
  return (level, message) => limited(key, level, message);
}
