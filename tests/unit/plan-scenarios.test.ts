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
  it('sends the visitor to TriWest with its own account, never DS Logon/myAuth', () => {
    expect(plan.portals.map((p) => p.id)).toEqual(['triwest']);
    expect(plan.portals[0]!.url).toBe('https://tricare.triwest.com');
    expect(plan.portals[0]!.signIn.en).toMatch(/own TriWest account/);
    expect(plan.portals[0]!.signIn.en).toMatch(/DS Logon and myAuth don't sign you in here/);
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
  it('puts milConnect first, then BWE, then the current and the new contractor', () => {
    expect(plan.portals.map((p) => p.id)).toEqual(['milconnect', 'bwe', 'humana', 'triwest']);
  });
  it('says: start early with the CURRENT contractor, do not disenroll, DEERS first after the move, 90 days', () => {
    const steps = plan.steps.map((s) => s.text.en);
    expect(steps[0]).toMatch(/Before you move.*Humana Military.*1-800-444-5445/);
    expect(steps.join('\n')).toMatch(/Don't disenroll/);
    expect(steps.join('\n')).toMatch(/first thing to do is update your address in DEERS/);
    expect(steps.join('\n')).toMatch(/Beneficiary Web Enrollment \(BWE\)\. Your new region: TRICARE West Region; your new contractor: TriWest/);
    expect(steps.join('\n')).toMatch(/90 days/);
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
    const copay = plan.steps.find((s) => /co-pays/.test(s.text.en))!.text.en;
    expect(copay).toMatch(/home delivery, up to a 90-day supply: \$14/);
    expect(copay).toMatch(/retail network pharmacy, up to a 30-day supply: \$16/);
  });
  it('active duty members pay $0', () => {
    const p = buildPlan({ ...SCENARIOS.C, beneficiary: 'adsm' }, content);
    expect(en(p)).toMatch(/\$0/);
    expect(en(p)).not.toMatch(/\$14/);
  });
  it('a visitor with no sign-in gets set-up steps first', () => {
    expect(buildPlan({ ...SCENARIOS.C, credential: 'none' }, content).signIn.setup.length).toBeGreaterThan(1);
  });
  it('matches the golden plan', () => expect(plan).toMatchSnapshot());
});
