import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CompleteAnswers } from '../../src/shared/answers';
import { parseContent } from '../../src/shared/content/load';
import { buildPlan, type Plan } from '../../src/shared/plan';
import { rawFiles, realContent } from './content-fixture';

/** Border states, "not sure", overseas, contradictions, unknown ids and purity of buildPlan. */
const content = realContent();
const plan = (a: Partial<CompleteAnswers>) =>
  buildPlan({ task: 'referral', region: { kind: 'state', code: 'CA' }, beneficiary: 'adfm', credential: 'myauth', ...a }, content);
const ids = (p: Plan) => p.portals.map((x) => x.id);
const lines = (p: Plan) => p.helpLines.map((h) => h.id);
const notice = (p: Plan, id: string) => p.notices.find((n) => n.id === id);

describe('where: border states with ZIP carve-outs', () => {
  it.each([
    ['AR', 'Arkansas', 'West', 'East', 'triwest'],
    ['MO', 'Missouri', 'West', 'East', 'triwest'],
    ['WI', 'Wisconsin', 'West', 'East', 'triwest'],
    ['IN', 'Indiana', 'East', 'West', 'humana'],
  ])('%s: most of %s is %s; asks to confirm with both help lines', (code, name, region, other, portal) => {
    const p = plan({ region: { kind: 'state', code } });
    expect(ids(p)).toEqual([portal]);
    const n = p.notices[0]!;
    expect(n.kind).toBe('confirm-region');
    expect(n.text.en).toContain(`Most of ${name} is in the TRICARE ${region} Region`);
    expect(n.text.en).toContain(`some areas near the border are in the TRICARE ${other} Region`);
    expect(n.text.en).toMatch(/1-888-874-9378/);
    expect(n.text.en).toMatch(/1-800-444-5445/);
    expect(lines(p)).toEqual(expect.arrayContaining(['triwest', 'humana-military']));
  });
  it.each(['update-contact', 'pharmacy-refill', 'health-records'])(
    'a border state lists both regional help lines even when %s uses no regional portal',
    (task) => {
      for (const code of ['AR', 'IN']) {
        expect(lines(plan({ task, region: { kind: 'state', code } })), `${task} in ${code}`).toEqual(
          expect.arrayContaining(['triwest', 'humana-military']),
        );
      }
    },
  );
  it('echoes a typed ZIP but never guesses its region', () => {
    const p = plan({ region: { kind: 'state', code: 'MO', zip: '63101' } });
    expect(ids(p)).toEqual(['triwest']);
    expect(notice(p, 'confirm-region')).toBeDefined();
    expect(notice(p, 'zip-not-confirmed')!.text.en).toContain('63101');
    expect(p.summary.find((s) => s.question === 'region')!.value).toEqual({ en: 'Missouri (ZIP 63101)', es: 'Misuri (código postal 63101)' });
  });
  it('a ZIP on a confirmed carve-out list (data-driven, empty today) switches the region', () => {
    const files = rawFiles() as Record<string, any>;
    files['regions.json'].states.find((s: any) => s.code === 'MO').carveOut.zips = ['63101'];
    const r = parseContent(files);
    if (!r.ok) throw new Error('invalid');
    const p = buildPlan({ task: 'referral', region: { kind: 'state', code: 'MO', zip: '63101' }, beneficiary: 'adfm', credential: 'myauth' }, r.value);
    expect(ids(p)).toEqual(['humana']);
    expect(notice(p, 'zip-confirmed')!.text.en).toContain('TRICARE East Region');
    expect(notice(p, 'confirm-region')).toBeUndefined();
    const other = buildPlan({ task: 'referral', region: { kind: 'state', code: 'MO', zip: '64101' }, beneficiary: 'adfm', credential: 'myauth' }, r.value);
    expect(ids(other)).toEqual(['triwest']);
    expect(notice(other, 'confirm-region')).toBeDefined();
  });
  it('other states are not asked to confirm', () => {
    for (const s of content.regions.states.filter((x) => !x.carveOut)) {
      expect(plan({ region: { kind: 'state', code: s.code } }).notices.filter((n) => n.kind === 'confirm-region'), s.code).toEqual([]);
    }
  });
});

