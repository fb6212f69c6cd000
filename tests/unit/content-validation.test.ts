import { describe, expect, it } from 'vitest';
import { formatContentError, parseContent, type ContentError } from '../../src/shared/content/load';
import { rawFiles, realContent } from './content-fixture';

/**
 * A broken content file is refused with errors that name the file, the item and the field,
 * so whoever edits data/ can find the mistake. Each case breaks one thing in a copy of the
 * real data/.
 */
type Raw = Record<string, any>;

function errorsAfter(mutate: (files: Raw) => void): ContentError[] {
  const files = rawFiles() as Raw;
  mutate(files);
  const r = parseContent(files);
  if (r.ok) throw new Error('content was accepted but should have been refused');
  return r.error;
}
const byId = (list: any[], id: string) => list.find((x) => x.id === id || x.code === id);

describe('the real data/', () => {
  it('validates', () => {
    const r = parseContent(rawFiles());
    expect(r.ok ? [] : r.error.map(formatContentError)).toEqual([]);
  });
  it('maps all 50 states and DC to east or west exactly as the fact sheet says', () => {
    const c = realContent();
    const west = 'AK AZ AR CA CO HI ID IL IA KS LA MN MO MT NE NV NM ND OK OR SD TX UT WA WI WY'.split(' ');
    const east = 'AL CT DE DC FL GA IN KY ME MD MA MI MS NH NJ NY NC OH PA RI SC TN VT VA WV'.split(' ');
    expect(c.regions.states).toHaveLength(51);
    expect(c.regions.states.filter((s) => s.region === 'west').map((s) => s.code).sort()).toEqual([...west].sort());
    expect(c.regions.states.filter((s) => s.region === 'east').map((s) => s.code).sort()).toEqual([...east].sort());
  });
  it('marks the border states and the direction of their carve-outs, with no guessed ZIPs', () => {
    const c = realContent();
    const carve = Object.fromEntries(c.regions.states.filter((s) => s.carveOut).map((s) => [s.code, s.carveOut!.region]));
    expect(carve).toEqual({ AR: 'east', IN: 'west', MO: 'east', WI: 'east' });
    for (const s of c.regions.states) expect(s.carveOut?.zips ?? []).toEqual([]);
  });
  it('sends the five territories to International SOS areas', () => {
    const c = realContent();
    expect(Object.fromEntries(c.regions.territories.map((t) => [t.code, t.area]))).toEqual({
      PR: 'latin-america-canada',
      VI: 'latin-america-canada',
      GU: 'pacific',
      AS: 'pacific',
      MP: 'pacific',
    });
    expect(c.regions.overseasAreas.map((a) => a.id)).toEqual(['eurasia-africa', 'latin-america-canada', 'pacific']);
  });
  it('has the ids other teams code against', () => {
    const c = realContent();
    const ids = (xs: { id: string }[]) => xs.map((x) => x.id);
    expect(ids(c.tasks)).toEqual(expect.arrayContaining(['referral', 'move', 'pharmacy-refill']));
    expect(c.tasks.find((t) => t.id === 'move')?.askDestination).toBe(true);
    expect(ids(c.beneficiaries)).toEqual(expect.arrayContaining(['adsm', 'adfm', 'retiree', 'retiree-family']));
    expect(ids(c.credentials)).toEqual(expect.arrayContaining(['myauth', 'ds-logon', 'cac', 'none', 'not-sure']));
    expect(ids(c.portals)).toEqual(
      expect.arrayContaining(['milconnect', 'bwe', 'triwest', 'humana', 'isos', 'express-scripts', 'mhs-genesis', 'wps']),
    );
    expect(ids(c.regions.regions)).toEqual(['east', 'west', 'overseas']);
  });
  it('uses every notice it defines', () => {
    const c = realContent();
    const used = new Set([...c.rules.flatMap((r) => r.notices ?? []), ...Object.values(c.plan.notices)]);
    expect(c.notices.map((n) => n.id).filter((id) => !used.has(id))).toEqual([]);
  });
  it('gives every portal a catch-all sign-in (directly or through signInLike)', () => {
    const c = realContent();
    for (const p of c.portals) {
      const owner = p.signInLike ? c.portals.find((x) => x.id === p.signInLike)! : p;
      // A portal with no sign-in options at all would also give `undefined` below.
      expect(owner.signIn?.length ?? 0, p.id).toBeGreaterThan(0);
      expect(owner.signIn?.at(-1)?.with, p.id).toBeUndefined();
    }
  });
});

