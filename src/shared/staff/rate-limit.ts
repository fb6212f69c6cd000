/**
 * Wrong staff PINs wait longer each time: after the n-th wrong PIN in a row the next try is
 * refused (without checking it) for BASE_DELAY_MS · 2^(n-1), capped at MAX_DELAY_MS. One typo
 * costs a second; ten wrong PINs in a row cost fifteen minutes per further guess. A right PIN
 * clears the count. Pure, with the clock passed in: main keeps one (and persists its state so
 * a restart does not clear it); the web build's fake staff API uses the same rules.
 */
export const BASE_DELAY_MS = 1_000;
export const MAX_DELAY_MS = 15 * 60_000;

export interface LimiterState {
  /** Wrong PINs in a row. */
  failures: number;
  /** Epoch ms before which no PIN is checked. */
  lockedUntil: number;
}

export const NO_FAILURES: LimiterState = { failures: 0, lockedUntil: 0 };

export type LimiterCheck = { allowed: true } | { allowed: false; retryInMs: number };

export interface PinLimiter {
  /** May a PIN be checked now? */
  check(): LimiterCheck;
  /** A wrong PIN: returns how long until the next try. */
  fail(): number;
  succeed(): void;
  state(): LimiterState;
}

export function delayAfter(failures: number): number {
  if (failures <= 0) return 0;
  return Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.min(failures - 1, 30));
}

export function createPinLimiter(options: {
  now: () => number;
  initial?: LimiterState;
  /** Called after every change, e.g. to persist the state. */
  onChange?: (state: LimiterState) => void;
}): PinLimiter {
  let state: LimiterState = sane(options.initial) ?? NO_FAILURES;
  const set = (next: LimiterState) => {
    state = next;
    options.onChange?.(state);
  };
  return {
    check() {
      const wait = state.lockedUntil - options.now();
      return wait > 0 ? { allowed: false, retryInMs: wait } : { allowed: true };
    },
    fail() {
      const failures = state.failures + 1;
      const delay = delayAfter(failures);
      set({ failures, lockedUntil: options.now() + delay });
      return delay;
    },
    succeed() {
      if (state.failures !== 0 || state.lockedUntil !== 0) set(NO_FAILURES);
    },
    state: () => ({ ...state }),
  };
}

/** A persisted state read back from disk: anything odd counts as no failures, but a lock stays. */
function sane(s: LimiterState | undefined): LimiterState | undefined {
  if (!s) return undefined;
  const failures = Number.isInteger(s.failures) && s.failures > 0 ? Math.min(s.failures, 1_000) : 0;
  const lockedUntil = Number.isFinite(s.lockedUntil) && s.lockedUntil > 0 ? s.lockedUntil : 0;
  return { failures, lockedUntil };
}
