import type { UiStrings } from '../../../shared/content/schema';
import type { Lang } from '../../../shared/i18n';

/**
 * What a control is called when the visitor moves to it: its accessible name (aria-label,
 * else its text) and, for a toggle that is on, "selected". The same words a screen reader
 * would say, read from the element the visitor is on.
 */
export function spokenName(el: HTMLElement, ui: UiStrings, lang: Lang): string {
  const label = el.getAttribute('aria-label') ?? el.innerText ?? el.textContent ?? '';
  const name = label.replace(/\s+/g, ' ').trim();
  if (!name) return '';
  const selected = el.getAttribute('aria-pressed') === 'true' || el.getAttribute('aria-checked') === 'true' || el.getAttribute('aria-selected') === 'true';
  return selected ? `${name}, ${ui['speech.selected']?.[lang] ?? 'selected'}` : name;
}
