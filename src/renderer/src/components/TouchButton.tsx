import { useRef, type ReactNode } from 'react';

/** A finger that slides further than this between press and release is scrolling, not tapping. */
const MOVE_CANCEL_PX = 30;

export type TouchButtonVariant = 'choice' | 'primary' | 'secondary' | 'quiet' | 'key';

export interface TouchButtonProps {
  onPress: () => void;
  children: ReactNode;
  variant?: TouchButtonVariant;
  /** For toggles (language, text size, contrast, letters): announced as pressed / not pressed. */
  pressed?: boolean;
  disabled?: boolean;
  className?: string;
  /** Only when the visible text alone does not say what the button does. */
  ariaLabel?: string;
  lang?: string;
  testId?: string;
}

/**
 * The one button of the kiosk (vxsuite's touch button): always type="button", at least 64 px
 * tall (CSS), touch-action: manipulation, visible text, and a tap is cancelled when the finger
 * moves more than 30 px (a swipe is not a choice). Keyboard Enter/Space still press it.
 */
export function TouchButton({
  onPress,
  children,
  variant = 'secondary',
  pressed,
  disabled,
  className,
  ariaLabel,
  lang,
  testId,
}: TouchButtonProps) {
  const start = useRef<{ x: number; y: number } | null>(null);
  const moved = useRef(false);
  return (
    <button
      type="button"
      className={['tb', `tb-${variant}`, className].filter(Boolean).join(' ')}
      aria-pressed={pressed}
      aria-label={ariaLabel}
      disabled={disabled}
      lang={lang}
      data-testid={testId}
      onPointerDown={(e) => {
        start.current = { x: e.clientX, y: e.clientY };
        moved.current = false;
      }}
      onPointerMove={(e) => {
        const s = start.current;
        if (s && Math.hypot(e.clientX - s.x, e.clientY - s.y) > MOVE_CANCEL_PX) moved.current = true;
      }}
      onClick={() => {
        const cancelled = moved.current;
        start.current = null;
        moved.current = false;
        if (!cancelled) onPress();
      }}
    >
      {children}
    </button>
  );
}
