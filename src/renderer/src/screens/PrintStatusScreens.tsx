import { useKiosk } from '../kiosk-context';
import { QuestionNav, ScreenHeading, Shell } from '../components/Shell';
import { TouchButton } from '../components/TouchButton';
import { PRINT_ERROR_KEYS } from '../lib/flow';
import { ChecklistQr } from './ChecklistScreens';

/**
 * The screens around a print job: printing, done, and did not print. While printing the
 * visitor can still leave (Start over, which asks first); a job that never answers ends on
 * the failure screen at the machine's print deadline; after a failure the visitor can go back
 * to the checklist on screen, try again, or finish.
 */

export function PrintingScreen() {
  const { t } = useKiosk();
  return (
    <Shell className="status-screen printing" footer={<QuestionNav back={false} />}>
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
      <div className="status-card failed-card" role="alert">
        <ScreenHeading>{t('failed.title')}</ScreenHeading>
        <p className="lead failed-reason" data-testid="failed-reason">
          {t(PRINT_ERROR_KEYS[error])}
        </p>
        <p className="lead">{t('failed.fallback')}</p>
        <div className="failed-qr">
          <ChecklistQr px={400} />
        </div>
        <div className="status-actions">
          <TouchButton variant="secondary" onPress={() => send({ type: 'BACK' })} testId="back-to-checklist">
            <span className="arrow" aria-hidden="true">
              ←
            </span>
            {t('failed.backToChecklist')}
          </TouchButton>
          <TouchButton variant="primary" onPress={() => send({ type: 'PRINT' })} testId="retry">
            {t('failed.retry')}
          </TouchButton>
        </div>
        <TouchButton variant="text" className="failed-finish" onPress={() => send({ type: 'FINISH' })} testId="finish">
          {t('failed.finish')}
        </TouchButton>
      </div>
    </Shell>
  );
}
