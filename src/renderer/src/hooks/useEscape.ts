import { useEffect, useRef } from 'react';

/**
 * Escape does the screen's safe thing: Back on a question, "Keep my answers" / "I need more
 * time" in a dialog. `enabled` is false for a screen under an open dialog, so one Escape
 * never does two things.
 */
export function useEscape(onEscape: () => void, enabled = true): void {
  const handler = useRef(onEscape);
  handler.current = onEscape;
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || e.repeat) return;
      e.preventDefault();
      handler.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
