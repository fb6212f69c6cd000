import { useMemo } from 'react';
import { checklistPlainText } from '../../../shared/checklist/plain';
import { useKiosk } from '../kiosk-context';
import { PlanView } from '../components/PlanView';
import { QrCode } from '../components/QrCode';
import { QuestionNav, ScreenHeading, Shell } from '../components/Shell';
import { TouchButton } from '../components/TouchButton';

/** The QR of the whole checklist as plain text: take it home on a phone instead of (or as well as) paper (also on the failed-print screen). */
export function ChecklistQr({ px }: { px: number }) {
  const { t, plan, lang, content } = useKiosk();
  // Exactly the text the printout's QR holds (the shared checklist document makes both).
  const text = useMemo(() => (plan ? checklistPlainText(plan, lang, content.printText) : null), [plan, lang, content.printText]);
  if (!text) return null;
  return (
    <section className="checklist-qr" aria-labelledby="checklist-qr-title">
      <QrCode text={text} label={t('result.qrAllLabel')} px={px} testId="qr-checklist" />
      <div>
        <h2 id="checklist-qr-title">{t('result.qrAll')}</h2>
        <p>{t('result.qrAllHint')}</p>
      </div>
    </section>
  );
}

export function ChecklistScreen() {
  const { plan, send, t } = useKiosk();
  if (!plan) return null;
  const print = (
    <TouchButton variant="primary" className="nav-main print-button" onPress={() => send({ type: 'PRINT' })} testId="print">
      <span className="print-icon" aria-hidden="true" />
      {t('result.print')}
    </TouchButton>
  );
  return (
    <Shell className="checklist" footer={<QuestionNav>{print}</QuestionNav>}>
      <ScreenHeading>{t('result.title')}</ScreenHeading>
      <PlanView plan={plan} aside={<ChecklistQr px={400} />} />
    </Shell>
  );
}
