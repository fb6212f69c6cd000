import { describe, expect, it } from 'vitest';
import type { CompleteAnswers } from '../../src/shared/answers';
import { buildPlan, type Plan } from '../../src/shared/plan';
import { realContent } from './content-fixture';

/**
 * One test per correction of the outside content audit (../shared/reviews/2026-12-02-content-audit.md,
 * rows 1–71 and its Spanish sample), each written to fail on the wording data/ had before.
 * docs/content-audit-response.md lists every row and what was done with it.
 */
const content = realContent();
const portal = (id: string) => content.portals.find((p) => p.id === id)!;
const line = (id: string) => content.helpLines.find((h) => h.id === id)!;
const rule = (id: string) => content.rules.find((r) => r.id === id)!;
const notice = (id: string) => content.notices.find((n) => n.id === id)!;
const cred = (id: string) => content.credentials.find((c) => c.id === id)!;
const plan = (a: Partial<CompleteAnswers> & { task: string }): Plan =>
  buildPlan({ region: { kind: 'state', code: 'VA' }, beneficiary: 'adfm', credential: 'myauth', ...a }, content);
/** Every English text of a plan a visitor reads (answers and sources left out). */
const words = (p: Plan) => JSON.stringify({ ...p, answers: undefined, sources: undefined }, (k, v) => (k === 'es' ? undefined : v));
const all = (p: Plan) => [...p.steps, ...p.alternatives, ...p.notes, ...p.bring, ...p.signIn.setup];
/** Every fact-shaped item of data/ with its source, for the source checks. */
function facts(): { at: string; source: string }[] {
  const out: { at: string; source: string }[] = [];
  const walk = (x: unknown, at: string): void => {
    if (Array.isArray(x)) return x.forEach((v, i) => walk(v, `${at}[${(v as { id?: string })?.id ?? i}]`));
    if (typeof x !== 'object' || x === null) return;
    const o = x as Record<string, unknown>;
    if (typeof o.source === 'string') out.push({ at, source: o.source });
    for (const [k, v] of Object.entries(o)) if (typeof v === 'object') walk(v, `${at}.${k}`);
  };
  walk({ ...content, ui: undefined, printText: undefined }, 'data');
  return out;
}

