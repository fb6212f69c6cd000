import { describe, expect, it } from 'vitest';
import { checkFreshness, countFacts, monthsBefore, oldestReview, unconfirmedFacts, MAX_AGE_MONTHS } from '../../src/shared/content/freshness';
import { parseContent, type Content } from '../../src/shared/content/load';
import { rawFiles, realContent } from './content-fixture';

/** Facts carry a source and a review date; a fact not re-checked for 12 months fails. */
const content = realContent();
const today = () => new Date().toISOString().slice(0, 10);

function withFiles(mutate: (files: Record<string, any>) => void): Content {
  const files = rawFiles() as Record<string, any>;
  mutate(files);
  const r = parseContent(files);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

describe('fact freshness', () => {
  it(`no fact in data/ was last reviewed more than ${MAX_AGE_MONTHS} months before today`, () => {
    expect(checkFreshness(content, today())).toEqual([]);
  });
  it('today is injectable: a year and a day after the review, every fact is stale', () => {
    const oldest = oldestReview(content);
    const later = monthsBefore(oldest, -MAX_AGE_MONTHS);
    expect(checkFreshness(content, later)).toEqual([]);
    const dayAfter = new Date(Date.parse(`${later}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    // The oldest facts are stale from the next day on; once every review is over a year old, all are.
    expect(checkFreshness(content, dayAfter).length).toBeGreaterThan(0);
    expect(checkFreshness(content, '2100-01-01').length).toBeGreaterThanOrEqual(countFacts(content));
  });
  it('names the file, item and field of a stale fact, also deep inside a rule', () => {
    const c = withFiles((f) => {
      f['help-lines.json'].find((h: any) => h.id === 'triwest').reviewed = '2025-11-24';
      f['rules.json'].find((r: any) => r.id === 'move-base').steps[1].reviewed = '2025-01-01';
      f['regions.json'].states.find((s: any) => s.code === 'WI').carveOut.reviewed = '2024-12-02';
    });
    const errors = checkFreshness(c, '2026-11-25');
    expect(errors.map((e) => `${e.file} › ${e.item} › ${e.field}`).sort()).toEqual([
      'help-lines.json › triwest › reviewed',
      'regions.json › WI › carveOut.reviewed',
      'rules.json › move-base › steps.1.reviewed',
    ]);
    expect(errors[0]!.message).toMatch(/more than 12 months before 2026-11-25/);
  });
  it('a fact reviewed exactly 12 months ago is still fresh', () => {
    const c = withFiles((f) => (f['portals.json'][0].reviewed = '2025-11-25'));
    expect(checkFreshness(c, '2026-11-25')).toEqual([]);
  });
  it('counts months on the calendar', () => {
    expect(monthsBefore('2026-11-25', 12)).toBe('2025-11-25');
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
    expect(monthsBefore('2024-02-29', 12)).toBe('2023-02-28');
    expect(monthsBefore('2026-01-15', 1)).toBe('2025-12-15');
  });
  it('every fact-shaped item has an https source', () => {
    let n = 0;
    const walk = (x: unknown): void => {
      if (Array.isArray(x)) return x.forEach(walk);
      if (typeof x !== 'object' || x === null) return;
      const o = x as Record<string, unknown>;
      if ('reviewed' in o) {
        n++;
        expect(String(o.source)).toMatch(/^https:\/\//);
      }
      Object.values(o).forEach(walk);
    };
    [content.tasks, content.beneficiaries, content.credentials, content.portals, content.portalHosts, content.helpLines, content.regions, content.rules, content.notices, content.zipPrefixes].forEach(walk);
    expect(n).toBe(countFacts(content));
  });
  it('reports its totals (facts, oldest review, unconfirmed facts)', () => {
    const unconfirmed = unconfirmedFacts(content);
    console.log(
      `facts: ${countFacts(content)}; oldest review: ${oldestReview(content)}; unconfirmed: ${unconfirmed.length}\n` +
        unconfirmed.map((u) => `  ${u.file} › ${u.item ?? ''} › ${u.field}: ${u.text ?? ''}`).join('\n'),
    );
    expect(countFacts(content)).toBeGreaterThan(300);
  });
});

describe('facts the fact sheet settles (it wins over the seed pages)', () => {
  const portal = (id: string) => content.portals.find((p) => p.id === id)!;
  const line = (id: string) => content.helpLines.find((h) => h.id === id)!;
  it('TriWest is tricare.triwest.com, never tricare-west.com, and no text says DS Logon or myAuth works there', () => {
    expect(portal('triwest').url).toBe('https://tricare.triwest.com');
    const blob = JSON.stringify(content);
    expect(blob).not.toMatch(/"url":"https:\/\/[^"]*tricare-west\.com/);
    for (const o of portal('triwest').signIn!) expect(o.text.en).toMatch(/don't sign you in here/);
  });
  it('help lines carry the fact-sheet numbers', () => {
    expect(line('triwest').phone).toBe('1-888-874-9378');
    expect(line('humana-military').phone).toBe('1-800-444-5445');
    expect(line('express-scripts').phone).toBe('1-877-363-1303');
    expect(line('express-scripts-overseas').phone).toBe('1-866-275-4732');
    expect(line('dmdc')).toMatchObject({ phone: '1-800-538-9552', tty: '1-866-363-2883' });
    expect(line('wps-tfl')).toMatchObject({ phone: '1-866-773-0404', tty: '1-866-773-0405' });
  });
  it('the International SOS numbers from the 2015 page are marked unconfirmed', () => {
    const isos = content.helpLines.filter((x) => x.id.startsWith('isos-'));
    expect(isos.length).toBeGreaterThan(0);
    for (const h of isos) expect(h.unconfirmed, h.id).toBe(true);
  });
  it('myPay is never offered as a milConnect sign-in', () => {
    for (const o of portal('milconnect').signIn!) {
      expect(o.with ?? []).not.toContain('mypay');
      expect(o.text.en).not.toMatch(/Sign in with (your )?myPay/i);
    }
  });
  it('the 2026 co-pays are $14 home delivery (90 days) and $16 retail (30 days)', () => {
    const step = content.rules.find((r) => r.id === 'rx-copay-2026')!.steps![0]!;
    expect(step.text.en).toMatch(/90-day supply: \$14/);
    expect(step.text.en).toMatch(/30-day supply: \$16/);
    expect(step.note).toMatch(/Seed 000/);
  });
});

describe('English and Spanish', () => {
  /** Every {en, es} pair in a value, with its location. */
  function pairs(x: unknown, path: string): { path: string; en: string; es: string }[] {
    if (typeof x !== 'object' || x === null) return [];
    const o = x as Record<string, unknown>;
    if (typeof o.en === 'string' && typeof o.es === 'string') return [{ path, en: o.en, es: o.es }];
    return Object.entries(o).flatMap(([k, v]) => pairs(v, `${path}.${k}`));
  }
  it('every visitor-facing text in data/ has both languages (ui.json and print.json included)', () => {
    const files = rawFiles() as Record<string, unknown>;
    for (const [file, value] of Object.entries(files)) {
      const walk = (x: unknown, path: string): void => {
        if (typeof x !== 'object' || x === null) return;
        const o = x as Record<string, unknown>;
        if ('en' in o || 'es' in o) {
          expect(typeof o.en === 'string' && o.en.trim() !== '', `${file}${path}.en`).toBe(true);
          expect(typeof o.es === 'string' && o.es.trim() !== '', `${file}${path}.es`).toBe(true);
          return;
        }
        for (const [k, v] of Object.entries(o)) walk(v, `${path}.${k}`);
      };
      walk(value, '');
    }
  });
  it('ui.json and print.json have the same keys in both languages', () => {
    for (const file of ['ui.json', 'print.json']) {
      const strings = rawFiles()[file] as Record<string, Record<string, string>>;
      const keysWith = (lang: string) => Object.keys(strings).filter((k) => (strings[k]?.[lang] ?? '').trim() !== '');
      expect(keysWith('es'), file).toEqual(keysWith('en'));
      expect(Object.keys(strings).length, file).toBeGreaterThan(0);
    }
  });
  it('sentences are translated, not copied (phone numbers, URLs and names stay as they are)', () => {
    // Names of portals and help lines may be the same in both languages.
    const sentences = pairs(content, '').filter((p) => p.en.split(' ').length >= 4 && !p.path.endsWith('.name'));
    const copied = sentences.filter((p) => p.en === p.es).map((p) => `${p.path}: ${p.en}`);
    expect(copied).toEqual([]);
  });
  it('Spanish keeps the portal names, phone numbers and web addresses unchanged', () => {
    const keep = /https:\/\/[^\s)]+|\+?1?-?\d{3}-\d{3}-\d{4}|\+\d{2}-[\d-]+|\{[^}]+\}/g;
    for (const p of pairs(content, '')) {
      expect([...p.es.matchAll(keep)].map((m) => m[0]).sort(), p.path).toEqual([...p.en.matchAll(keep)].map((m) => m[0]).sort());
    }
  });
});
