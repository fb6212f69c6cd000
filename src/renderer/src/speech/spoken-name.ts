import type { UiStrings } from '../../../shared/content/schema';
import type { Lang } from '../../../shared/i18n';

/**
 * What a control is called when the visitor moves to it: its accessible name (aria-label,
 * else its text) and, for a toggle that is on, "selected". The same words a screen reader
 * would say, read from the element the visitor is on.
 */
export function spokenName(el: HTMLElement, ui: UiStrings, lang: Lang): string {
  const label = el.getAttribute('aria-label') ?? visibleText(el);
  const name = label.replace(/\s+/g, ' ').trim();
  if (!name) return '';
  const selected = el.getAttribute('aria-pressed') === 'true' || el.getAttribute('aria-checked') === 'true' || el.getAttribute('aria-selected') === 'true';
  return selected ? `${name}, ${ui['speech.selected']?.[lang] ?? 'selected'}` : name;
}

/** The element's text without its aria-hidden parts (icons, key hints), as a screen reader names it. */
function visibleText(el: Element): string {
  let out = '';
  for (const node of el.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) out += node.textContent ?? '';
    else if (node instanceof Element && node.getAttribute('aria-hidden') !== 'true') out += ` ${visibleText(node)} `;
  }
  return out;
}
