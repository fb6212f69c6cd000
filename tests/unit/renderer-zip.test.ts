import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StateZipPrefixes } from '../../src/shared/content/schema';
import { pressKey, zipProblem } from '../../src/renderer/src/lib/zip';

const prefixes = JSON.parse(readFileSync(join(import.meta.dirname, '../../data/zip-prefixes.json'), 'utf8')) as StateZipPrefixes[];

/** Why the ZIP screen's Continue is off ("Enter all 5 digits", "That ZIP is not in Arkansas"). */
describe('ZIP screen: zipProblem', () => {
  it('not five digits yet', () => {
    expect(zipProblem('', 'AR', prefixes)).toBe('incomplete');
    expect(zipProblem('7270', 'AR', prefixes)).toBe('incomplete');
  });
  it('a ZIP of another state', () => {
    expect(zipProblem('90210', 'AR', prefixes)).toBe('not-in-state');
    expect(zipProblem('46204', 'MO', prefixes)).toBe('not-in-state');
  });
  it('a ZIP of this state', () => {
    expect(zipProblem('72701', 'AR', prefixes)).toBeNull();
    expect(zipProblem('54301', 'WI', prefixes)).toBeNull();
  });
  it('a state the table does not know is never refused', () => {
    expect(zipProblem('90210', 'ZZ', prefixes)).toBeNull();
  });
  it('the keypad takes at most five digits', () => {
    expect([...'1234567'].reduce(pressKey, '')).toBe('12345');
  });
});
