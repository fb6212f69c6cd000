import { useMemo } from 'react';
import { cachedChecklistQr } from '../lib/checklist-cache';
import { useKiosk } from '../kiosk-context';
import type { UiKey } from '../lib/text';
import { QrCode } from './QrCode';

const HINTS = { full: 'result.qrAllHint.full', compact: 'result.qrAllHint.compact', minimal: 'result.qrAllHint.minimal' } as const satisfies Record<string, UiKey>;

/**
 * The QR code of the checklist as plain text (exactly what the printed page's code holds), with
 * a hint that says truthfully what it holds: take it home on a phone instead of, or as well
 * as, paper. Also offered when printing fails.
 */
export function ChecklistQr({ px }: { px: number }) {
  const { t, plan, lang, content } = useKiosk();
  const qr = useMemo(() => (plan ? cachedChecklistQr(plan, lang, content.printText) : null), [plan, lang, content.printText]);
  if (!qr) return null;
  return (
    <section className="checklist-qr" aria-labelledby="checklist-qr-title" data-qr-detail={qr.detail}>
      <QrCode text={qr.text} label={t('result.qrAllLabel')} px={px} testId="qr-checklist" />
      <div>
        <h2 id="checklist-qr-title">{t('result.qrAll')}</h2>
        <p>{t(HINTS[qr.detail])}</p>
      </div>
    </section>
  );
}
