import type { UiStrings } from '../content/schema';
import type { Lang } from '../i18n';

/**
 * How text that is fine to read with the eyes is turned into text a voice reads correctly:
 * phone numbers digit by digit in their groups ("1, 8 8 8, 8 7 4, 9 3 7 8"), web addresses
 * as words with "dot", "slash" and "dash" (spelled letter by letter only where a part is not
 * a word a voice can say, like "dmdc"), and a small pronunciation list from data/ui.json for
 * words engines get wrong. Pure; the wording comes from ui.json in each language.
 */
export interface ReadingWords {
  dot: string;
  slash: string;
  dash: string;
  underscore: string;
  plus: string;
  /** Written form → spoken form, longest first (so "EE. UU." wins over "EE"). */
  lexicon: [written: string, spoken: string][];
}

const WORD_KEYS = {
  dot: 'speech.dot',
  slash: 'speech.slash',
  dash: 'speech.dash',
  underscore: 'speech.underscore',
  plus: 'speech.plus',
} as const;

/** The reading words of one language. A missing key reads as the symbol's English name, never as nothing. */
export function readingWords(ui: UiStrings, lang: Lang): ReadingWords {
  const word = (key: string, fallback: string) => ui[key]?.[lang] ?? fallback;
  return {
    dot: word(WORD_KEYS.dot, 'dot'),
    slash: word(WORD_KEYS.slash, 'slash'),
    dash: word(WORD_KEYS.dash, 'dash'),
    underscore: word(WORD_KEYS.underscore, 'underscore'),
    plus: word(WORD_KEYS.plus, 'plus'),
    lexicon: parseLexicon(ui['speech.lexicon']?.[lang] ?? ''),
  };
}

/**
 * "militaryrx = military R X; EE. UU. = Estados Unidos": one string per language in ui.json,
 * so the people who word the screens also decide how a voice says the odd word.
 */
export function parseLexicon(source: string): [string, string][] {
  return source
    .split(';')
    .map((entry) => entry.split('='))
    .filter((pair): pair is [string, string] => pair.length === 2 && pair[0]!.trim() !== '' && pair[1]!.trim() !== '')
    .map(([w, s]) => [w.trim(), s.trim()] as [string, string])
    .sort((a, b) => b[0].length - a[0].length);
}

/** Single letters, spaced so every engine names them: "dmdc" → "D M D C". */
export const spell = (s: string): string => [...s.toUpperCase()].join(' ');

const VOWEL = /[aeiouy]/;
/** Consonant clusters an English (or Spanish) word may start with. */
const ONSETS = new Set(
  'bl br ch cl cr dr fl fr gl gr kl kn ph pl pr qu sc sh sk sl sm sn sp st sw th tr tw wh wr chr sch scr shr spl spr squ str thr'.split(' '),
);

/**
 * Whether a voice can say a run of lowercase letters as a word. Short parts are usually
 * initials ("osd"), unless they have the shape of a word ("com", "mil"); longer ones need a
 * vowel, a start a word can have, and no pile of four consonants ("mhsgenesis" fails).
 */
export function pronounceable(letters: string): boolean {
  const w = letters.toLowerCase();
  if (w.length < 3 || !VOWEL.test(w)) return false;
  if (w.length === 3) return /^[^aeiouy][aeiouy][^aeiouy]$/.test(w);
  const onset = /^[^aeiouy]*/.exec(w)![0];
  if (onset.length > 1 && !ONSETS.has(onset)) return false;
  return !/[^aeiouy]{4,}/.test(w);
}

function lexiconLookup(part: string, words: ReadingWords): string | undefined {
  const lower = part.toLowerCase();
  return words.lexicon.find(([written]) => written.toLowerCase() === lower)?.[1];
}

/** One piece of an address between dots, slashes and dashes: a word, initials, digits. */
function sayAddressPart(part: string, words: ReadingWords): string {
  const known = lexiconLookup(part, words);
  if (known !== undefined) return known;
  // "tricare4u" → "tricare", "4", "u": letters and digits are read apart.
  return (part.match(/[a-z]+|[0-9]+|[^a-z0-9]+/gi) ?? [])
    .map((run) => {
      if (/^[0-9]+$/.test(run)) return spell(run);
      if (/^[a-z]+$/i.test(run)) return lexiconLookup(run, words) ?? (pronounceable(run) ? run : spell(run));
      return '';
    })
    .filter(Boolean)
    .join(' ');
}

