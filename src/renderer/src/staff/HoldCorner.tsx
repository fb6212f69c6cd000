import { useEffect, useRef, useState } from 'react';

/** How long staff hold the corner. Long enough that no visitor does it by chance. */
export const HOLD_MS = 3_000;
/** Feedback (a filling ring) starts only after this, so a brief touch shows nothing at all. */
const FEEDBACK_AFTER_MS = 1_000;
const MOVE_CANCEL_PX = 30;

/**
 * The hidden way into staff mode: press and hold the top-left corner for three seconds.
 * It is not a button (no role, not focusable, hidden from screen readers), so a visitor
 * tabbing, swiping or tapping around never meets it; a finger that moves or lifts early
 * cancels. A second finger elsewhere cancels too (a palm resting on the glass is not staff).
 */
export function HoldCorner({ onHold, disabled }: { onHold: () => void; disabled?: boolean }) {
  const [progress, setProgress] = useState<number | null>(null);
  const press = useRef<{ id: number; x: number; y: number; at: number } | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const frame = useRef<number | undefined>(undefined);

  const cancel = () => {
    press.current = null;
    window.clearTimeout(timer.current);
    window.cancelAnimationFrame(frame.current ?? 0);
    setProgress(null);
  };
  useEffect(() => cancel, []);
  useEffect(() => {
    if (disabled) cancel();
  }, [disabled]);

  useEffect(() => {
    // Any other pointer going down anywhere cancels the hold.
    const other = (e: PointerEvent) => {
      if (press.current && e.pointerId !== press.current.id) cancel();
    };
    window.addEventListener('pointerdown', other, true);
    return () => window.removeEventListener('pointerdown', other, true);
  }, []);

  const tick = () => {
    const p = press.current;
    if (!p) return;
    const held = Date.now() - p.at;
    setProgress(held < FEEDBACK_AFTER_MS ? null : Math.min(1, (held - FEEDBACK_AFTER_MS) / (HOLD_MS - FEEDBACK_AFTER_MS)));
    frame.current = window.requestAnimationFrame(tick);
  };

  return (
    <div
      className="hold-corner"
      aria-hidden="true"
      data-testid="staff-corner"
      onPointerDown={(e) => {
        if (disabled || press.current) return;
        press.current = { id: e.pointerId, x: e.clientX, y: e.clientY, at: Date.now() };
        timer.current = window.setTimeout(() => {
          cancel();
          onHold();
        }, HOLD_MS);
        frame.current = window.requestAnimationFrame(tick);
      }}
      onPointerMove={(e) => {
        const p = press.current;
        if (p && e.pointerId === p.id && Math.hypot(e.clientX - p.x, e.clientY - p.y) > MOVE_CANCEL_PX) cancel();
      }}
      onPointerUp={cancel}
      onPointerCancel={cancel}
      onPointerLeave={cancel}
      onContextMenu={(e) => e.preventDefault()}
    >
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
