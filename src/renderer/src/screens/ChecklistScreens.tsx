import { useKiosk } from '../kiosk-context';
import { ChecklistQr } from '../components/ChecklistQr';
import { PlanView } from '../components/PlanView';
import { QuestionNav, ScreenHeading, Shell } from '../components/Shell';
import { TouchButton } from '../components/TouchButton';
import { PRINT_ERROR_KEYS } from '../lib/flow';

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

export function PrintingScreen() {
  const { t } = useKiosk();
  return (
    <Shell className="status-screen printing">
      <div className="status-card" role="status" aria-live="polite">
        <span className="spinner" aria-hidden="true" />
        <ScreenHeading>{t('printing.title')}</ScreenHeading>
        <p className="lead">{t('printing.lead')}</p>
      </div>
    </Shell>
  );
}

export function PrintedScreen() {
  const { send, t } = useKiosk();
  return (
    <Shell className="status-screen printed">
      <div className="status-card" role="status" aria-live="polite">
        <span className="status-icon status-ok" aria-hidden="true" />
        <ScreenHeading>{t('printed.title')}</ScreenHeading>
        <p className="lead">{t('printed.lead')}</p>
        <TouchButton variant="primary" className="big" onPress={() => send({ type: 'FINISH' })} testId="finish">
          {t('printed.finish')}
        </TouchButton>
      </div>
    </Shell>
  );
}

export function FailedScreen() {
  const { snapshot, send, t } = useKiosk();
  const error = snapshot.context.printError ?? 'render-failed';
  return (
    <Shell className="status-screen failed">
      <div className="status-card" role="alert">
        <ScreenHeading>{t('failed.title')}</ScreenHeading>
        <p className="lead failed-reason" data-testid="failed-reason">
          {t(PRINT_ERROR_KEYS[error])}
        </p>
        <p className="lead">{t('failed.fallback')}</p>
        <ChecklistQr px={400} />
        <div className="status-actions">
          <TouchButton variant="secondary" onPress={() => send({ type: 'FINISH' })} testId="finish">
            {t('failed.finish')}
          </TouchButton>
          <TouchButton variant="primary" onPress={() => send({ type: 'PRINT' })} testId="retry">
            {t('failed.retry')}
          </TouchButton>
        </div>
      </div>
    </Shell>
  );
}