describe('where: not sure, territories, overseas', () => {
  it('"not sure" gives both regional contractors, both numbers and how to find out', () => {
    const p = plan({ region: { kind: 'unsure' } });
    expect(ids(p)).toEqual(['humana', 'triwest']);
    expect(lines(p)).toEqual(['humana-military', 'triwest']);
    expect(notice(p, 'region-unsure')!.text.en).toMatch(/26 states .* West .* 24 states and DC .* East/);
    expect(p.steps.map((s) => s.text.en).join('\n')).toMatch(/1-800-444-5445 \(East\) or 1-888-874-9378 \(West\)/);
  });
  it('territories go to International SOS with their area line, unconfirmed', () => {
    const pr = plan({ region: { kind: 'territory', code: 'PR' } });
    expect(ids(pr)).toEqual(['isos']);
    expect(pr.helpLines[0]).toMatchObject({ id: 'isos-latin-america-canada', phone: '+1-215-942-8393', unconfirmed: true });
    const gu = plan({ region: { kind: 'territory', code: 'GU' } });
    expect(lines(gu).slice(0, 2)).toEqual(['isos-pacific-singapore', 'isos-pacific-sydney']);
    // A step that uses an unconfirmed number is itself worded as unconfirmed.
    expect(gu.steps.find((s) => s.text.en.includes('+65-6339-2676'))?.unconfirmed).toBe(true);
  });
  it('TRICARE For Life in a territory is WPS, not International SOS', () => {
    const p = plan({ task: 'claims', region: { kind: 'territory', code: 'GU' }, beneficiary: 'tfl' });
    expect(ids(p)).toEqual(['wps']);
    expect(p.notices).toEqual([]);
  });
  it('a visitor overseas never sees TriWest or Humana', () => {
    for (const area of content.regions.overseasAreas) {
      const p = plan({ region: { kind: 'overseas', area: area.id } });
      expect(ids(p)).toEqual(['isos']);
      expect(JSON.stringify(p)).not.toMatch(/TriWest|Humana/);
    }
  });
});

describe('contradictions: a friendly notice and still a useful plan', () => {
  it('active duty member + TRICARE For Life claims', () => {
    const p = plan({ task: 'tfl-claims', beneficiary: 'adsm' });
    expect(p.notices[0]).toMatchObject({ kind: 'contradiction', id: 'tfl-active-duty' });
    expect(ids(p)).toEqual(['triwest']);
    expect(p.steps.length).toBeGreaterThan(0);
  });
  it('TRICARE For Life visitor overseas', () => {
    const p = plan({ task: 'claims', region: { kind: 'overseas', area: 'eurasia-africa' }, beneficiary: 'tfl' });
    expect(p.notices[0]).toMatchObject({ kind: 'contradiction', id: 'tfl-overseas' });
    expect(ids(p)).toEqual(['isos']);
    expect(p.helpLines[0]!.phone).toBe('+44-20-8762-8384');
  });
  it('TRICARE Reserve Select purchase by an active duty member', () => {
    const p = plan({ task: 'reserve-purchase', beneficiary: 'adsm' });
    expect(p.notices[0]).toMatchObject({ kind: 'contradiction', id: 'trs-active-duty', unconfirmed: true });
    expect(ids(p)).toEqual(['milconnect']);
  });
  it('contradictions come before other notices', () => {
    const p = plan({ task: 'tfl-claims', beneficiary: 'adsm', region: { kind: 'state', code: 'AR' } });
    expect(p.notices.map((n) => n.kind)).toEqual(['contradiction', 'confirm-region']);
  });
});

describe('unknown answers: a friendly plan, never a throw', () => {
  it('an unknown task, beneficiary and credential fall back to "not sure" with notices', () => {
    const p = plan({ task: 'teleport', beneficiary: 'alien', credential: 'retina-scan' });
    expect(p.notices.map((n) => n.id).sort()).toEqual(['unknown-beneficiary', 'unknown-credential', 'unknown-task']);
    expect(p.summary.find((s) => s.question === 'task')!.value.en).toBe("I'm not sure");
    expect(p.portals.length).toBeGreaterThan(0);
    expect(p.signIn.setup.length).toBeGreaterThan(0);
  });
  it('an unknown state, territory or area, or a malformed region, becomes "not sure" with a notice', () => {
    for (const region of [
      { kind: 'state', code: 'ZZ' },
      { kind: 'territory', code: 'XX' },
      { kind: 'overseas', area: 'mars' },
      { kind: 'moon' },
      null,
    ]) {
      const p = plan({ region: region as never });
      expect(notice(p, 'unknown-place'), JSON.stringify(region)).toBeDefined();
      expect(ids(p)).toEqual(['humana', 'triwest']);
    }
  });
  it('a move without a destination still gives a plan and says so', () => {
    const p = plan({ task: 'move', region: { kind: 'state', code: 'VA' } });
    expect(notice(p, 'destination-missing')).toBeDefined();
    expect(ids(p)).toEqual(expect.arrayContaining(['milconnect', 'humana']));
  });
  it('a destination given for a task that does not ask one is ignored', () => {
    const p = plan({ destination: { kind: 'state', code: 'VA' } });
    expect(p.summary.map((s) => s.question)).not.toContain('destination');
    expect(ids(p)).toEqual(['triwest']);
  });
});

