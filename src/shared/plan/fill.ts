import { LANGS, type LocalizedText } from '../i18n';
import type { Fact, FactLog } from './facts';

/** A value for one {placeholder}: text in each language and the facts it rests on. */
export interface Param {
  text: LocalizedText;
  facts?: Fact[];
  unconfirmed?: boolean;
}

export type Resolve = (name: string) => Param | undefined;

const PLACEHOLDER = /\{([^{}]+)\}/g;
/** A parameter may itself hold placeholders (e.g. "{phone.triwest} (West)"); this deep, no more. */
const MAX_DEPTH = 3;

export interface Filled {
  text: LocalizedText;
  /** Some parameter used rests on an unconfirmed fact. */
  unconfirmed: boolean;
}

/**
 * Fills {placeholders} in both languages. An unknown name stays visible as "{name}" so the
 * table test catches it; the load-time placeholder check keeps that from reaching a visitor.
 */
export function fillText(template: LocalizedText, resolve: Resolve, log: FactLog): Filled {
  // Most texts have no placeholder: hand them back as they are.
  if (!template.en.includes('{') && !template.es.includes('{')) return { text: template, unconfirmed: false };
  let unconfirmed = false;
  const fillOne = (s: string, lang: (typeof LANGS)[number], depth: number): string => {
    let out = '';
    for (const part of compile(s)) {
      if (typeof part === 'string') {
        out += part;
        continue;
      }
      const p = resolve(part.name);
      if (!p) {
        out += `{${part.name}}`;
        continue;
      }
      if (p.unconfirmed) unconfirmed = true;
      if (p.facts) {
        for (const f of p.facts) {
          log.use(f);
          if (f.unconfirmed) unconfirmed = true;
        }
      }
      const value = p.text[lang];
      out += depth < MAX_DEPTH && value.includes('{') ? fillOne(value, lang, depth + 1) : value;
    }
    return out;
  };
  const text = { en: fillOne(template.en, 'en', 0), es: fillOne(template.es, 'es', 0) };
  return { text, unconfirmed };
}

type Part = string | { name: string };
/** Templates split once into text and placeholder parts (content is fixed while the kiosk runs). */
const compiled = new Map<string, Part[]>();

function compile(template: string): Part[] {
  let parts = compiled.get(template);
  if (parts) return parts;
  parts = [];
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    if (m.index > last) parts.push(template.slice(last, m.index));
    parts.push({ name: m[1] ?? '' });
    last = m.index + m[0].length;
  }
  if (last < template.length) parts.push(template.slice(last));
  // Bounded by the content's templates; a runaway cache would mean templates built at run time.
  if (compiled.size < 10_000) compiled.set(template, parts);
  return parts;
}

/** The same text in every language (phone numbers and addresses are not translated). */
export const same = (s: string): LocalizedText => ({ en: s, es: s });

/** Joins per-language texts, e.g. two phone numbers, with a neutral separator. */
export function joinText(parts: LocalizedText[], sep = ' / '): LocalizedText {
  return { en: parts.map((p) => p.en).join(sep), es: parts.map((p) => p.es).join(sep) };
}
