import { useKiosk } from '../kiosk-context';
import { ChecklistQr } from '../components/ChecklistQr';
import { PlanView } from '../components/PlanView';
import { QuestionNav, ScreenHeading, Shell } from '../components/Shell';
import { TouchButton } from '../components/TouchButton';

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
