import { useEffect, useRef, useState } from 'react';
import { STAFF_IDLE_MS } from '../../../shared/staff/session';

/** Keep-alive calls to main at most this often while staff keep touching the panel. */
const KEEP_ALIVE_EVERY_MS = 15_000;
/** How often to ask main whether the session is still open (it may end by its own clock). */
const STATUS_EVERY_MS = 5_000;

/**
 * Staff mode closes on its own: after STAFF_IDLE_MS without a touch on the panel, or when
 * main says the session is over (its own idle time or hard limit). Touches are reported to
 * main now and then, so its idle clock follows the panel's. Returns the ms left.
 */
export function useStaffIdle(opts: {
  keepAlive: () => Promise<boolean>;
  /** Is main's session still open? Asked every few seconds (without keeping it alive). */
  isOpen: () => Promise<boolean>;
  onExpired: () => void;
  idleMs?: number;
}): number {
  const idleMs = opts.idleMs ?? STAFF_IDLE_MS;
  const last = useRef(Date.now());
  const lastSent = useRef(0);
  const [left, setLeft] = useState(idleMs);
  const { keepAlive, isOpen, onExpired } = opts;

  useEffect(() => {
    const touched = () => {
      last.current = Date.now();
      if (last.current - lastSent.current > KEEP_ALIVE_EVERY_MS) {
        lastSent.current = last.current;
        void keepAlive().then((open) => {
          if (!open) onExpired();
        });
      }
    };
    window.addEventListener('pointerdown', touched, true);
    window.addEventListener('keydown', touched, true);
    const id = window.setInterval(() => {
      const remaining = idleMs - (Date.now() - last.current);
      setLeft(Math.max(0, remaining));
      if (remaining <= 0) onExpired();
    }, 500);
    const poll = window.setInterval(() => {
      void isOpen().then((open) => {
        if (!open) onExpired();
      });
    }, STATUS_EVERY_MS);
    return () => {
      window.removeEventListener('pointerdown', touched, true);
      window.removeEventListener('keydown', touched, true);
      window.clearInterval(id);
      window.clearInterval(poll);
    };
  }, [idleMs, keepAlive, isOpen, onExpired]);
  return left;
}
