import { describe, expect, it } from 'vitest';
import { parseContent } from '../../src/shared/content/load';
import { zipInState } from '../../src/shared/content/zip-prefixes';
import { rawFiles, realContent } from './content-fixture';

/** The ZIP screen's check: a ZIP belongs to the chosen state by its first three digits (zip-prefixes.json). */
describe('ZIP prefixes', () => {
  const { zipPrefixes } = realContent();

  it('knows every state of regions.json, once', () => {
    const states = realContent().regions.states.map((s) => s.code).sort();
    expect(zipPrefixes.map((e) => e.code).sort()).toEqual(states);
  });

  it.each([
    ['72701', 'AR', true], // Fayetteville
    ['71601', 'AR', true], // Pine Bluff, lowest AR block
    ['72999', 'AR', true],
    ['90210', 'AR', false], // Beverly Hills
    ['71599', 'AR', false], // 715 is not Arkansas
    ['73001', 'AR', false], // Oklahoma
    ['46204', 'IN', true],
    ['60601', 'IN', false],
    ['63101', 'MO', true],
    ['53703', 'WI', true],
    ['55401', 'WI', false],
    ['73301', 'TX', true], // Austin's 733, outside the 750-799 block
    ['88510', 'TX', true], // El Paso's 885
    ['00501', 'NY', true],
    ['20500', 'DC', true],
  ])('%s in %s: %s', (zip, state, inState) => {
    expect(zipInState(zip, state, zipPrefixes)).toBe(inState);
  });

  it('a bad file is refused at startup, naming the item and field', () => {
    const files = rawFiles();
    const table = files['zip-prefixes.json'] as { code: string; prefixes: string[] }[];
    table.find((e) => e.code === 'AR')!.prefixes = ['729-716'];
    const r = parseContent(files);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const where = r.error.map((e) => `${e.file} › ${e.item ?? ''} › ${e.field}`);
    expect(where).toContain('zip-prefixes.json › AR › prefixes.0');
  });

  it('an unknown or missing state is refused', () => {
    const files = rawFiles();
    const table = files['zip-prefixes.json'] as { code: string }[];
    table.find((e) => e.code === 'MO')!.code = 'XX';
    const r = parseContent(files);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const messages = r.error.map((e) => `${e.item}: ${e.message}`);
    expect(messages).toContain('XX: unknown state "XX" (not in regions.json)');
    expect(messages).toContain('MO: no ZIP prefixes for MO, a state in regions.json');
  });
});
