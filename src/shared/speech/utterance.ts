import type { UiStrings } from '../content/schema';
import { fill, type Lang } from '../i18n';
import { readingWords, sayText, sentence, type ReadingWords } from './read-aloud';

/** One piece of speech: a sentence or an item, in the language it is written in. */
export interface Utterance {
  text: string;
  lang: Lang;
  /**
   * The part of the screen this belongs to, when a change inside the screen (a letter picked,
   * a ZIP digit typed) reads that part alone instead of the whole screen again.
   */
  part?: SpokenPart;
}

export type SpokenPart = 'states' | 'zip-digits' | 'help';

/** The longest text one engine call may take (the IPC contract refuses longer). */
export const MAX_UTTERANCE_CHARS = 1000;

/** Splits an over-long text at sentence ends (or, failing that, at spaces) under the cap. */
export function splitLong(text: string, max = MAX_UTTERANCE_CHARS): string[] {
  if (text.length <= max) return [text];
  const out: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    const cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '));
    const at = cut > max / 4 ? cut + 1 : window.lastIndexOf(' ') > 0 ? window.lastIndexOf(' ') : max;
    out.push(rest.slice(0, at).trim());
    rest = rest.slice(at).trim();
  }
  if (rest) out.push(rest);
  return out;
}

/**
 * Builds a screen's speech in one language: every text goes through the reading rules
 * (phones, addresses, pronunciation list) and ends as a sentence.
 */
export class Script {
  readonly items: Utterance[] = [];
  readonly ui: UiStrings;
  readonly lang: Lang;
  readonly words: ReadingWords;

  constructor(ui: UiStrings, lang: Lang) {
    this.ui = ui;
    this.lang = lang;
    this.words = readingWords(ui, lang);
  }

  /** ui.json wording in this script's language; a missing key is spoken as its name, never skipped. */
  t(key: string, params: Record<string, string | number> = {}): string {
    const entry = this.ui[key];
    const text = entry ? entry[this.lang] : key;
    return fill(text, Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])));
  }

  /** Adds text as written on screen (read through the reading rules). */
  say(text: string, part?: SpokenPart): this {
    const spoken = sentence(sayText(text, this.words));
    if (!spoken) return this;
    splitLong(spoken).forEach((piece) => this.items.push({ text: piece, lang: this.lang, ...(part ? { part } : {}) }));
    return this;
  }

  /** Adds text that is already in spoken form (an address or phone read out). */
  sayAsIs(text: string, part?: SpokenPart): this {
    const spoken = sentence(text);
    if (spoken) this.items.push({ text: spoken, lang: this.lang, ...(part ? { part } : {}) });
    return this;
  }
}
