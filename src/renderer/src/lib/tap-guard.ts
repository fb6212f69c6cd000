/**
 * Ghost taps: older visitors often double-tap, and some touch panels report one tap twice.
 * When a screen (or a question over it) appears, presses are ignored for TAP_GUARD_MS, and a
 * press only counts if the finger went down after that. So two taps 150 ms apart move on
 * one step, never answering a question the visitor has not seen.
 *
 * One kiosk per page, so one clock: App re-arms it on every screen change; TouchButton asks it.
 */
export const TAP_GUARD_MS = 400;

let armedAt = 0;

/** A new screen appeared at `now`: presses count again from now + TAP_GUARD_MS. */
export function rearm(now: number): number {
  armedAt = now + TAP_GUARD_MS;
  return armedAt;
}

/**
 * Whether a press counts. `pressedAt` is when the finger (or mouse button) went down on this
 * button, or null for a keyboard press (Enter/Space), which counts once the guard is over.
 */
export function pressCounts(pressedAt: number | null, now: number): boolean {
  return (pressedAt ?? now) >= armedAt;
}