describe('audit 1a: wrong facts, corrected', () => {
  it('row 1: a new family member is added to DEERS in person at a RAPIDS ID card office (DD Form 1172-2, IDCO), not in milConnect', () => {
    const p = plan({ task: 'add-family', beneficiary: 'adsm' });
    const steps = p.steps.map((s) => s.text.en).join('\n');
    expect(steps).toMatch(/DD Form 1172-2/);
    expect(steps).toContain('https://idco.dmdc.osd.mil/idco/');
    const inPerson = p.steps.find((s) => /in person at the ID card office/.test(s.text.en));
    expect(inPerson?.unconfirmed).toBeUndefined();
    expect(steps).not.toMatch(/signs in to milConnect .* to add the family member/);
    expect(words(p)).not.toMatch(/You may be asked to finish at a military ID card office/);
    expect(p.portals.map((x) => x.id)).toEqual(['idco', 'bwe']);
    expect(p.portals[1]!.purpose.en).toMatch(/enroll the new family member in a health plan/);
  });

  it('row 2: allotments are only for Prime/Select enrollment fees, set up with the contractor (not myPay); none for TFL', () => {
    const r = rule('fees-allotment');
    expect(r.when.who).not.toContain('tfl');
    const p = plan({ task: 'pay-fees', beneficiary: 'retiree' });
    const t = words(p);
    expect(t).toMatch(/Prime or Select enrollment fees taken from your retired pay as an allotment\. Set it up with your regional contractor, Humana Military \(TRICARE East\), at 1-800-444-5445, not in myPay/);
    expect(t).toMatch(/TRS, TRR and TYA premiums can't be paid by allotment/);
    expect(t).not.toMatch(/manage allotments in myPay/);
    expect(words(plan({ task: 'pay-fees', beneficiary: 'tfl' }))).not.toMatch(/allotment/i);
    for (const text of [portal('mypay').purpose.en, cred('mypay').advice![0]!.text.en]) expect(text).not.toMatch(/paying premiums from retired pay/);
  });

  it('row 3: a retiree moving overseas is told Prime ends there (TRICARE Select Overseas, call International SOS first); "twice a year" only for U.S. moves', () => {
    const overseas = plan({ task: 'move', beneficiary: 'retiree', destination: { kind: 'overseas', area: 'pacific' } });
    expect(words(overseas)).toMatch(/retirees can't keep TRICARE Prime; you'll use TRICARE Select Overseas\. Before you move, call International SOS \(TRICARE Overseas\) from the U\.S\. at 1-800-523-8662/);
    // Still in the U.S.: the confirmed U.S. toll-free line (row 15), not the Pacific call centers.
    const call = overseas.steps.find((s) => /TRICARE Select Overseas/.test(s.text.en))!;
    expect(call.unconfirmed).toBeUndefined();
    const lines = overseas.helpLines.map((h) => h.id);
    expect(lines.indexOf('isos-overseas-us')).toBeGreaterThanOrEqual(0);
    expect(lines.indexOf('isos-overseas-us')).toBeLessThan(lines.indexOf('isos-pacific-singapore'));
    expect(words(overseas)).not.toMatch(/twice per enrollment year/);
    const back = plan({ task: 'move', beneficiary: 'retiree', region: { kind: 'overseas', area: 'pacific' }, destination: { kind: 'state', code: 'VA' } });
    expect(words(back)).not.toMatch(/twice per enrollment year/);
    const us = plan({ task: 'move', beneficiary: 'retiree', destination: { kind: 'state', code: 'TX' } });
    expect(words(us)).toMatch(/twice per enrollment year/);
  });

  it('row 4: retiree and TFL dental is FEDVIP through BENEFEDS, not the regional contractor or WPS', () => {
    for (const beneficiary of ['retiree', 'retiree-family', 'tfl']) {
      const p = plan({ task: 'dental', beneficiary });
      expect(p.portals.map((x) => x.id), beneficiary).toEqual(['benefeds']);
      expect(p.helpLines[0]!.id).toBe('benefeds');
      const steps = p.steps.map((s) => s.text.en).join('\n');
      expect(steps).toMatch(/BENEFEDS: https:\/\/www\.benefeds\.gov/);
      expect(steps).not.toMatch(/Humana|TriWest|WPS/);
    }
  });

  it('row 5: Okta FastPass is its own sign-in choice, not the second step of a password', () => {
    const t = cred('myauth').setup![2]!.text;
    expect(t.en).not.toMatch(/second step \(for example, Okta FastPass\)/);
    expect(t.en).toMatch(/password plus one extra security check .*; or Okta FastPass/);
    expect(t.es).toMatch(/o con Okta FastPass/);
  });
});

describe('audit 1b: outdated facts, updated', () => {
  it('row 6: TDP CONUS is the 50 states, DC, PR, Guam and USVI; American Samoa and the Northern Mariana Islands get the overseas line', () => {
    expect(line('tdp-conus').detail!.en).toMatch(/50 states, DC, Puerto Rico, Guam and the U\.S\. Virgin Islands/);
    for (const code of ['PR', 'GU', 'VI']) {
      expect(plan({ task: 'dental', region: { kind: 'territory', code } }).helpLines[0]!.id, code).toBe('tdp-conus');
    }
    for (const code of ['AS', 'MP']) {
      const p = plan({ task: 'dental', region: { kind: 'territory', code } });
      expect(p.helpLines[0]!.id, code).toBe('tdp-oconus');
      expect(p.helpLines.map((h) => h.id), code).not.toContain('tdp-conus');
    }
  });

  it('row 7: no year on "more websites are moving to myAuth"', () => {
    for (const c of content.credentials) for (const a of c.advice ?? []) expect(a.text.en).not.toMatch(/during 20\d\d/);
    expect(cred('myauth').advice!.some((a) => /More websites are moving to myAuth\. .*Check the website's own sign-in page/.test(a.text.en))).toBe(true);
  });

  it('row 8: no fact rests on the former West contractor\'s site (tricare-west.com, Health Net Federal Services)', () => {
    const bad = facts().filter((f) => /tricare-west\.com|healthnetfederalservices|hnfs/i.test(f.source));
    expect(bad).toEqual([]);
  });
});

describe('audit 1c: unconfirmable facts, reworded and flagged', () => {
  it('row 9: TriWest: only its own account is said for sure; whether DS Logon or myAuth works there is marked unconfirmed', () => {
    for (const credential of ['myauth', 'ds-logon']) {
      const p = plan({ task: 'referral', region: { kind: 'state', code: 'CA' }, credential });
      expect(p.portals[0]!.signIn.en).toBe('Your own TriWest account: sign up with the primary email on file in DEERS.');
      expect(words(p)).not.toMatch(/don't sign you in|does not sign you in/);
      const caveat = p.signIn.advice.find((a) => /couldn't confirm whether/.test(a.text.en));
      expect(caveat?.unconfirmed, credential).toBe(true);
    }
  });

  it('row 10: DS Logon is being replaced (finish planned around early 2027), worded as unconfirmed, no "no shut-off date"', () => {
    const a = cred('ds-logon').advice![0]!;
    expect(a.text.en).not.toMatch(/No shut-off date/);
    expect(a.text.en).toMatch(/replacing DS Logon with myAuth; the plan was to finish around early 2027/);
    expect(a.unconfirmed).toBe(true);
  });

  it('row 11: the in-Germany toll-free International SOS line is listed for Eurasia-Africa, unconfirmed', () => {
    expect(line('isos-eurasia-africa-germany')).toMatchObject({ phone: '0800-589-1599', unconfirmed: true });
    expect(plan({ task: 'referral', region: { kind: 'overseas', area: 'eurasia-africa' } }).helpLines.map((h) => h.id)).toContain('isos-eurasia-africa-germany');
  });

  it('rows 12–14: the area call centers stay unconfirmed', () => {
    for (const id of ['isos-latin-america-canada', 'isos-pacific-singapore', 'isos-pacific-sydney']) expect(line(id).unconfirmed, id).toBe(true);
  });

  it('row 15: the stateside ISOS line cites the 2016 tricare.mil page; the newer official 1-800-523-8662 is added', () => {
    expect(line('isos-stateside').source).not.toBe('https://www.nationalguard.mil');
    expect(line('isos-stateside').source).toMatch(/tricare\.mil\/FindDoctor\/Traveling\/Travel_PrimeO/);
    expect(portal('isos').helpLines[0]).toBe('isos-overseas-us');
  });

  it('row 16: the MHS GENESIS help line (only on a non-official site) is marked unconfirmed; no rule rests on mymhsgenesis.com', () => {
    const h = line('mhs-genesis');
    expect(h.unconfirmed).toBe(true);
    // Where a non-official page is the source, the fact is flagged; the rules cite official pages.
    expect(new URL(h.source).host).toBe('mymhsgenesis.com');
    expect(content.rules.flatMap((r) => [r, ...(r.steps ?? []), ...(r.bring ?? [])]).filter((f) => f.source.includes('mymhsgenesis.com'))).toEqual([]);
  });

  it('row 17: who has a CAC: drilling Guard and Reserve, not "on orders"; unconfirmed', () => {
    const a = cred('not-sure').advice![0]!;
    expect(a.text.en).not.toMatch(/on orders/);
    expect(a.text.en).toMatch(/drilling \(Selected Reserve\) Guard and Reserve members, DoD civilians and some contractors/);
    expect(a.unconfirmed).toBe(true);
  });

  it('row 19: milConnect and myPay: "use myAuth instead", not a flat "myPay doesn\'t work"', () => {
    for (const o of portal('milconnect').signIn!) expect(o.text.en).not.toMatch(/don't work here/);
    // Said once, to the visitor who answered myPay, in what their sign-in means here.
    const p = plan({ task: 'update-contact', credential: 'mypay' });
    expect(p.signIn.advice.map((a) => a.text.en).join(' ')).toMatch(/older guides mention myPay there, but use myAuth instead/);
    expect(p.portals[0]!.signIn.en).not.toMatch(/myPay/);
  });

  it('row 21: United Concordia: "you may be asked for a DS Logon", unconfirmed', () => {
    const o = portal('united-concordia').signIn![0]!;
    expect(o.text.en).toMatch(/you may be asked for a DS Logon/);
    expect(o.unconfirmed).toBe(true);
  });
});

describe('audit 1d and 2: right facts, suggestions taken and flags lifted', () => {
  it('rows 41–42: Humana registration needs the sponsor\'s ID; two-step verification "from late 2025"', () => {
    const steps = portal('humana').account!.steps.map((s) => s.text.en).join('\n');
    expect(steps).toMatch(/you need your sponsor's ID/);
    expect(steps).toMatch(/two-step verification \(from late 2025\)/);
  });

  it('row 47: survivors of active duty members and medically retired members keep their co-pays, on screen', () => {
    expect(words(plan({ task: 'pharmacy-refill', beneficiary: 'retiree' }))).toMatch(/medically retired members keep their 2025 co-pays/);
  });

  it('row 63: BWE is not available overseas (definite, confirmed)', () => {
    const s = rule('enroll-overseas').steps![1]!;
    expect(s.text.en).toMatch(/isn't available overseas/);
    expect(s.unconfirmed).toBeUndefined();
  });

  it('row 64: the exact TRS/TRR purchase path', () => {
    expect(rule('trs-purchase').steps![0]!.text.en).toMatch(/select Benefits, then Beneficiary Web Enrollment \(BWE\), then Purchase Coverage/);
  });

  it('rows 65–68 and 70: the facts the audit confirmed are no longer flagged, and cite its sources', () => {
    for (const id of ['trs-active-duty', 'trs-adfm', 'trr-tfl', 'adsm-no-fees', 'tfl-fees', 'tfl-enroll']) {
      expect(notice(id).unconfirmed, id).toBeUndefined();
      expect(notice(id).reviewed, id).toBe('2026-12-02');
    }
    for (const id of ['fees-adsm', 'trs-active-duty', 'trs-adfm', 'trs-tfl']) expect(rule(id).unconfirmed, id).toBeUndefined();
    expect(notice('trs-active-duty').source).toBe('https://tricare.mil/FAQs/TRS/TRS_Who_Can_Buy');
    const family = rule('family-deers');
    expect([...family.bring!, ...family.steps!].filter((s) => s.unconfirmed)).toEqual([]);
  });
});

describe('audit section 4: Spanish', () => {
  it('#1–2: a region line is "límite", not "frontera"', () => {
    for (const id of ['confirm-region', 'zip-confirmed']) {
      expect(notice(id).text.es, id).not.toMatch(/frontera/);
      expect(notice(id).text.es, id).toMatch(/límite/);
    }
  });
  it('#3–5: postal mail is "correo postal", email "correo electrónico": no bare "por correo"', () => {
    const texts: string[] = [];
    const walk = (x: unknown): void => {
      if (typeof x !== 'object' || x === null) return;
      const o = x as Record<string, unknown>;
      if (typeof o.es === 'string') return void texts.push(o.es);
      Object.values(o).forEach(walk);
    };
    walk({ ...content, ui: undefined, printText: undefined });
    const bare = texts.filter((t) => /\bcorreo\b(?! (postal|electrónico))/.test(t.replace(/el correo electrónico|correo electrónico/g, '')));
    expect(bare).toEqual([]);
  });
  it('#6: PCM is "administrador de atención primaria (PCM)", not "proveedor"', () => {
    for (const id of ['triwest', 'humana']) {
      expect(portal(id).purpose.es).toMatch(/administrador de atención primaria \(PCM\)/);
      expect(portal(id).purpose.es).not.toMatch(/proveedor/);
    }
  });
  it('#8–9, #11: TAMP label, "sin órdenes de servicio activo", "cuánto le corresponde pagar"', () => {
    const who = (id: string) => content.beneficiaries.find((b) => b.id === id)!.label.es;
    expect(who('tamp')).toBe('Al dejar el servicio activo (TAMP)');
    expect(who('guard-reserve')).toMatch(/sin órdenes de servicio activo$/);
    expect(notice('tfl-fees').text.es).toMatch(/cuánto le corresponde pagar/);
  });
});