describe('a bad content file is refused, naming file, item and field', () => {
  it('wrong type', () => {
    const e = errorsAfter((f) => (byId(f['tasks.json'], 'referral').label = 42));
    expect(e).toContainEqual(expect.objectContaining({ file: 'tasks.json', item: 'referral', field: 'label' }));
  });
  it('unknown region', () => {
    const e = errorsAfter((f) => (byId(f['regions.json'].states, 'CA').region = 'north'));
    expect(e).toContainEqual({ file: 'regions.json', item: 'CA', field: 'region', message: 'unknown region "north"' });
  });
  it('a state whose region has no rules (not east or west)', () => {
    const e = errorsAfter((f) => {
      f['regions.json'].regions.push({ ...f['regions.json'].regions[0], id: 'central' });
      byId(f['regions.json'].states, 'CA').region = 'central';
    });
    expect(e).toContainEqual(expect.objectContaining({ file: 'regions.json', item: 'CA', field: 'region' }));
  });
  it('unknown overseas area of a territory', () => {
    const e = errorsAfter((f) => (byId(f['regions.json'].territories, 'PR').area = 'atlantis'));
    expect(e).toContainEqual(expect.objectContaining({ file: 'regions.json', item: 'PR', field: 'area' }));
  });
  it('a carve-out that names its own region', () => {
    const e = errorsAfter((f) => (byId(f['regions.json'].states, 'AR').carveOut.region = 'west'));
    expect(e).toContainEqual(expect.objectContaining({ file: 'regions.json', item: 'AR', field: 'carveOut.region' }));
  });
  it('a carve-out ZIP that is not five digits', () => {
    const e = errorsAfter((f) => (byId(f['regions.json'].states, 'MO').carveOut.zips = ['6310']));
    expect(e).toContainEqual(expect.objectContaining({ file: 'regions.json', item: 'MO', field: 'carveOut.zips.0' }));
  });
  it('missing translation', () => {
    const e = errorsAfter((f) => delete byId(f['portals.json'], 'triwest').purpose.es);
    expect(e).toContainEqual(expect.objectContaining({ file: 'portals.json', item: 'triwest', field: 'purpose.es' }));
  });
  it('empty translation', () => {
    const e = errorsAfter((f) => (byId(f['notices.json'], 'confirm-region').text.es = '  '));
    expect(e).toContainEqual(expect.objectContaining({ file: 'notices.json', item: 'confirm-region', field: 'text.es' }));
  });
  it('missing translation of a screen string (ui.json) or printed string (print.json)', () => {
    const [uiKey] = Object.keys(rawFiles()['ui.json'] as object);
    const [printKey] = Object.keys(rawFiles()['print.json'] as object);
    const e = errorsAfter((f) => {
      delete f['ui.json'][uiKey!].es;
      delete f['print.json'][printKey!].en;
    });
    expect(e).toContainEqual(expect.objectContaining({ file: 'ui.json', item: uiKey, field: 'es' }));
    expect(e).toContainEqual(expect.objectContaining({ file: 'print.json', item: printKey, field: 'en' }));
  });
  it('missing source on a fact, even a step deep inside a rule', () => {
    const e = errorsAfter((f) => {
      delete byId(f['help-lines.json'], 'triwest').source;
      delete byId(f['rules.json'], 'referral-contractor').steps[1].source;
    });
    expect(e).toContainEqual(expect.objectContaining({ file: 'help-lines.json', item: 'triwest', field: 'source' }));
    expect(e).toContainEqual(expect.objectContaining({ file: 'rules.json', item: 'referral-contractor', field: 'steps.1.source' }));
  });
  it('a source that is not https, and a review date that is not a date', () => {
    const e = errorsAfter((f) => {
      byId(f['portals.json'], 'wps').source = 'http://www.tricare.mil/TFL';
      byId(f['portals.json'], 'wps').reviewed = '25/11/2026';
    });
    expect(e).toContainEqual(expect.objectContaining({ file: 'portals.json', item: 'wps', field: 'source' }));
    expect(e).toContainEqual(expect.objectContaining({ file: 'portals.json', item: 'wps', field: 'reviewed' }));
  });
  it('duplicate id', () => {
    const e = errorsAfter((f) => f['tasks.json'].push({ ...byId(f['tasks.json'], 'referral') }));
    expect(e).toContainEqual({ file: 'tasks.json', item: 'referral', field: 'id', message: 'duplicate id "referral"' });
  });
  it('duplicate state code', () => {
    const e = errorsAfter((f) => f['regions.json'].states.push({ ...byId(f['regions.json'].states, 'TX') }));
    expect(e).toContainEqual(expect.objectContaining({ file: 'regions.json', item: 'TX', field: 'code' }));
  });
  it('a rule naming an unknown portal, notice, help line, task, beneficiary or credential', () => {
    const e = errorsAfter((f) => {
      const r = byId(f['rules.json'], 'referral-contractor');
      r.portals[0].portal = 'tricare-west';
      r.notices = ['no-such-notice'];
      r.helpLines = ['1-800'];
      r.when = { task: ['refferal'], who: ['general'], with: ['retina-scan'] };
    });
    const at = (field: string) => expect.objectContaining({ file: 'rules.json', item: 'referral-contractor', field });
    expect(e).toContainEqual(at('portals.0.portal'));
    expect(e).toContainEqual(at('notices.0'));
    expect(e).toContainEqual(at('helpLines.0'));
    expect(e).toContainEqual(at('when.task.0'));
    expect(e).toContainEqual(at('when.who.0'));
    expect(e).toContainEqual(at('when.with.0'));
  });
  it('a rule with an unknown region kind', () => {
    const e = errorsAfter((f) => (byId(f['rules.json'], 'referral-contractor').when.where = ['north']));
    expect(e).toContainEqual(expect.objectContaining({ file: 'rules.json', item: 'referral-contractor', field: 'when.where.0' }));
  });
  it('a portal sign-in option naming an unknown credential or set-up, or no catch-all last', () => {
    const e = errorsAfter((f) => {
      const m = byId(f['portals.json'], 'milconnect');
      m.signIn[0].with = ['mypay-pin'];
      m.signIn[2].setup = 'magic';
      m.signIn.at(-1).with = ['none'];
      byId(f['portals.json'], 'tricare').signIn[0].setup = 'account';
    });
    const at = (item: string, field: string) => expect.objectContaining({ file: 'portals.json', item, field });
    expect(e).toContainEqual(at('milconnect', 'signIn.0.with.0'));
    expect(e).toContainEqual(at('milconnect', 'signIn.2.setup'));
    expect(e).toContainEqual(at('milconnect', 'signIn.3.with'));
    expect(e).toContainEqual(at('tricare', 'signIn.0.setup'));
  });
  it('an unknown portal in signInLike, a region contractor, the unsure contractors; an unknown area help line', () => {
    const e = errorsAfter((f) => {
      byId(f['portals.json'], 'bwe').signInLike = 'milconect';
      byId(f['regions.json'].regions, 'west').contractor = 'healthnet';
      f['regions.json'].unsure.contractors = ['humana', 'hnfs'];
      byId(f['regions.json'].overseasAreas, 'pacific').helpLines = ['isos-tokyo'];
    });
    expect(e).toContainEqual(expect.objectContaining({ file: 'portals.json', item: 'bwe', field: 'signInLike' }));
    expect(e).toContainEqual(expect.objectContaining({ file: 'regions.json', item: 'west', field: 'contractor' }));
    expect(e).toContainEqual(expect.objectContaining({ file: 'regions.json', item: 'unsure', field: 'contractors.1' }));
    expect(e).toContainEqual(expect.objectContaining({ file: 'regions.json', item: 'pacific', field: 'helpLines.0' }));
  });
  it('credential advice naming an unknown portal', () => {
    const e = errorsAfter((f) => (byId(f['credentials.json'], 'ds-logon').advice[1].portals = ['milconnect', 'dslogon-site']));
    expect(e).toContainEqual(expect.objectContaining({ file: 'credentials.json', item: 'ds-logon', field: 'advice.1.portals.1' }));
  });
  it('plan settings naming an unknown fallback or notice', () => {
    const e = errorsAfter((f) => {
      f['plan.json'].fallbacks.task = 'whatever';
      f['plan.json'].notices.confirmRegion = 'confirm';
    });
    expect(e).toContainEqual(expect.objectContaining({ file: 'plan.json', field: 'fallbacks.task' }));
    expect(e).toContainEqual(expect.objectContaining({ file: 'plan.json', field: 'notices.confirmRegion' }));
  });
  it('a plan settings field of the wrong type names its whole path', () => {
    const e = errorsAfter((f) => (f['plan.json'].questions.task = { en: 'What?' }));
    expect(e).toContainEqual(expect.objectContaining({ file: 'plan.json', field: 'questions.task.es' }));
  });
  it('an unknown {placeholder}, or different placeholders in English and Spanish', () => {
    const e = errorsAfter((f) => {
      byId(f['rules.json'], 'referral-contractor').steps[0].text.en = 'Sign in to {contractr} at {contractor.url}.';
      byId(f['rules.json'], 'claims-contractor').steps[0].text.es = 'Inicie sesión en {contractor}.';
      byId(f['notices.json'], 'zip-not-confirmed').text.en = 'ZIP {phone.nope}';
    });
    expect(e).toContainEqual(
      expect.objectContaining({ file: 'rules.json', item: 'referral-contractor', field: 'steps.0.text', message: 'unknown placeholder "{contractr}"' }),
    );
    expect(e).toContainEqual(expect.objectContaining({ file: 'rules.json', item: 'claims-contractor', field: 'steps.0.text' }));
    expect(e).toContainEqual(expect.objectContaining({ file: 'notices.json', item: 'zip-not-confirmed', field: 'text' }));
  });
  it('an unknown field (a typo in a key)', () => {
    const e = errorsAfter((f) => (byId(f['help-lines.json'], 'dmdc').tel = '911'));
    expect(e).toContainEqual(expect.objectContaining({ file: 'help-lines.json', item: 'dmdc' }));
  });
  it('a missing or unreadable file', () => {
    const e = errorsAfter((f) => {
      delete f['rules.json'];
      f['notices.json'] = { unreadable: 'Unexpected token } in JSON at position 12' };
    });
    expect(e).toContainEqual({ file: 'rules.json', field: '', message: 'file is missing' });
    expect(e).toContainEqual({ file: 'notices.json', field: '', message: 'Unexpected token } in JSON at position 12' });
  });
  it('formats an error for a person: file › item › field: message', () => {
    expect(formatContentError({ file: 'regions.json', item: 'CA', field: 'region', message: 'unknown region "north"' })).toBe(
      'regions.json › CA › region: unknown region "north"',
    );
  });
});
