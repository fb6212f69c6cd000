import { describe, expect, it } from 'vitest';
import { checklistQrText, renderChecklistHtml } from '../../src/shared/checklist';
import { LANGS } from '../../src/shared/i18n';
import { buildPlan } from '../../src/shared/plan';
import { SCENARIOS } from '../integration/fixtures/scenarios';
import { realContent } from './content-fixture';

/**
 * Golden printed text for the three seed scenarios, in both languages: the words a visitor
 * takes home (the printed document's text, and the plain text behind its QR code). A change
 * to data/ or to the document shows up here as a reviewable diff.
 */
const content = realContent();
const printedAt = new Date('2026-11-25T15:00:00Z');

/** The document's visible text, one block per line (tags and the QR SVGs dropped). */
function visibleText(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<svg[\s\S]*?<\/svg>/g, '[QR]')
    .replace(/<wbr>/g, '')
    .replace(/<br>/g, '\n')
    .replace(/<\/(h1|h2|h3|p|li|dt|dd|div|header|section|figure|figcaption)>/g, '\n')
    .replace(/<\/?span[^>]*>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\u2011/g, '-')
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

describe('golden printed checklists', () => {
  for (const s of SCENARIOS) {
    for (const lang of LANGS) {
      it(`${s.name} (${lang})`, () => {
        const plan = buildPlan(s.answers, content);
        const html = renderChecklistHtml(plan, { lang, paper: 'letter', text: content.printText, printedAt });
        expect(visibleText(html)).toMatchSnapshot('printed document');
        const qr = checklistQrText(plan, lang, content.printText);
        expect(`[${qr.detail}]\n${qr.text}`).toMatchSnapshot('QR plain text');
      });
    }
  }
});
