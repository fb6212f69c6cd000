import { useEffect, useMemo, useState } from 'react';
import { afterPaint } from '../lib/after-paint';
import { cachedPrintBody } from '../lib/checklist-cache';
import { useKiosk } from '../kiosk-context';

/**
 * The printed checklist for the browser build: the body of the shared checklist document
 * (the same one Electron prints), hidden on screen and shown by @media print. The document's
 * <style> is not part of it at all (the page's CSP allows no inline styles, and parsing the
 * full document would make the browser report that style as refused): the same CSS comes from
 * checklist-print.css instead, generated from checklistCss() and scoped to .print-sheet.
 * The HTML is the shared renderer's escaped output, never visitor input.
 *
 * It is built while the review screen is read (lib/checklist-cache) and put in the page only
 * after the checklist screen has painted: it is hidden, and Print cannot be tapped sooner.
 */
export function PrintSheet() {
  const { plan, lang, content } = useKiosk();
  const painted = useAfterPaint();
  const html = useMemo(
    () => (plan && painted ? cachedPrintBody(plan, lang, content.printText, new Date()) : ''),
    [plan, lang, content.printText, painted],
  );
  if (!html) return null;
  return <div className="print-sheet" lang={lang} aria-hidden="true" data-testid="print-sheet" dangerouslySetInnerHTML={{ __html: html }} />;
}

/** False for the first frame after mounting, then true (a frame, then a task: after the paint). */
function useAfterPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => afterPaint(() => setPainted(true)), []);
  return painted;
}
