import { useEffect, useRef, type ReactNode } from 'react';
import { useEscape } from '../hooks/useEscape';

/**
 * A question over the whole screen (role alertdialog, the page behind it inert): its heading
 * takes focus when it opens, Escape gives the safe answer, and focus goes back to where it
 * was when it closes. `blocked` is true while another dialog is over this one.
 */
export function Dialog({
  id,
  title,
  lead,
  onEscape,
  blocked = false,
  children,
}: {
  /** Names the dialog for tests and screenshots (data-screen), and prefixes its element ids. */
  id: string;
  title: ReactNode;
  lead: ReactNode;
  onEscape: () => void;
  blocked?: boolean;
  children: ReactNode;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEscape(onEscape, !blocked);
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    heading.current?.focus();
    return () => {
      // Back to the control that opened it; failing that the screen's title.
      if (before?.isConnected && !before.closest('[inert]')) before.focus({ preventScroll: true });
      else document.querySelector<HTMLElement>('main h1')?.focus();
    };
  }, []);
  return (
    <div
      className="overlay"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-lead`}
      data-screen={id}
      inert={blocked}
    >
      <div className="overlay-card">
        <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
          {title}
        </h2>
        <div id={`${id}-lead`} className="lead">
          {lead}
        </div>
        {children}
      </div>
    </div>
  );
}
