import { describe, expect, it } from 'vitest';
import { buildPlan, type Plan } from '../../src/shared/plan';
import { scenario } from '../integration/fixtures/scenarios';
import { realContent } from './content-fixture';

/** The three seed scenarios, as corrected by the fact sheet (../shared/domain/facts.md). */
const content = realContent();
const en = (p: Plan) => JSON.stringify(p, (k, v) => (k === 'es' ? undefined : v));

/** The shared seed-scenario fixture (also used by the golden printout and the browser tests). */
const SCENARIOS = { A: scenario('A'), B: scenario('B'), C: scenario('C') };

describe('scenario A: referral in California', () => {
  const plan = buildPlan(SCENARIOS.A, content);
  it('sends the visitor to TriWest with its own account; whether myAuth works there is only said as unconfirmed', () => {
    expect(plan.portals.map((p) => p.id)).toEqual(['triwest']);
    expect(plan.portals[0]!.url).toBe('https://tricare.triwest.com');
    expect(plan.portals[0]!.signIn.en).toMatch(/own TriWest account/);
    expect(plan.portals[0]!.signIn.en).not.toMatch(/DS Logon|myAuth/);
    expect(plan.signIn.advice.find((a) => /myAuth also works there/.test(a.text.en))?.unconfirmed).toBe(true);
    expect(plan.lead).toEqual({ portals: ['triwest'], task: plan.portals[0]!.purpose, helpLine: 'triwest' });
    expect(plan.helpLines[0]).toMatchObject({ id: 'triwest', phone: '1-888-874-9378' });
    expect(en(plan)).not.toMatch(/tricare-west\.com/);
  });
  it('lists the TriWest sign-up steps, 2FA marked unconfirmed', () => {
    const setup = plan.signIn.setup.map((s) => s.text.en).join('\n');
    expect(setup).toMatch(/New User\? Sign Up Now/);
    expect(setup).toMatch(/primary email address on file in DEERS/);
    expect(setup).toMatch(/verification code/);
    expect(plan.signIn.setup.find((s) => /second code/.test(s.text.en))?.unconfirmed).toBe(true);
  });
  it('matches the golden plan', () => expect(plan).toMatchSnapshot());
});

describe('scenario B: active duty spouse moves Virginia → Texas', () => {
  const plan = buildPlan(SCENARIOS.B, content);
  it('puts milConnect first (BWE is a page of it: one card), then the current contractor to call and the new one', () => {
    expect(plan.portals.map((p) => p.id)).toEqual(['milconnect', 'humana', 'triwest']);
    expect(plan.portals[0]!.purpose.en).toMatch(/Update your address in DEERS.*\. Transfer your enrollment to your new region/);
    expect(plan.portals[1]).toMatchObject({ id: 'humana', call: true });
    expect(plan.lead.portals).toEqual(['milconnect']);
  });
  it('one path: DEERS first after the move, then the BWE transfer; the early phone transfer is the alternative; notes apart', () => {
    const steps = plan.steps.map((s) => s.text.en);
    expect(steps[0]).toMatch(/first thing to do is update your address in DEERS/);
    expect(steps[1]).toMatch(/transfer your enrollment to the TRICARE West Region: in milConnect, select Benefits, then Beneficiary Web Enrollment \(BWE\)\. Your new contractor: TriWest/);
    expect(plan.alternatives.map((s) => s.text.en).join('\n')).toMatch(/Before you move.*by phone instead.*Humana Military.*1-800-444-5445/);
    const notes = plan.notes.map((s) => s.text.en).join('\n');
    expect(notes).toMatch(/Don't disenroll/);
    expect(notes).toMatch(/90 days/);
  });
  it('tells a DS Logon holder it still works elsewhere and how to move to myAuth for milConnect', () => {
    const dsLogon = buildPlan({ ...SCENARIOS.B, credential: 'ds-logon' }, content);
    expect(dsLogon.signIn.advice.map((a) => a.text.en).join('\n')).toMatch(/still works/);
    expect(dsLogon.signIn.setup[0]!.text.en).toMatch(/myAuth/);
  });
  it('matches the golden plan', () => expect(plan).toMatchSnapshot());
});

describe('scenario C: refill a maintenance medication', () => {
  const plan = buildPlan(SCENARIOS.C, content);
  it('sends the visitor to Express Scripts with the DoD Benefits Number', () => {
    expect(plan.portals[0]).toMatchObject({ id: 'express-scripts', url: 'https://militaryrx.express-scripts.com' });
    expect(plan.helpLines[0]).toMatchObject({ phone: '1-877-363-1303' });
    expect(en(plan)).toMatch(/DoD Benefits Number/);
  });
  it('gives the 2026 co-pays from the fact sheet, not the seed: $14 home delivery 90-day, $16 retail 30-day', () => {
    const copay = plan.notes.find((s) => /co-pays/.test(s.text.en))!.text.en;
    expect(copay).toMatch(/home delivery, up to a 90-day supply: \$14/);
    expect(copay).toMatch(/retail network pharmacy, up to a 30-day supply: \$16/);
  });
  it('active duty members pay $0', () => {
    const p = buildPlan({ ...SCENARIOS.C, beneficiary: 'adsm' }, content);
    expect(en(p)).toMatch(/\$0/);
    expect(en(p)).not.toMatch(/\$14/);
  });
  it('the sign-in question is not asked (Express Scripts has its own account whatever the visitor has); its set-up steps are given', () => {
    expect(plan.summary.map((s) => s.question)).toEqual(['task', 'region', 'beneficiary']);
    expect(plan.signIn.setup.map((s) => s.portal)).toEqual(['express-scripts', 'express-scripts', 'express-scripts']);
    expect(plan).toEqual(buildPlan({ ...SCENARIOS.C, credential: 'myauth' }, content));
  });
  it('a visitor with no sign-in gets set-up steps first', () => {
    expect(buildPlan({ ...SCENARIOS.C, credential: 'none' }, content).signIn.setup.length).toBeGreaterThan(1);
  });
  it('matches the golden plan', () => expect(plan).toMatchSnapshot());
});
