import { useCallback, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useRovingFocus } from '../hooks/useRovingFocus';
import { useKiosk } from '../kiosk-context';
import { TouchButton } from './TouchButton';

/** A control counts as hidden when more than this much of it is outside the list's window. */
const EDGE_PX = 1.5;

interface Hidden {
  overflowing: boolean;
  above: number;
  below: number;
}

const NONE: Hidden = { overflowing: false, above: 0, below: 0 };

function measure(list: HTMLElement): Hidden {
  const box = list.getBoundingClientRect();
  const top = box.top + list.clientTop;
  const bottom = top + list.clientHeight;
  let above = 0;
  let below = 0;
  for (const el of list.querySelectorAll<HTMLElement>('button')) {
    const r = el.getBoundingClientRect();
    if (r.height === 0) continue;
    if (r.top < top - EDGE_PX) above++;
    else if (r.bottom > bottom + EDGE_PX) below++;
  }
  return { overflowing: list.scrollHeight > list.clientHeight + 1, above, below };
}

const smooth = (): ScrollBehavior => (window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth');

/**
 * The answers of one question. When they do not fit the screen (large text, a long Spanish
 * list), the list scrolls inside its own window and says so: a labelled "5 more choices
 * below" button (and "… above" once scrolled), a fade at the cut edge, never a choice hidden
 * without a cue and never one under another control. `pinned` (the "I'm not sure" answer)
 * sits below the window, always on screen. One Tab stop with arrow keys inside
 * (useRovingFocus); the group is named by the question's heading.
 */
export function AnswerGroup({
  labelledBy,
  label,
  listId,
  pinned,
  live,
  children,
  className,
}: {
  labelledBy?: string;
  label?: string;
  listId: string;
  pinned?: ReactNode;
  /** Announce changes of the list (the states shown for a letter). */
  live?: boolean;
  children: ReactNode;
  className?: string;
}) {
  const { t } = useKiosk();
  const group = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const [hidden, setHidden] = useState<Hidden>(NONE);
  useRovingFocus(group);

  const update = useCallback(() => {
    const el = list.current;
    if (!el) return;
    const next = measure(el);
    setHidden((h) => (h.overflowing === next.overflowing && h.above === next.above && h.below === next.below ? h : next));
  }, []);

  // Re-measure after every render (new letter, new language) and whenever the window or the list resizes or scrolls.
  useLayoutEffect(update);
  useLayoutEffect(() => {
    const el = list.current;
    if (!el) return;
    const ro = new ResizeObserver(update);
    ro.observe(el);
    if (el.firstElementChild) ro.observe(el.firstElementChild);
    el.addEventListener('scroll', update, { passive: true });
    return () => {
      ro.disconnect();
      el.removeEventListener('scroll', update);
    };
  }, [update]);

  /** Brings the next hidden choices into view and moves focus to the first of them. */
  const reveal = (dir: 'up' | 'down') => {
    const el = list.current;
    if (!el) return;
    const box = el.getBoundingClientRect();
    const top = box.top + el.clientTop;
    const bottom = top + el.clientHeight;
    const buttons = [...el.querySelectorAll<HTMLElement>('button')];
    const target =
      dir === 'down'
        ? buttons.find((b) => b.getBoundingClientRect().bottom > bottom + EDGE_PX)
        : buttons.filter((b) => b.getBoundingClientRect().top < top - EDGE_PX).pop();
    if (!target) return;
    const r = target.getBoundingClientRect();
    const pad = parseFloat(getComputedStyle(el).paddingTop) || 0;
    let delta = dir === 'down' ? r.top - top - pad : r.bottom - bottom + pad;
    if (Math.abs(delta) < 8) delta = (dir === 'down' ? 1 : -1) * el.clientHeight * 0.8;
    el.scrollBy({ top: delta, behavior: smooth() });
    target.focus({ preventScroll: true });
  };

  const more = (dir: 'up' | 'down', n: number) =>
    n > 0 ? (
      <TouchButton
        variant="text"
        className={`more-button more-${dir}`}
        more={dir}
        controls={listId}
        rovingSkip
        onPress={() => reveal(dir)}
        testId={`more-${dir}-${listId}`}
      >
        <span className="more-arrow" aria-hidden="true">
          {dir === 'down' ? '↓' : '↑'}
        </span>
        {t(dir === 'down' ? (n === 1 ? 'more.belowOne' : 'more.below') : n === 1 ? 'more.aboveOne' : 'more.above', { n })}
      </TouchButton>
    ) : null;

  return (
    <div
      ref={group}
      className={['answers', className].filter(Boolean).join(' ')}
      role="group"
      aria-labelledby={labelledBy}
      aria-label={label}
    >
      <div
        ref={list}
        id={listId}
        className="answers-list"
        data-more-above={hidden.above > 0 ? 'true' : undefined}
        data-more-below={hidden.below > 0 ? 'true' : undefined}
        aria-live={live ? 'polite' : undefined}
      >
        {children}
      </div>
      {pinned || hidden.overflowing ? (
        <div className={pinned ? 'answers-foot' : 'answers-foot answers-foot-more'}>
          {pinned ? <div className="answers-pinned">{pinned}</div> : null}
          {hidden.overflowing ? (
            <div className="more-row" data-testid={`more-row-${listId}`}>
              {more('up', hidden.above)}
              {more('down', hidden.below)}
            </div>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
