import { fill, type Lang } from '../../../shared/i18n';
import type { UiStrings } from '../../../shared/content/schema';

/** Every key of data/ui.json: using a key that is not there is a compile error. */
export type UiKey = keyof typeof import('../../../../data/ui.json');

export type Translate = (key: UiKey, params?: Record<string, string | number>) => string;

/**
 * Screen wording from ui.json in the visitor's language. A key missing at run time (content
 * edited after the build) shows as ⟦key⟧ rather than a blank, so staff can see and report it.
 */
export function makeTranslate(ui: UiStrings, lang: Lang): Translate {
  return (key, params) => {
    const entry = ui[key];
    if (!entry) return `⟦${key}⟧`;
    const text = entry[lang];
    if (!params) return text;
    return fill(text, Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])));
  };
}
