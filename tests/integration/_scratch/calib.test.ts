import { chromium } from '@playwright/test';
import { it } from 'vitest';
import { checklistDocument, checklistQrText, LAYOUT, measureContentHeightMm, pageHeightMm, renderChecklistHtml, utf8Length } from '../../../src/shared/checklist';
import { LANGS } from '../../../src/shared/i18n';
import { buildPlan } from '../../../src/shared/plan';
import { CHROMIUM_LAUNCH } from '../../support/chromium';
import { realContent } from '../../unit/content-fixture';
import { SCENARIOS } from '../fixtures/scenarios';
const content = realContent();
const extra = JSON.parse(process.env.EXTRA ?? '[]');
it('calibrate', async () => {
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  const all = [...SCENARIOS.map((s) => s.answers), ...extra];
  for (const a of all) for (const lang of LANGS) for (const paper of ['letter'] as const) {
    const plan = buildPlan(a, content);
    const doc = checklistDocument(plan, lang);
    const q = checklistQrText(plan, lang, content.printText, doc);
    const row: string[] = [];
    for (const step of (process.env.STEPS ?? '0,3,6').split(',').map(Number)) {
      const html = renderChecklistHtml(plan, { lang, paper, text: content.printText, printedAt: new Date('2026-11-25T15:00:00Z'), fit: step });
      await page.setContent(html);
      const real = await measureContentHeightMm((m, p) => cdp.send(m as any, p), paper);
      const est = pageHeightMm(doc, paper, content.printText, q.text, LAYOUT.fitPt[step]!);
      row.push(`s${step} real ${real!.toFixed(0)} est ${est.toFixed(0)} (${(est / real!).toFixed(2)})`);
    }
    console.log(`${a.task} ${lang} qr=${q.detail}/${utf8Length(q.text)}B :: ${row.join(' | ')}`);
  }
  await browser.close();
}, 300_000);
