/** The kiosk speaks these languages; every visitor-facing string exists in each. */
export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];

/** A piece of visitor-facing text in every supported language. */
export type LocalizedText = Record<Lang, string>;

export function pick(text: LocalizedText, lang: Lang): string {
  return text[lang];
}

/**
 * Fills `{name}` placeholders. Unknown placeholders are left visible so a test can catch them.
 * Only the params' own keys count: `{toString}` or `{constructor}` must not print a function.
 */
export function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (Object.hasOwn(params, key) ? (params[key] ?? whole) : whole));
}
