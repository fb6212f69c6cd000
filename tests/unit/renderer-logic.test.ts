import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { announceAt, announcedSeconds, secondsLeft } from '../../src/renderer/src/lib/countdown';
import { baseLetter, lettersOf, withLetter } from '../../src/renderer/src/lib/letters';
import { isCompleteZip, pressKey } from '../../src/renderer/src/lib/zip';
import { isIdleWarning, PRINT_ERROR_KEYS, screenKey, screenOf, stepOf } from '../../src/renderer/src/lib/flow';
import { secondsParam, settingsFromQuery } from '../../src/renderer/src/api/web-api';
import { UiStrings } from '../../src/shared/content/schema';
import type { PrintErrorType } from '../../src/shared/ipc';
import { MIN_WARNING_MS } from '../../src/shared/machine';

const root = join(import.meta.dirname, '../..');

describe('renderer: idle countdown', () => {
  it('rounds the seconds left up and never goes below zero', () => {
    expect(secondsLeft(30_000, 0)).toBe(30);
    expect(secondsLeft(30_000, 800)).toBe(30);
    expect(secondsLeft(30_000, 1_000)).toBe(29);
    expect(secondsLeft(30_000, 29_900)).toBe(1);
    expect(secondsLeft(30_000, 30_000)).toBe(0);
    expect(secondsLeft(30_000, 45_000)).toBe(0);
  });

  it('announces at the start, every ten seconds and each of the last five', () => {
    const spoken = Array.from({ length: 31 }, (_, i) => 30 - i).filter((s) => announceAt(s, 30));
    expect(spoken).toEqual([30, 20, 10, 5, 4, 3, 2, 1, 0]);
  });

  it('keeps the screen-reader number steady between announcements', () => {
    const said = [30, 29, 21, 20, 19, 11, 10, 9, 6, 5, 1].map((s) => announcedSeconds(s, 30));
    expect(said).toEqual([30, 30, 30, 20, 20, 20, 10, 10, 10, 5, 1]);
    expect(announcedSeconds(25, 25)).toBe(25);
    expect(announcedSeconds(24, 25)).toBe(25);
  });
});

describe('renderer: first-letter search', () => {
  const names = ['Texas', 'Tennessee', 'Hawái', 'Óregon', 'California', 'Carolina del Norte', 'Alabama'];

  it('offers only letters that start a name, accents folded, in order', () => {
    expect(lettersOf(names)).toEqual(['A', 'C', 'H', 'O', 'T']);
    expect(baseLetter('Óregon')).toBe('O');
    expect(baseLetter('  ñandú')).toBe('N');
  });

  it('lists the names under a letter, sorted in the visitor language', () => {
    expect(withLetter(names, (n) => n, 'T', 'en')).toEqual(['Tennessee', 'Texas']);
    expect(withLetter(names, (n) => n, 'C', 'es')).toEqual(['California', 'Carolina del Norte']);
    expect(withLetter(names, (n) => n, 'Z', 'en')).toEqual([]);
  });
});

describe('renderer: ZIP keypad', () => {
  it('takes at most five digits, deletes and clears', () => {
    let zip = '';
    for (const k of ['7', '2', 'x', '7', '0', '1', '9']) zip = pressKey(zip, k);
    expect(zip).toBe('72701');
    expect(isCompleteZip(zip)).toBe(true);
    zip = pressKey(zip, 'delete');
    expect(zip).toBe('7270');
    expect(isCompleteZip(zip)).toBe(false);
    expect(pressKey(zip, 'clear')).toBe('');
    expect(pressKey('', 'delete')).toBe('');
  });
});

describe('renderer: screens from machine state', () => {
  it('maps state values to screens', () => {
    expect(screenOf('attract')).toEqual({ kind: 'attract' });
    expect(screenOf({ session: { flow: 'region', idle: 'active' } })).toEqual({ kind: 'question', question: 'region' });
    expect(screenOf({ session: { flow: 'review', idle: 'active' } })).toEqual({ kind: 'review' });
    expect(screenOf({ session: { flow: { checklist: 'failed' }, idle: 'active' } })).toEqual({ kind: 'checklist', phase: 'failed' });
    expect(screenKey(screenOf({ session: { flow: { checklist: 'viewing' }, idle: 'warning' } }))).toBe('checklist');
    expect(isIdleWarning({ session: { flow: 'task', idle: 'warning' } })).toBe(true);
    expect(isIdleWarning('attract')).toBe(false);
  });

  it('counts the destination as part of step 2 of 4', () => {
    expect(stepOf('task')).toEqual({ step: 1, total: 4 });
    expect(stepOf('region')).toEqual({ step: 2, total: 4 });
    expect(stepOf('destination')).toEqual({ step: 2, total: 4 });
    expect(stepOf('credential')).toEqual({ step: 4, total: 4 });
  });
});

