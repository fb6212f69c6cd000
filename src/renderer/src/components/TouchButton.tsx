import { useRef, type ReactNode } from 'react';
import { pressCounts } from '../lib/tap-guard';

/** A finger that slides further than this between press and release is scrolling, not tapping. */
const MOVE_CANCEL_PX = 30;

export type TouchButtonVariant = 'choice' | 'primary' | 'secondary' | 'quiet' | 'key' | 'text';

export interface TouchButtonProps {
  onPress: () => void;
  children: ReactNode;
  variant?: TouchButtonVariant;
  /** For toggles (language, text size, contrast, letters): announced as pressed / not pressed. */
  pressed?: boolean;
  /** For answers: this is the visitor's earlier answer (aria-current; answers are not toggles). */
  current?: boolean;
  disabled?: boolean;
  className?: string;
  /** Only when the visible text alone does not say what the button does. */
  ariaLabel?: string;
  /** id of what the button acts on (a "more choices" button: its list). */
  controls?: string;
  /** A "more choices" button: which way it scrolls its list. */
  more?: 'up' | 'down';
  /** Not one of its group's arrow-key stops (see useRovingFocus). */
  rovingSkip?: boolean;
  lang?: string;
  testId?: string;
}

/**
 * The one button of the kiosk (vxsuite's touch button): always type="button", at least 64 px
 * tall (CSS), touch-action: manipulation, visible text. A tap is cancelled when the finger
 * moves more than 30 px (a swipe is not a choice), and a press counts only if it began after
 * the screen appeared and its guard time passed (lib/tap-guard: no ghost taps). Keyboard
 * Enter/Space still press it.
 */
export function TouchButton({
  onPress,
  children,
  variant = 'secondary',
  pressed,
  current,
  disabled,
  className,
  ariaLabel,
  controls,
  more,
  rovingSkip,
  lang,
  testId,
}: TouchButtonProps) {
  const start = useRef<{ x: number; y: number; at: number } | null>(null);
  const moved = useRef(false);
  return (
    <button
      type="button"
      className={['tb', `tb-${variant}`, className].filter(Boolean).join(' ')}
      aria-pressed={pressed}
      aria-current={current ? 'true' : undefined}
      aria-label={ariaLabel}
      aria-controls={controls}
      data-more={more}
      data-roving-skip={rovingSkip ? 'true' : undefined}
      disabled={disabled}
      lang={lang}
      data-testid={testId}
      onPointerDown={(e) => {
        // When the finger went down, not when the busy page got round to handling it: on a
        // loaded machine a second tap could wait in the queue past the guard and then count
        // (CI saw a double tap on "Tap to start" also choose a task). Event times share
        // performance.now()'s clock; one from the future (or none) falls back to now.
        const now = performance.now();
        const at = e.timeStamp > 0 && e.timeStamp <= now ? e.timeStamp : now;
        start.current = { x: e.clientX, y: e.clientY, at };
        moved.current = false;
      }}
      onPointerMove={(e) => {
        const s = start.current;
        if (s && Math.hypot(e.clientX - s.x, e.clientY - s.y) > MOVE_CANCEL_PX) moved.current = true;
      }}
      onClick={(e) => {
        const s = start.current;
        const cancelled = moved.current;
        start.current = null;
        moved.current = false;
        // A pointer click whose press did not start on this button (it began on the screen
        // before) does not count; a keyboard click (detail 0) has no press to check.
        const pressedAt = s ? s.at : e.detail === 0 ? null : -Infinity;
        if (!cancelled && pressCounts(pressedAt, performance.now())) onPress();
      }}
    >
      {children}
    </button>
  );
}
