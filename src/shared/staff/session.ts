/**
 * A staff session: opened by a right PIN, closed by Exit, and closed on its own after
 * STAFF_IDLE_MS without a staff call or STAFF_MAX_MS after it opened, whichever comes first.
 * Pure, with the clock passed in: main keeps the one that counts (every staff call but
 * "enter" is refused unless it is open); the renderer closes its panel on the same rules.
 */
export const STAFF_IDLE_MS = 2 * 60_000;
export const STAFF_MAX_MS = 30 * 60_000;

export interface StaffSession {
  open(): void;
  close(): void;
  /** True while open; a call that finds it expired closes it. */
  isOpen(): boolean;
  /** Staff did something: the idle clock starts again (never past the hard limit). */
  touch(): void;
  /** Milliseconds until it closes by itself (0 when closed). */
  remainingMs(): number;
}

export function createStaffSession(options: { now: () => number; idleMs?: number; maxMs?: number }): StaffSession {
  const idleMs = options.idleMs ?? STAFF_IDLE_MS;
  const maxMs = options.maxMs ?? STAFF_MAX_MS;
  let openedAt: number | null = null;
  let lastSeen = 0;
  const remaining = () => {
    if (openedAt === null) return 0;
    const t = options.now();
    return Math.max(0, Math.min(lastSeen + idleMs, openedAt + maxMs) - t);
  };
  return {
    open() {
      openedAt = options.now();
      lastSeen = openedAt;
    },
    close() {
      openedAt = null;
    },
    isOpen() {
      if (openedAt !== null && remaining() === 0) openedAt = null;
      return openedAt !== null;
    },
    touch() {
      if (openedAt !== null && remaining() > 0) lastSeen = options.now();
    },
    remainingMs: () => remaining(),
  };
}
