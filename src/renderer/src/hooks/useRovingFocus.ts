import { useEffect, useLayoutEffect, type RefObject } from 'react';

/**
 * One Tab stop for a group of buttons (the letter strip, a grid of answers, the ZIP keypad),
 * with the arrow keys moving inside it: the roving tabindex of the ARIA Authoring Practices.
 * Left/Right go to the previous/next button, Up/Down to the nearest button in the row
 * above/below (measured on screen, so it works for any number of columns), Home/End to the
 * ends. Enter and Space press the focused button as usual.
 *
 * The button that holds the Tab stop is the last one focused, else the current answer
 * (aria-current / aria-pressed), else the first. Buttons marked data-roving-skip are left out.
 * Kept small and DOM-based so a hardware keypad (EZ Access: up, down, select, back) can drive
 * the same groups later.
 */

const ITEMS = 'button:not([disabled]):not([data-roving-skip])';

export function rovingItems(group: HTMLElement): HTMLElement[] {
  return [...group.querySelectorAll<HTMLElement>(ITEMS)];
}

function center(el: HTMLElement) {
  const r = el.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2, top: r.top, bottom: r.bottom };
}

/** The button an arrow key moves to from `from`, or null at the edge. */
export function nextItem(items: HTMLElement[], from: HTMLElement, key: string): HTMLElement | null {
  const i = items.indexOf(from);
  if (i < 0) return items[0] ?? null;
  switch (key) {
    case 'ArrowRight':
      return items[i + 1] ?? null;
    case 'ArrowLeft':
      return items[i - 1] ?? null;
    case 'Home':
      return items[0] ?? null;
    case 'End':
      return items[items.length - 1] ?? null;
    case 'ArrowDown':
    case 'ArrowUp': {
      const c = center(from);
      const down = key === 'ArrowDown';
      // The nearest row in that direction, then the button in it closest to this column.
      const candidates = items
        .filter((el) => el !== from)
        .map((el) => ({ el, ...center(el) }))
        .filter((o) => (down ? o.top >= c.bottom - 2 : o.bottom <= c.top + 2));
      if (candidates.length === 0) return null;
      const rowY = down ? Math.min(...candidates.map((o) => o.top)) : Math.max(...candidates.map((o) => o.bottom));
      const row = candidates.filter((o) => (down ? o.top - rowY < 8 : rowY - o.bottom < 8));
      row.sort((a, b) => Math.abs(a.x - c.x) - Math.abs(b.x - c.x));
      return row[0]?.el ?? null;
    }
    default:
      return null;
  }
}

const KEYS = new Set(['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp', 'Home', 'End']);

export function useRovingFocus(ref: RefObject<HTMLElement | null>): void {
  // After every render: exactly one button of the group is in the Tab order.
  useLayoutEffect(() => {
    const group = ref.current;
    if (!group) return;
    const items = rovingItems(group);
    if (items.length === 0) return;
    const holder =
      items.find((el) => el.dataset.rovingActive === 'true') ??
      items.find((el) => el.getAttribute('aria-current') === 'true' || el.getAttribute('aria-pressed') === 'true') ??
      items[0]!;
    for (const el of items) el.tabIndex = el === holder ? 0 : -1;
  });

  useEffect(() => {
    const group = ref.current;
    if (!group) return;
    const take = (el: HTMLElement) => {
      for (const other of rovingItems(group)) {
        other.tabIndex = other === el ? 0 : -1;
        if (other === el) other.dataset.rovingActive = 'true';
        else delete other.dataset.rovingActive;
      }
    };
    const onFocus = (e: FocusEvent) => {
      const el = (e.target as HTMLElement).closest<HTMLElement>(ITEMS);
      if (el && group.contains(el)) take(el);
    };
    const onKey = (e: KeyboardEvent) => {
      if (!KEYS.has(e.key) || e.altKey || e.ctrlKey || e.metaKey) return;
      const from = (e.target as HTMLElement).closest<HTMLElement>(ITEMS);
      if (!from || !group.contains(from)) return;
      const to = nextItem(rovingItems(group), from, e.key);
      e.preventDefault();
      if (!to) return;
      take(to);
      to.focus();
    };
    group.addEventListener('focusin', onFocus);
    group.addEventListener('keydown', onKey);
    return () => {
      group.removeEventListener('focusin', onFocus);
      group.removeEventListener('keydown', onKey);
    };
  }, [ref]);
}