describe('sign-ins', () => {
  it('none / not sure always get "set up your sign-in first" steps', () => {
    for (const credential of ['none', 'not-sure']) {
      for (const task of content.tasks) {
        const p = plan({ task: task.id, credential });
        expect(p.signIn.setup.length, `${task.id}/${credential}`).toBeGreaterThan(0);
        expect(p.signIn.setup[0]!.text.en).toMatch(/Set up the sign-in/);
      }
    }
  });
  it('DS Logon: told it still works elsewhere, and how to set up myAuth for milConnect', () => {
    const p = plan({ task: 'update-contact', credential: 'ds-logon', region: { kind: 'state', code: 'FL' } });
    const advice = p.signIn.advice.map((a) => a.text.en).join('\n');
    expect(advice).toMatch(/still works at websites that are not on myAuth yet/);
    expect(advice).toMatch(/milConnect now uses myAuth/);
    expect(p.signIn.setup[0]!.text.en).toMatch(/myAuth/);
    expect(p.signIn.setup[0]!.portal).toBe('milconnect');
  });
  it('myPay: pay and allotments only, never a milConnect sign-in', () => {
    const p = plan({ task: 'update-contact', credential: 'mypay' });
    expect(p.signIn.advice[0]!.text.en).toMatch(/not a sign-in for milConnect/);
    expect(p.portals[0]!.signIn.en).toMatch(/myPay and other websites' accounts don't work here/);
    const retiree = plan({ task: 'pay-fees', credential: 'mypay', beneficiary: 'retiree' });
    expect(retiree.portals.find((x) => x.id === 'mypay')!.signIn.en).toMatch(/myPay login ID/);
  });
  it('CAC: myAuth takes a CAC, not other PIV cards', () => {
    const p = plan({ task: 'update-contact', credential: 'cac' });
    expect(p.signIn.advice.map((a) => a.text.en).join('\n')).toMatch(/myAuth takes a CAC, but not other PIV cards/);
  });
  it('Humana Military: DS Logon for those who have or can get one, else a self-service account with 2FA', () => {
    const p = plan({ region: { kind: 'state', code: 'VA' }, credential: 'none' });
    const setup = p.signIn.setup.map((s) => s.text.en).join('\n');
    expect(setup).toMatch(/you must use it/);
    expect(setup).toMatch(/two-step verification \(since November 2025\)/);
    expect(plan({ region: { kind: 'state', code: 'VA' }, credential: 'myauth' }).portals[0]!.signInUnconfirmed).toBe(true);
  });
  it('International SOS: DS Logon Level 2 or an International SOS-only account', () => {
    const p = plan({ region: { kind: 'overseas', area: 'pacific' }, credential: 'not-sure' });
    expect(p.signIn.setup.map((s) => s.text.en).join('\n')).toMatch(/Level 2.*\n.*International SOS-only account/);
  });
  it('every West visitor who needs TriWest gets its sign-up steps, 2FA marked unconfirmed', () => {
    let checked = 0;
    for (const task of content.tasks) {
      for (const who of content.beneficiaries) {
        const p = plan({ task: task.id, beneficiary: who.id, region: { kind: 'state', code: 'TX' }, credential: 'ds-logon' });
        if (!ids(p).includes('triwest')) continue;
        checked++;
        const tw = p.signIn.setup.filter((s) => s.portal === 'triwest');
        expect(tw.map((s) => s.text.en).join('\n'), `${task.id}/${who.id}`).toMatch(/New User\? Sign Up Now/);
        expect(tw.find((s) => /two-step/.test(s.text.en))?.unconfirmed).toBe(true);
        expect(p.bring.map((b) => b.text.en).join('\n')).toMatch(/primary email address on file in DEERS/);
      }
    }
    // The loop above skips plans without TriWest: it must have checked some.
    expect(checked).toBeGreaterThan(0);
  });
});