function joinWith(parts: string[], word: string): string {
  return parts.filter((p) => p !== '').join(` ${word} `);
}

function sayPathSegment(segment: string, words: ReadingWords): string {
  return joinWith(
    segment.split('.').map((dotted) =>
      joinWith(
        dotted.split('_').map((under) => joinWith(under.split('-').map((p) => sayAddressPart(p, words)), words.dash)),
        words.underscore,
      ),
    ),
    words.dot,
  );
}

/** "https://milconnect.dmdc.osd.mil" → "milconnect dot D M D C dot O S D dot mil" (the scheme is not read). */
export function sayAddress(url: string, words: ReadingWords): string {
  const bare = url.replace(/^https?:\/\//i, '').replace(/\/+$/, '');
  const [host = '', ...path] = bare.split('/');
  const spokenHost = sayPathSegment(host, words);
  return [spokenHost, ...path.filter(Boolean).map((seg) => `${words.slash} ${sayPathSegment(seg, words)}`)].join(' ');
}

/** "1-888-874-9378" → "1, 8 8 8, 8 7 4, 9 3 7 8"; "+44-20-…" starts with "plus"; "1-888-TRIWEST" spells the word. */
export function sayPhone(phone: string, words: ReadingWords): string {
  const plus = phone.trim().startsWith('+');
  const groups = phone
    .split(/[^0-9A-Za-z]+/)
    .filter(Boolean)
    .map(spell);
  return `${plus ? `${words.plus} ` : ''}${groups.join(', ')}`;
}

/** An address with a scheme, or a bare host on a common ending ("TRICARE.mil", "www.tricare.mil/TFL"). */
const ADDRESS = /https?:\/\/[^\s<>"“”]+|(?<![\w@/.-])(?:[a-z0-9-]+\.)+(?:com|mil|gov|org|net|edu)(?:\/[^\s<>"“”]*)?/gi;
/**
 * A phone number as content writes it: groups joined by dashes, the first of 1–3 digits (so
 * a date is not a phone), seven characters at least ("+61-2-9273-2710", "1-888-TRIWEST").
 */
const PHONE = /(?<![\w+-])\+?\d{1,3}(?:-[0-9A-Z]+){2,}(?![\w-])/g;
const PHONE_MIN_CHARS = 7;
const TRAILING = /[.,;:!?)\]]+$/;

function applyLexicon(text: string, words: ReadingWords): string {
  let out = text;
  for (const [written, spoken] of words.lexicon) {
    const escaped = written.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'), spoken);
  }
  return out;
}

/**
 * Any visitor-facing text, ready to speak: its addresses and phone numbers read out as
 * above, and words from the pronunciation list replaced. Everything else is left as written.
 */
export function sayText(text: string, words: ReadingWords): string {
  const pieces: string[] = [];
  let last = 0;
  const found = (re: RegExp, phone: boolean) =>
    [...text.matchAll(re)].map((m) => {
      const raw = m[0].replace(TRAILING, '');
      return { start: m.index, end: m.index + raw.length, raw, phone };
    });
  const matches = [...found(ADDRESS, false), ...found(PHONE, true).filter((m) => m.raw.replace(/[^0-9A-Z]/g, '').length >= PHONE_MIN_CHARS)]
    .sort((a, b) => a.start - b.start);
  for (const m of matches) {
    if (m.start < last) continue; // overlapping match (a phone inside an address): the first one wins
    pieces.push(applyLexicon(text.slice(last, m.start), words));
    pieces.push(m.phone ? sayPhone(m.raw, words) : sayAddress(m.raw, words));
    last = m.end;
  }
  pieces.push(applyLexicon(text.slice(last), words));
  return pieces.join('').replace(/\s+/g, ' ').trim();
}

/** Ends a piece of speech with a stop, so each engine pauses between items. */
export function sentence(text: string): string {
  const t = text.trim();
  return t === '' || /[.!?…:]$/.test(t) ? t : `${t}.`;
}
