import type { Lang } from '../i18n';

/** A glossary entry as explainTerms needs it (data/glossary.json, or a plan's `terms`). */
export interface Term {
  id: string;
  terms: { en: readonly string[]; es: readonly string[] };
  means: { en: string; es: string };
  plain?: { en: readonly string[]; es: readonly string[] };
}

/**
 * Plain words for jargon (DEERS, BWE, TAMP…), the first time each term appears in a run of
 * texts read in order — one screen, or one printed page. Pure: the same texts in the same
 * order always get the same explanations, so the screen and the paper (which share one
 * reading order) explain the same words in the same places.
 *
 * "DEERS" becomes "DEERS (the military's record of who can get benefits)"; a term that stands
 * alone in parentheses, "(BWE)", becomes "(BWE: the part of milConnect where …)". A use inside
 * a longer parenthesis, inside a web address, or in a text that already says it plainly is
 * left as it is (the next use gets the explanation).
 */
export function explainTerms(texts: readonly string[], glossary: readonly Term[], lang: Lang): string[] {
  const done = new Set<string>();
  return texts.map((text) => {
    let out = text;
    for (const entry of glossary) {
      if (done.has(entry.id)) continue;
      if (entry.plain?.[lang].some((p) => out.includes(p))) {
        if (entry.terms[lang].some((t) => findTerm(out, t) !== undefined)) done.add(entry.id);
        continue;
      }
      for (const term of entry.terms[lang]) {
        const at = findTerm(out, term);
        if (at === undefined) continue;
        out = insertAt(out, at, term.length, entry.means[lang]);
        done.add(entry.id);
        break;
      }
    }
    return out;
  });
}

const WORD = /[\p{L}\p{N}]/u;

/** Start of the first whole-word use of `term` outside web addresses and longer parentheses. */
function findTerm(text: string, term: string): number | undefined {
  let from = 0;
  for (;;) {
    const i = text.indexOf(term, from);
    if (i < 0) return undefined;
    from = i + 1;
    const before = text[i - 1] ?? ' ';
    const after = text[i + term.length] ?? ' ';
    if (WORD.test(before) || WORD.test(after)) continue;
    // Not before a possessive ("sponsor's"): the explanation would split the word from its 's.
    if ((after === "'" || after === '\u2019') && WORD.test(text[i + term.length + 1] ?? '')) continue;
    if (inAddress(text, i)) continue;
    const open = openParenBefore(text, i);
    if (open >= 0 && !(open === i - 1 && after === ')')) continue;
    return i;
  }
}

/** Inside a token with "://" or a dotted host (tricare.triwest.com). */
function inAddress(text: string, i: number): boolean {
  const start = text.lastIndexOf(' ', i) + 1;
  const end = text.indexOf(' ', i);
  const token = text.slice(start, end < 0 ? undefined : end);
  return token.includes('://') || /\w\.\w/.test(token.replace(/[.,;:!?)]+$/, ''));
}

/** Index of the unclosed "(" before i, or -1. */
function openParenBefore(text: string, i: number): number {
  let depth = 0;
  for (let k = i - 1; k >= 0; k--) {
    if (text[k] === ')') depth++;
    else if (text[k] === '(') {
      if (depth === 0) return k;
      depth--;
    }
  }
  return -1;
}

function insertAt(text: string, at: number, length: number, means: string): string {
  const end = at + length;
  if (text[at - 1] === '(' && text[end] === ')') return `${text.slice(0, end)}: ${means}${text.slice(end)}`;
  return `${text.slice(0, end)} (${means})${text.slice(end)}`;
}