describe('the plan carries its facts', () => {
  it('sources are https, reviewed is the oldest review date', () => {
    const p = plan({});
    expect(p.sources.length).toBeGreaterThan(0);
    for (const s of p.sources) expect(s).toMatch(/^https:\/\//);
    expect(p.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
  it('reviewed is the oldest review date of the facts used, with mixed dates (not the newest, not an unused one)', () => {
    // data/ dates every fact alike, so mix them here: one used fact older, one newer, and an
    // older still on a task this plan does not use.
    const mixed = structuredClone(content);
    const byId = <T extends { id: string }>(xs: T[], id: string) => xs.find((x) => x.id === id)!;
    byId(mixed.tasks, 'referral').reviewed = '2026-03-04';
    byId(mixed.beneficiaries, 'adfm').reviewed = '2026-11-30';
    byId(mixed.tasks, 'move').reviewed = '2025-01-01';
    const p = buildPlan({ task: 'referral', region: { kind: 'state', code: 'CA' }, beneficiary: 'adfm', credential: 'myauth' }, mixed);
    expect(p.reviewed).toBe('2026-03-04');
  });
  it('unconfirmed reaches items, portals and help lines', () => {
    const p = plan({ region: { kind: 'overseas', area: 'pacific' }, task: 'enroll-change' });
    expect(p.helpLines.every((h) => h.unconfirmed === true)).toBe(false); // DMDC is confirmed
    expect(p.helpLines.find((h) => h.id === 'isos-pacific-singapore')?.unconfirmed).toBe(true);
    expect(p.steps.find((s) => /BWE may not be available/.test(s.text.en))?.unconfirmed).toBe(true);
  });
});

describe('repeated items', () => {
  it('a step two rules give (or one rule twice) is listed once', () => {
    const a: CompleteAnswers = { task: 'move', region: { kind: 'state', code: 'VA' }, destination: { kind: 'state', code: 'TX' }, beneficiary: 'adfm', credential: 'myauth' };
    const base = buildPlan(a, content);
    const withRule = (i: number, extra: (typeof content.rules)[number]['steps']) =>
      ({ ...content, rules: content.rules.map((r, j) => (j === i ? { ...r, steps: [...(r.steps ?? []), ...(extra ?? [])] } : r)) });
    let applied = 0;
    content.rules.forEach((r, i) => {
      const first = r.steps?.[0];
      if (!first) return;
      // Only rules that apply to these answers say anything: a new step would show.
      const other = buildPlan(a, withRule(i, [{ ...first, text: { en: 'A step of its own', es: 'Un paso propio' } }]));
      if (other.steps.length === base.steps.length) return;
      applied++;
      expect(buildPlan(a, withRule(i, [structuredClone(first)])).steps, r.id).toEqual(base.steps);
    });
    expect(applied).toBeGreaterThan(0);
  });
});

describe('buildPlan is pure', () => {
  it('is deterministic and does not change the content', () => {
    const frozen = deepFreeze(realContent());
    const a: CompleteAnswers = { task: 'move', region: { kind: 'state', code: 'VA' }, destination: { kind: 'overseas', area: 'pacific' }, beneficiary: 'retiree', credential: 'none' };
    expect(buildPlan(a, frozen)).toEqual(buildPlan(a, frozen));
  });
  // Under StrykerJS (vitest.mutation.config.ts) src/ holds its instrumented copy, full of
  // mutated string literals: this check reads code text, so it is meaningless there.
  it.skipIf(process.env.KIOSK_MUTATION_RUN === '1')('holds no facts, phone numbers, web addresses or visitor wording in code', () => {
    const dir = join(import.meta.dirname, '../../src/shared/plan');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const code = readFileSync(join(dir, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(code, file).not.toMatch(/\d{3}-\d{3}-\d{4}/);
      expect(code, file).not.toMatch(/https?:\/\//);
      expect(code, file).not.toMatch(/\b(humana|triwest|isos|milconnect|express-scripts|wps|tricare)\b/i);
      // No sentence-like string literals (three or more words).
      expect(code.match(/(['"`])(?:(?!\1).)*\b\w+ \w+ \w+\b(?:(?!\1).)*\1/g) ?? [], file).toEqual([]);
      expect(code, file).not.toMatch(/from ['"](electron|react|node:)/);
    }
  });
});

function deepFreeze<T>(x: T): T {
  if (typeof x === 'object' && x !== null) {
    Object.values(x).forEach(deepFreeze);
    Object.freeze(x);
  }
  return x;
}
