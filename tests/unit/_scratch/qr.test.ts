import { it } from 'vitest';
import { checklistDocument, checklistQrText, utf8Length } from '../../../src/shared/checklist';
import { buildPlan } from '../../../src/shared/plan';
import { realContent } from '../content-fixture';
import { SCENARIOS } from '../../integration/fixtures/scenarios';
const c = realContent();
it('qr', () => {
  const p = buildPlan(SCENARIOS[0]!.answers, c);
  const q = checklistQrText(p, 'en', c.printText);
  console.log(q.detail, utf8Length(q.text));
  console.log(q.text);
});
