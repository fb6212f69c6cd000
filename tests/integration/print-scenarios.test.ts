import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContentDir } from '../../src/main/content-files';
import { printChecklist } from '../../src/main/printer/print-checklist';
import { createCupsPrinter } from '../../src/main/printer/printer';
import type { CompleteAnswers } from '../../src/shared/answers';
import { SCENARIOS } from './fixtures/scenarios';
import type { Content } from '../../src/shared/content/load';
import type { Lang } from '../../src/shared/i18n';
import { buildPlan } from '../../src/shared/plan';
import { createPlaywrightPdfRenderer, type PlaywrightPdfRenderer } from '../support/playwright-pdf';
import { checklistPlainText } from '../../src/shared/checklist';
import { cupsGate, findPhrase, findPrintedPdf, pdfInfo, pdfText, pendingJobIds, QUEUE, removePrintedPdfs, restoreQueue, squash } from './cups';
import { scanQr } from './qr-scan';

/**
 * The seed scenarios, printed for real: answers → buildPlan over the real data/ → checklist
 * HTML → PDF (Chromium) → lp → cupsd → cups-pdf, then the PDF cups-pdf wrote is read back
 * with pdftotext. What comes out of the spooler must name the portals, the help line and
 * every step.
 */
const gate = cupsGate();
const root = join(import.meta.dirname, '../..');

describe.skipIf(gate.skip)('printing the seed scenarios through CUPS', () => {
  let content: Content;
  let renderer: PlaywrightPdfRenderer;
  const logs: string[] = [];

  beforeAll(() => {
    const loaded = loadContentDir(join(root, 'data'));
    if (!loaded.ok) throw new Error(`data/ does not load: ${JSON.stringify(loaded.error.slice(0, 5))}`);
    content = loaded.value;
    renderer = createPlaywrightPdfRenderer();
    restoreQueue();
  });
  afterAll(async () => {
    await renderer?.close();
    restoreQueue();
    removePrintedPdfs();
  });

  const print = async (answers: CompleteAnswers, lang: Lang) => {
    const since = Date.now();
    const outcome = await printChecklist(
      { answers, lang },
      {
        content,
        renderer,
        printer: createCupsPrinter({ queue: QUEUE, timeoutMs: 20_000 }),
        settings: { paper: 'letter' },
        log: (level, m) => logs.push(`${level} ${m}`),
        now: () => new Date(),
      },
    );
    if (!outcome.ok) throw new Error(`print failed: ${JSON.stringify(outcome.error)}`);
    const pdf = await findPrintedPdf(outcome.value.jobId, since);
    return { outcome: outcome.value, pdf, text: pdfText(pdf) };
  };

  for (const scenario of SCENARIOS) {
    it(`${scenario.name}: the printed PDF has the portals, the help line and the steps, on one page`, async () => {
      for (const [question, id] of [
        ['task', scenario.answers.task],
        ['beneficiary', scenario.answers.beneficiary],
        ['credential', scenario.answers.credential],
      ] as const) {
        const ids = { task: content.tasks, beneficiary: content.beneficiaries, credential: content.credentials }[question].map((x) => x.id);
        expect(ids, `content has ${question} "${id}"`).toContain(id);
      }
      const plan = buildPlan(scenario.answers, content);
      const { outcome, pdf, text } = await print(scenario.answers, 'en');
      expect(outcome.jobId).toMatch(new RegExp(`^${QUEUE}-\\d+$`));

      const printed = squash(text);
      expect(printed).toContain(squash('Your TRICARE sign-in checklist'));
      for (const portal of plan.portals) {
        expect(printed, `portal ${portal.id}`).toContain(squash(portal.name.en));
        expect(printed, `address of ${portal.id}`).toContain(squash(portal.url));
      }
      expect(printed, 'main help line').toContain(squash(plan.helpLines[0]!.phone));
      expect(plan.steps.length).toBeGreaterThan(0);
      for (const step of plan.steps) expect(printed, `step "${step.text.en}"`).toContain(squash(step.text.en));
      expect(printed).toContain(squash('not affiliated with the Department of Defense or TRICARE'));
      expect(pdfInfo(pdf).pages).toBe(1);
      expect(pendingJobIds()).toEqual([]);

      // The QR codes on the printed page read back, at about a receipt printer's resolution.
      const mm = 72 / 25.4;
      const heading = findPhrase(pdf, 'Where to go');
      expect(heading, '"Where to go" on the page').toBeDefined();
      const portalQr = scanQr(pdf, { x: heading!.xMin - 2 * mm, y: heading!.yMax, w: 21 * mm, h: 22 * mm });
      expect(portalQr, 'first portal QR').toBe(plan.portals[0]!.url);
      const caption = findPhrase(pdf, 'Scan to keep this checklist');
      expect(caption, 'whole-checklist QR caption on the page').toBeDefined();
      const wholeQr = scanQr(pdf, { x: caption!.xMin - 46 * mm, y: caption!.yMin - 2 * mm, w: 45 * mm, h: 45 * mm });
      expect(wholeQr, 'whole-checklist QR').toBe(checklistPlainText(plan, 'en', content.printText));
    });
  }

  it('A in Spanish: accents survive the spooler', async () => {
    const answers = SCENARIOS[0]!.answers;
    const plan = buildPlan(answers, content);
    const { text } = await print(answers, 'es');
    const printed = squash(text);
    expect(printed).toContain(squash('Su lista para iniciar sesión en TRICARE'));
    expect(printed).toContain(squash('Líneas de ayuda'));
    for (const step of plan.steps) expect(printed, `paso "${step.text.es}"`).toContain(squash(step.text.es));
  });

  it('logged nothing for the staff: every print went through', () => {
    expect(logs).toEqual([]);
  });
});
