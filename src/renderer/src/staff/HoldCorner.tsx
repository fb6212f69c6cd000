import { useEffect, useRef, useState } from 'react';

/** How long staff hold the corner. Long enough that no visitor does it by chance. */
export const HOLD_MS = 3_000;
/** The corner: this many CSS px from the top-left of the screen. */
export const CORNER_PX = 80;
/** Feedback (a filling ring) starts only after this, so a brief touch shows nothing at all. */
const FEEDBACK_AFTER_MS = 1_000;
const MOVE_CANCEL_PX = 30;
const INTERACTIVE = 'button, a[href], input, select, textarea, [role="button"], [tabindex]:not([tabindex="-1"])';

/**
 * The hidden way into staff mode: press and hold the top-left corner for three seconds.
 * Nothing is laid over the screen (the ring is drawn with pointer-events off): the press is
 * read from the window, and only where it lands on no control, so a button near the corner
 * (the language buttons in portrait) still works as always. Not a button, not focusable,
 * hidden from screen readers; a finger that moves or lifts early, or a second finger,
 * cancels.
 */
export function HoldCorner({ onHold, disabled }: { onHold: () => void; disabled?: boolean }) {
  const [progress, setProgress] = useState<number | null>(null);
  const press = useRef<{ id: number; x: number; y: number; at: number } | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const frame = useRef<number | undefined>(undefined);
  const hold = useRef(onHold);
  hold.current = onHold;

  useEffect(() => {
    if (disabled) return;
    const cancel = () => {
      press.current = null;
      window.clearTimeout(timer.current);
      window.cancelAnimationFrame(frame.current ?? 0);
      setProgress(null);
    };
    const tick = () => {
      const p = press.current;
      if (!p) return;
      const held = Date.now() - p.at;
      setProgress(held < FEEDBACK_AFTER_MS ? null : Math.min(1, (held - FEEDBACK_AFTER_MS) / (HOLD_MS - FEEDBACK_AFTER_MS)));
      frame.current = window.requestAnimationFrame(tick);
    };
    const down = (e: PointerEvent) => {
      if (press.current) {
        cancel(); // a second finger
        return;
      }
      // Look through the ghost-tap shield (App's .tap-guard, up for a moment after each screen
      // change): a press on a control under it is still a press on that control.
      const under = (document.elementsFromPoint?.(e.clientX, e.clientY) ?? []).find((el) => !el.classList.contains('tap-guard'));
      const onControl = [e.target, under].some((t) => t instanceof Element && !t.classList.contains('tap-guard') && t.closest(INTERACTIVE) !== null);
      if (e.clientX > CORNER_PX || e.clientY > CORNER_PX || onControl) return;
      press.current = { id: e.pointerId, x: e.clientX, y: e.clientY, at: Date.now() };
      timer.current = window.setTimeout(() => {
        cancel();
        hold.current();
      }, HOLD_MS);
      frame.current = window.requestAnimationFrame(tick);
    };
    const move = (e: PointerEvent) => {
      const p = press.current;
      if (p && e.pointerId === p.id && Math.hypot(e.clientX - p.x, e.clientY - p.y) > MOVE_CANCEL_PX) cancel();
    };
    const up = (e: PointerEvent) => {
      if (press.current && e.pointerId === press.current.id) cancel();
    };
    window.addEventListener('pointerdown', down, true);
    window.addEventListener('pointermove', move, true);
    window.addEventListener('pointerup', up, true);
    window.addEventListener('pointercancel', up, true);
    return () => {
      cancel();
      window.removeEventListener('pointerdown', down, true);
      window.removeEventListener('pointermove', move, true);
      window.removeEventListener('pointerup', up, true);
      window.removeEventListener('pointercancel', up, true);
    };
  }, [disabled]);

  return (
    <div className="hold-corner" aria-hidden="true" data-testid="staff-corner">
      {progress !== null ? (
        // SVG attributes, not inline styles: the page's CSP allows no style attributes.
        <svg className="hold-ring" viewBox="0 0 40 40" width="56" height="56">
          <circle cx="20" cy="20" r="16" fill="none" strokeWidth="5" className="hold-ring-track" />
          <circle
            cx="20"
            cy="20"
            r="16"
            fill="none"
            strokeWidth="5"
            className="hold-ring-fill"
            strokeDasharray={`${(progress * 2 * Math.PI * 16).toFixed(1)} 200`}
            transform="rotate(-90 20 20)"
          />
        </svg>
      ) : null}
    </div>
  );
}
