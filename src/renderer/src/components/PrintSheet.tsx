import { useMemo } from 'react';
import { renderChecklistBody } from '../../../shared/checklist/html';
import { useKiosk } from '../kiosk-context';

/**
 * The printed checklist for the browser build: the body of the shared checklist document
 * (the same one Electron prints), hidden on screen and shown by @media print. The document's
 * <style> is not part of it at all (the page's CSP allows no inline styles, and parsing the
 * full document would make the browser report that style as refused): the same CSS comes from
 * checklist-print.css instead, generated from checklistCss() and scoped to .print-sheet.
 * The HTML is the shared renderer's escaped output, never visitor input.
 */
export function PrintSheet() {
  const { plan, lang, content } = useKiosk();
  const html = useMemo(
    () => (plan ? renderChecklistBody(plan, { lang, paper: 'letter', text: content.printText, printedAt: new Date() }) : ''),
    [plan, lang, content.printText],
  );
  if (!html) return null;
  return <div className="print-sheet" lang={lang} aria-hidden="true" data-testid="print-sheet" dangerouslySetInnerHTML={{ __html: html }} />;
}
