import { describe, expect, it } from 'vitest';
import {
  parseLexicon,
  pronounceable,
  readingWords,
  sayAddress,
  sayPhone,
  sayText,
  splitLong,
} from '../../src/shared/speech';
import { realContent } from './content-fixture';

/** The reading rules: phones digit by digit, addresses as words, the pronunciation list, long texts split. */
const content = realContent();
const en = readingWords(content.ui, 'en');
const es = readingWords(content.ui, 'es');

describe('phone numbers are read digit by digit, in their groups', () => {
  it('a U.S. number', () => {
    expect(sayPhone('1-888-874-9378', en)).toBe('1, 8 8 8, 8 7 4, 9 3 7 8');
  });
  it('an international number starts with plus (más in Spanish)', () => {
    expect(sayPhone('+44-20-8762-8384', en)).toBe('plus 4 4, 2 0, 8 7 6 2, 8 3 8 4');
    expect(sayPhone('+61-2-9273-2710', es)).toBe('más 6 1, 2, 9 2 7 3, 2 7 1 0');
  });
  it('a number with a word in it is spelled', () => {
    expect(sayPhone('1-888-TRIWEST', en)).toBe('1, 8 8 8, T R I W E S T');
    expect(sayPhone('1-888-DFAS411', en)).toBe('1, 8 8 8, D F A S 4 1 1');
  });
  it('inside text, and never a date or a count', () => {
    expect(sayText('Call TriWest at 1-888-874-9378.', en)).toBe('Call TriWest at 1, 8 8 8, 8 7 4, 9 3 7 8.');
    expect(sayText('Llame al +1-215-942-8393 (cobro revertido).', es)).toBe('Llame al más 1, 2 1 5, 9 4 2, 8 3 9 3 (cobro revertido).');
    expect(sayText('Checked 2026-11-25, within 90-120 days, 1-2 weeks.', en)).toBe('Checked 2026-11-25, within 90-120 days, 1-2 weeks.');
  });
});

describe('web addresses are read as words, spelled only where a part is not a word', () => {
  it('the issue’s example', () => {
    expect(sayAddress('https://milconnect.dmdc.osd.mil', en)).toBe('milconnect dot D M D C dot O S D dot mil');
    expect(sayAddress('https://milconnect.dmdc.osd.mil', es)).toBe('milconnect punto D M D C punto O S D punto mil');
  });
  it('every portal address of the content', () => {
    const said = Object.fromEntries(content.portals.map((p) => [p.url, sayAddress(p.url, en)]));
    expect(said).toMatchObject({
      'https://tricare.triwest.com': 'tricare dot triwest dot com',
      'https://www.humanamilitary.com': 'W W W dot humanamilitary dot com',
      'https://www.tricare-overseas.com': 'W W W dot tricare dash overseas dot com',
      'https://militaryrx.express-scripts.com': 'military R X dot express dash scripts dot com',
      'https://my.mhsgenesis.health.mil': 'my dot M H S genesis dot health dot mil',
      'https://www.tricare4u.com': 'W W W dot tricare 4 U dot com',
      'https://mypay.dfas.mil': 'mypay dot D F A S dot mil',
    });
    for (const text of Object.values(said)) expect(text).not.toMatch(/https|\/\/|\./);
  });
  it('paths, dashes and underscores are named', () => {
    expect(sayAddress('https://www.tricare.mil/Resources/Logins', en)).toBe('W W W dot tricare dot mil slash Resources slash Logins');
    expect(sayAddress('https://x.example.org/help/myauth_faqs.htm', es)).toBe('X punto example punto org barra help barra myauth guion bajo faqs punto H T M');
  });
  it('inside text, with or without the scheme, trailing punctuation left as punctuation', () => {
    expect(sayText('Sign in at https://tricare.triwest.com.', en)).toBe('Sign in at tricare dot triwest dot com.');
    expect(sayText('Go to TRICARE.mil, then Logins.', en)).toBe('Go to TRICARE dot mil, then Logins.');
    expect(sayText('Write to user@tricare.mil', en)).toContain('@');
  });
  it('decides what a voice can say as a word', () => {
    for (const w of ['milconnect', 'tricare', 'triwest', 'com', 'mil', 'gov', 'express', 'scripts', 'health', 'mypay', 'overseas']) expect(pronounceable(w), w).toBe(true);
    for (const w of ['dmdc', 'osd', 'www', 'dfas', 'mhsgenesis', 'my', 'tx', 'edu']) expect(pronounceable(w), w).toBe(false);
  });
});

describe('the pronunciation list (data/ui.json, each language)', () => {
  it('parses "written = spoken; …", longest first, ignoring junk', () => {
    expect(parseLexicon('a = b; EE. UU. = Estados Unidos;; =x; y=; bad')).toEqual([
      ['EE. UU.', 'Estados Unidos'],
      ['a', 'b'],
    ]);
  });
  it('replaces whole words only', () => {
    expect(sayText('¿No vive en un estado de EE. UU.?', es)).toBe('¿No vive en un estado de Estados Unidos?');
    expect(sayText('Your DoD ID; a ZIP code; ZIPPER', en)).toBe('Your D o D ID; a zip code; ZIPPER');
  });
  it('has an entry in both languages', () => {
    expect(en.lexicon.length).toBeGreaterThan(0);
    expect(es.lexicon.length).toBeGreaterThan(0);
  });
});

describe('long texts are split for the engine', () => {
  it('at sentence ends, each piece under the cap, nothing lost', () => {
    const text = Array.from({ length: 40 }, (_, i) => `Sentence number ${i} is here.`).join(' ');
    const parts = splitLong(text, 100);
    expect(parts.every((p) => p.length <= 100)).toBe(true);
    expect(parts.join(' ')).toBe(text);
    expect(parts.every((p) => p.endsWith('.'))).toBe(true);
  });
  it('at spaces when there is no sentence end', () => {
    const parts = splitLong('word '.repeat(100).trim(), 42);
    expect(parts.every((p) => p.length <= 42 && !p.startsWith(' '))).toBe(true);
    expect(parts.join(' ')).toBe('word '.repeat(100).trim());
  });
});