describe('renderer: ui.json', () => {
  const ui = JSON.parse(readFileSync(join(root, 'data/ui.json'), 'utf8')) as Record<string, { en: string; es: string }>;

  it('passes the content schema (every key in English and Spanish)', () => {
    expect(UiStrings.safeParse(ui).success).toBe(true);
  });

  it('words every print failure', () => {
    for (const key of Object.values(PRINT_ERROR_KEYS)) expect(ui[key], key).toBeDefined();
  });

  // Each print error → its own ui.json key → a message that says what happened. A swapped
  // entry (queue-rejecting shown as "paused") passed the check above; it fails here.
  const PRINT_MESSAGES: [PrintErrorType, string, RegExp][] = [
    ['invalid-request', 'failed.invalidRequest', /went wrong while preparing/],
    ['busy', 'failed.busy', /busy with another/],
    ['no-printer-configured', 'failed.noPrinterConfigured', /does not have a printer/],
    ['queue-missing', 'failed.queueMissing', /cannot be found/],
    ['queue-disabled', 'failed.queueDisabled', /paused/],
    ['queue-rejecting', 'failed.queueRejecting', /not taking new print jobs/],
    ['spooler-down', 'failed.spoolerDown', /printing service .*not running/],
    ['job-failed', 'failed.jobFailed', /could not finish/],
    ['job-held', 'failed.jobHeld', /stuck/],
    ['timeout', 'failed.timeout', /not responding/],
    ['render-failed', 'failed.renderFailed', /could not prepare/],
  ];
  it.each(PRINT_MESSAGES)('print error %s → %s → a message that says so', (type, key, english) => {
    expect(PRINT_ERROR_KEYS[type]).toBe(key);
    expect(ui[key]?.en).toMatch(english);
    expect(ui[key]?.es).toMatch(/\S/);
    expect(ui[key]?.es).not.toBe(ui[key]?.en);
  });
  it('covers every print error type, each with its own key and its own words in each language', () => {
    expect(PRINT_MESSAGES.map(([type]) => type).sort()).toEqual(Object.keys(PRINT_ERROR_KEYS).sort());
    const keys = Object.values(PRINT_ERROR_KEYS);
    expect(new Set(keys).size).toBe(keys.length);
    for (const lang of ['en', 'es'] as const) {
      const words = keys.map((k) => ui[k]?.[lang]);
      expect(new Set(words).size, lang).toBe(keys.length);
    }
  });

  it('uses the same {placeholders} in both languages', () => {
    for (const [key, v] of Object.entries(ui)) {
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(v.es), key).toEqual(names(v.en));
    }
  });
});

describe('renderer: web settings', () => {
  it('reads idle and warning seconds from the address, with defaults', () => {
    expect(settingsFromQuery('')).toEqual({ idleSeconds: 60, warningSeconds: 30, printerConfigured: true, printTimeoutSeconds: 60 });
    expect(settingsFromQuery('?idle=2&warning=20')).toMatchObject({ idleSeconds: 2, warningSeconds: 20 });
    expect(secondsParam(new URLSearchParams('idle=abc'), 'idle', 60)).toBe(60);
    expect(secondsParam(new URLSearchParams('idle=-5'), 'idle', 60)).toBe(60);
  });

  it('never gives less than 20 s to answer the idle warning (WCAG 2.2.1), as main\'s settings do', () => {
    expect(settingsFromQuery('?warning=5').warningSeconds).toBe(MIN_WARNING_MS / 1000);
    expect(settingsFromQuery('?warning=19.5').warningSeconds).toBe(MIN_WARNING_MS / 1000);
    expect(settingsFromQuery('?warning=20').warningSeconds).toBe(20);
    expect(settingsFromQuery('?warning=45').warningSeconds).toBe(45);
  });
});
