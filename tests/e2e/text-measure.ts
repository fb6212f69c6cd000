import type { Page } from '@playwright/test';

/**
 * Text layout of a scrolling screen (the checklist), measured in the page: layout-measure.ts
 * looks at the controls a finger can use; this looks at what a visitor reads. Every line of
 * text (each line box of each text node, from Range.getClientRects) and every picture (the QR
 * codes) in the screen's scroll area must
 * - not be cut off at the sides of the scroll area (it scrolls only up and down),
 * - not be cut off by a box inside it that hides its overflow (a card, a clipped cell),
 * - not overlap another line or picture (two texts drawn over each other);
 * and the scroll area itself must sit between the top bar and the bottom bar, so the last
 * lines, once scrolled to, are not under the bottom bar.
 */
export interface TextReport {
  lines: number;
  faults: string[];
}

export async function measureText(page: Page): Promise<TextReport> {
  return page.evaluate(() => {
    const TOL = 1.5;
    const faults: string[] = [];
    const main = document.querySelector<HTMLElement>('.app main');
    if (!main) return { lines: 0, faults: ['no screen area (.app main)'] };
    const mr = main.getBoundingClientRect();
    const area = { left: mr.left + main.clientLeft, right: mr.left + main.clientLeft + main.clientWidth };
    const top = document.querySelector('.app .topbar')?.getBoundingClientRect();
    const bottom = document.querySelector('.app .navbar')?.getBoundingClientRect();
    if (top && mr.top < top.bottom - TOL) faults.push(`the screen area starts under the top bar (${Math.round(mr.top)} < ${Math.round(top.bottom)})`);
    if (bottom && mr.bottom > bottom.top + TOL) faults.push(`the screen area ends under the bottom bar (${Math.round(mr.bottom)} > ${Math.round(bottom.top)})`);

    type Box = { left: number; top: number; right: number; bottom: number; what: string; owner: Node };
    const boxes: Box[] = [];
    const shown = (el: Element) => {
      if (el.closest('.sr-only, [aria-hidden="true"]')) return false;
      const cs = getComputedStyle(el);
      return cs.visibility !== 'hidden' && cs.display !== 'none' && Number(cs.opacity) > 0;
    };
    /** Ancestors inside the scroll area that clip what overflows them. */
    const clippers = (el: Element) => {
      const out: { el: Element; r: DOMRect }[] = [];
      for (let p: Element | null = el; p && p !== main; p = p.parentElement) {
        const cs = getComputedStyle(p);
        if (cs.overflowX !== 'visible' || cs.overflowY !== 'visible') out.push({ el: p, r: p.getBoundingClientRect() });
      }
      return out;
    };
    const check = (b: Box, el: Element) => {
      if (b.left < area.left - TOL || b.right > area.right + TOL) faults.push(`"${b.what}": cut off at the side (${Math.round(b.left)}–${Math.round(b.right)}, area ${Math.round(area.left)}–${Math.round(area.right)})`);
      for (const c of clippers(el)) {
        if (c.el === el && el instanceof SVGElement) continue;
        if (b.left < c.r.left - TOL || b.right > c.r.right + TOL || b.top < c.r.top - TOL || b.bottom > c.r.bottom + TOL) {
          faults.push(`"${b.what}": cut off by ${c.el.tagName.toLowerCase()}.${[...c.el.classList].join('.')}`);
          break;
        }
      }
      boxes.push(b);
    };

    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const el = node.parentElement;
      if (!text.trim() || !el || !shown(el)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) {
        if (r.width < 1 || r.height < 1) continue;
        check({ left: r.left, top: r.top, right: r.right, bottom: r.bottom, what: text.trim().slice(0, 50), owner: node }, el);
      }
    }
    for (const el of main.querySelectorAll('img, svg, canvas')) {
      if (el.parentElement?.closest('svg') || !shown(el)) continue;
      const r = el.getBoundingClientRect();
      if (r.width < 1 || r.height < 1) continue;
      check({ left: r.left, top: r.top, right: r.right, bottom: r.bottom, what: `<${el.tagName.toLowerCase()} ${el.getAttribute('aria-label') ?? el.getAttribute('data-testid') ?? ''}>`.slice(0, 60), owner: el }, el);
    }

    // Sweep by top edge: only boxes whose vertical spans meet can overlap.
    boxes.sort((a, b) => a.top - b.top);
    for (let i = 0; i < boxes.length; i++) {
      const a = boxes[i]!;
      for (let j = i + 1; j < boxes.length && boxes[j]!.top < a.bottom - TOL; j++) {
        const b = boxes[j]!;
        if (a.owner === b.owner || a.owner.contains(b.owner) || b.owner.contains(a.owner)) continue;
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (w > TOL && h > TOL) faults.push(`"${a.what}" overlaps "${b.what}" (${Math.round(w)}x${Math.round(h)} px)`);
      }
    }
    return { lines: boxes.length, faults };
  });
}
