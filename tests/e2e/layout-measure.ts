import type { Page } from '@playwright/test';

/**
 * Layout measurement for the browser tests, run inside the page: every interactive element a
 * visitor can see or reach now (the open dialog's, when one is open), and what is wrong with
 * each: overlapping another control, covered by something, cut off by the screen edge, under
 * the bottom bar, or hidden in a scrolling list.
 *
 * A control hidden in a scrolling list is not a fault by itself: the list must show a visible
 * "more" control (data-more="down" / "up", aria-controls = the list's id) that brings it into
 * view. layout.spec.ts taps those controls to prove it.
 */

export interface Hidden {
  key: string;
  /** id of the scrolling container that hides it, or "" when it is not in one with an id. */
  list: string;
  dir: 'up' | 'down';
}

export interface LayoutReport {
  /** Keys of the controls a finger can use right now (fully visible, nothing on top). */
  visible: string[];
  hidden: Hidden[];
  /** Hard faults: overlaps, covered controls, controls off the screen or under the bottom bar. */
  faults: string[];
  /** Visible "more" controls: list id and direction. */
  more: { list: string; dir: string; key: string }[];
}

export async function measureLayout(page: Page): Promise<LayoutReport> {
  return page.evaluate(() => {
    const TOL = 1.5;
    const overlay = document.querySelector<HTMLElement>('.overlay');
    const scope: ParentNode = overlay ?? document;
    const selector = 'button, a[href], input, select, textarea, [role="button"], [tabindex]:not([tabindex="-1"])';
    const all = [...scope.querySelectorAll<HTMLElement>(selector)].filter((el) => {
      if (!overlay && el.closest('[inert]')) return false;
      if (el.closest('.print-sheet, .sr-only')) return false;
      const cs = getComputedStyle(el);
      if (cs.visibility === 'hidden' || cs.display === 'none') return false;
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0;
    });
    // A focusable scroll area (the checklist) is a container, not a target: it holds the others.
    const els = all.filter((el) => !all.some((other) => other !== el && el.contains(other)));

    const keyOf = (el: HTMLElement, i: number) => {
      const id = el.dataset.testid;
      const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
      return id ? `${id}` : `${el.tagName.toLowerCase()}:${text || i}`;
    };

    type Box = { left: number; top: number; right: number; bottom: number };
    const inter = (a: Box, b: Box): Box => ({
      left: Math.max(a.left, b.left),
      top: Math.max(a.top, b.top),
      right: Math.min(a.right, b.right),
      bottom: Math.min(a.bottom, b.bottom),
    });
    const empty = (b: Box) => b.right - b.left <= TOL || b.bottom - b.top <= TOL;
    const viewport: Box = { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight };

    /** The part of the element not clipped by the viewport or by any clipping ancestor; and the innermost scroller. */
    const clipOf = (el: HTMLElement) => {
      let box: Box = viewport;
      let scroller: HTMLElement | null = null;
      for (let p = el.parentElement; p; p = p.parentElement) {
        const cs = getComputedStyle(p);
        if (cs.overflowY !== 'visible' || cs.overflowX !== 'visible') {
          const r = p.getBoundingClientRect();
          const inner = { left: r.left + p.clientLeft, top: r.top + p.clientTop, right: r.left + p.clientLeft + p.clientWidth, bottom: r.top + p.clientTop + p.clientHeight };
          box = inter(box, inner);
          const scrolls = (cs.overflowY === 'auto' || cs.overflowY === 'scroll') && p.scrollHeight > p.clientHeight + 1;
          if (scrolls && !scroller) scroller = p;
        }
      }
      return { box, scroller };
    };

    const footer = document.querySelector<HTMLElement>('.navbar');
    const footerBox = footer && !overlay ? footer.getBoundingClientRect() : null;

    const faults: string[] = [];
    const visible: string[] = [];
    const hidden: { key: string; list: string; dir: 'up' | 'down' }[] = [];
    const more: { list: string; dir: string; key: string }[] = [];
    const shown: { key: string; box: Box; el: HTMLElement }[] = [];

    els.forEach((el, i) => {
      const key = keyOf(el, i);
      const r = el.getBoundingClientRect();
      const { box: clip, scroller } = clipOf(el);
      const seen = inter(r, clip);
      const full = seen.left <= r.left + TOL && seen.top <= r.top + TOL && seen.right >= r.right - TOL && seen.bottom >= r.bottom - TOL;
      if (!full) {
        const inScroller = scroller && !el.closest('.navbar, .topbar');
        if (inScroller) {
          const sr = scroller.getBoundingClientRect();
          hidden.push({ key, list: scroller.id, dir: r.top < sr.top + scroller.clientTop ? 'up' : 'down' });
        } else {
          faults.push(`${key}: cut off by the screen edge (${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}x${Math.round(r.height)})`);
        }
      }
      if (empty(seen)) return;
      // Nothing may sit on top of the visible part of a control: sample its middle and the
      // middle of each edge (corners are rounded, so a corner point can miss the control itself).
      const cx = (seen.left + seen.right) / 2;
      const cy = (seen.top + seen.bottom) / 2;
      const pts: [number, number][] = [
        [cx, cy],
        [cx, seen.top + 5],
        [cx, seen.bottom - 5],
        [seen.left + 5, cy],
        [seen.right - 5, cy],
      ];
      let coveredBy: string | null = null;
      for (const [x, y] of pts) {
        const hit = document.elementFromPoint(x, y);
        // The control itself, a part of it, or what it sits on (a rounded edge) is fine.
        if (!hit || hit === el || el.contains(hit) || hit.contains(el)) continue;
        const h = hit as HTMLElement;
        coveredBy = `${h.tagName.toLowerCase()}${h.className && typeof h.className === 'string' ? '.' + h.className.split(' ').join('.') : ''}${h.dataset?.testid ? `[${h.dataset.testid}]` : ''}`;
        break;
      }
      if (coveredBy) faults.push(`${key}: covered by ${coveredBy}`);
      if (footerBox && !footer!.contains(el) && !empty(inter(seen, footerBox))) faults.push(`${key}: under the bottom bar`);
      if (full && !coveredBy) {
        visible.push(key);
        const dir = el.dataset.more;
        if (dir && !(el as HTMLButtonElement).disabled) more.push({ list: el.getAttribute('aria-controls') ?? '', dir, key });
      }
      shown.push({ key, box: seen, el });
    });

    for (let i = 0; i < shown.length; i++) {
      for (let j = i + 1; j < shown.length; j++) {
        const a = shown[i]!;
        const b = shown[j]!;
        if (!empty(inter(a.box, b.box))) faults.push(`${a.key} overlaps ${b.key}`);
      }
    }
    return { visible, hidden, faults, more };
  });
}
