import { it } from 'vitest';
import { buildPlan } from '../../../src/shared/plan';
import { questionGuide } from '../../../src/shared/plan/relevance';
import { realContent } from '../content-fixture';
const c = realContent();
const cases = JSON.parse(process.env.CASES ?? '[]');
it('show', () => {
  for (const a of cases) {
    const p = buildPlan(a, c);
    const en = (x: any) => x.en;
    console.log('=====', JSON.stringify(a));
    console.log('summary:', p.summary.map((s) => `${s.question}=${s.value.en}`).join(' | '));
    console.log('lead:', JSON.stringify(p.lead.portals), p.lead.task.en, p.lead.helpLine);
    for (const n of p.notices) console.log('N', n.kind, n.unconfirmed ? '[U]' : '', n.text.en);
    for (const x of p.portals) console.log('P', x.id, x.url, '|', x.purpose.en, '| SIGN:', x.signIn.en, x.signInUnconfirmed ? '[U]' : '', x.helpLines);
    console.log('signIn', p.signIn.credential);
    for (const x of p.signIn.advice) console.log('  A', x.unconfirmed ? '[U]' : '', x.text.en);
    for (const x of p.signIn.setup) console.log('  U', x.portal, x.unconfirmed ? '[U]' : '', x.text.en);
    for (const x of p.bring) console.log('B', x.unconfirmed ? '[U]' : '', x.text.en);
    p.steps.forEach((x, i) => console.log(`S${i + 1}`, x.unconfirmed ? '[U]' : '', x.text.en));
    for (const x of p.alternatives) console.log('ALT', x.unconfirmed ? '[U]' : '', x.text.en);
    for (const x of p.notes) console.log('NOTE', x.unconfirmed ? '[U]' : '', x.text.en);
    for (const h of p.helpLines) console.log('H', h.id, h.phone, h.unconfirmed ? '[U]' : '');
  }
  const g = questionGuide(c);
  for (const t of c.tasks) console.log('ASK', t.id, ['region', 'destination', 'beneficiary', 'credential'].filter((q) => g.asks(q as any, { task: t.id })).join(','), 'borders:', g.borders('region', { task: t.id }));
});
