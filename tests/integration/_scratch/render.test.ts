import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { renderChecklistHtml } from '../../../src/shared/checklist';
import { buildPlan } from '../../../src/shared/plan';
import { createPlaywrightPdfRenderer } from '../../support/playwright-pdf';
import { realContent } from '../../unit/content-fixture';
import { SCENARIOS } from '../fixtures/scenarios';
const content = realContent();
it('render', async () => {
  const r = createPlaywrightPdfRenderer();
  const want = (process.env.WANT ?? 'B-es-letter').split(',');
  for (const w of want) {
    const [id, lang, paper, fit] = w.split('-') as any;
    const s = SCENARIOS.find((x) => x.id === id)!;
    const html = renderChecklistHtml(buildPlan(s.answers, content), { lang, paper, text: content.printText, printedAt: new Date('2026-11-25T15:00:00Z'), ...(fit ? { fit: Number(fit) } : {}) });
    writeFileSync(`.tmp/${w}.html`, html);
    writeFileSync(`.tmp/${w}.pdf`, await r.render(html, paper));
  }
  await r.close();
}, 120_000);
