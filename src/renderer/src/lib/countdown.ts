/** Whole seconds left, rounded up, never negative: 29.2 s left reads "30", 0.1 s reads "1". */
export function secondsLeft(deadline: number, now: number): number {
  return Math.max(0, Math.ceil((deadline - now) / 1000));
}

/**
 * When a screen reader should hear the countdown: at the start, every 10 seconds, and each of
 * the last 5 seconds. Announcing every second would drown out everything else.
 */
export function announceAt(seconds: number, total: number): boolean {
  return seconds === total || seconds % 10 === 0 || seconds <= 5;
}

/**
 * The number the screen-reader line says for `seconds` left: it only changes at announcement
 * points (see announceAt), so the live region speaks a few times, not thirty.
 */
export function announcedSeconds(seconds: number, total: number): number {
  if (seconds <= 5 || seconds >= total) return Math.min(seconds, total);
  return Math.min(total, Math.ceil(seconds / 10) * 10);
}
