import { it } from 'vitest';
import { buildPlan } from '../../../src/shared/plan';
import { realContent } from '../content-fixture';
const c = realContent();
it('find', () => {
  let n = 0;
  for (const task of ['enroll-change', 'referral', 'claims']) for (const r of [...c.regions.states.map((s) => ({ kind: 'state', code: s.code })), ...c.regions.territories.map((t) => ({ kind: 'territory', code: t.code })), ...c.regions.overseasAreas.map((a) => ({ kind: 'overseas', area: a.id })), { kind: 'unsure' }] as any[])
    for (const b of c.beneficiaries) for (const cr of ['none']) {
      const p = buildPlan({ task, region: r, beneficiary: b.id, credential: cr }, c);
      if (p.signIn.setup.length === 0 && n++ < 6) console.log(task, JSON.stringify(r), b.id, p.portals.map((x) => x.id + (x.call ? '(call)' : '')));
    }
});
