import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContentDir } from '../../src/main/content-files';
import { renderChecklistHtml } from '../../src/shared/checklist';
import type { Content } from '../../src/shared/content/load';
import { LANGS } from '../../src/shared/i18n';
import { PAPER_SIZES } from '../../src/shared/ipc';
import { buildPlan } from '../../src/shared/plan';
import { CHROMIUM_LAUNCH } from '../support/chromium';
import { createPlaywrightPdfRenderer, type PlaywrightPdfRenderer } from '../support/playwright-pdf';
import { pdfInfo, printingGate } from './cups';
import { SCENARIOS } from './fixtures/scenarios';

/**
 * Every seed scenario, in every language, on every paper, laid out by Chromium (no spooler):
 * on one page where it fits. English on Letter and A4 and every receipt must be one page; a
 * Spanish sheet may run to a second page (its text is longer) but never a third.
 */
const chromium = CHROMIUM_LAUNCH.executablePath ?? '';
// Same rule as the CUPS tests: under KIOSK_REQUIRE_CUPS=1 (.ci/run) or CI a missing browser fails.
const noBrowser = printingGate('checklist layout', existsSync(chromium) ? undefined : `no Chromium at ${chromium}`).skip;
const root = join(import.meta.dirname, '../..');
const outDir = join(root, '.tmp', 'checklists');

describe.skipIf(noBrowser)('checklist layout for every scenario, language and paper', () => {
  let content: Content;
  let renderer: PlaywrightPdfRenderer;
  const pages: string[] = [];

  beforeAll(() => {
    const loaded = loadContentDir(join(root, 'data'));
    if (!loaded.ok) throw new Error('data/ does not load');
    content = loaded.value;
    renderer = createPlaywrightPdfRenderer();
    mkdirSync(outDir, { recursive: true });
  });
  afterAll(async () => {
    await renderer?.close();
    console.log(`checklist page counts (PDFs in ${outDir}):\n${pages.join('\n')}`);
  });

  for (const scenario of SCENARIOS) {
    for (const lang of LANGS) {
      it(`${scenario.id} ${lang}`, async () => {
        const plan = buildPlan(scenario.answers, content);
        for (const paper of PAPER_SIZES) {
          const html = renderChecklistHtml(plan, { lang, paper, text: content.printText, printedAt: new Date('2026-11-25T15:00:00Z') });
          const file = join(outDir, `${scenario.id}-${lang}-${paper}.pdf`);
          writeFileSync(file, await renderer.render(html, paper));
          const { pages: n } = pdfInfo(file);
          pages.push(`  ${scenario.id} ${lang} ${paper.padEnd(9)} ${n} page${n === 1 ? '' : 's'}`);
          const limit = paper === 'receipt80' || lang === 'en' ? 1 : 2;
          expect(n, `${scenario.id} ${lang} ${paper}`).toBeLessThanOrEqual(limit);
        }
      });
    }
  }
});
