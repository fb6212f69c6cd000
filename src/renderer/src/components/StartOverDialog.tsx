import { useKiosk } from '../kiosk-context';
import { Dialog } from './Dialog';
import { TouchButton } from './TouchButton';

/**
 * "Start over? Your answers will be cleared." The machine holds the question
 * (session.dialog), so speech can read it too. "Keep my answers" is the safe answer: first,
 * the big one, and what Escape does. Starting over keeps this visitor's display settings.
 */
export function StartOverDialog({ blocked }: { blocked: boolean }) {
  const { send, t } = useKiosk();
  const keep = () => send({ type: 'KEEP_ANSWERS' });
  return (
    <Dialog id="start-over-dialog" title={t('startOver.title')} lead={<p>{t('startOver.lead')}</p>} onEscape={keep} blocked={blocked}>
      <div className="dialog-actions">
        <TouchButton variant="primary" className="big" onPress={keep} testId="keep-answers">
          {t('startOver.keep')}
        </TouchButton>
        <TouchButton variant="secondary" className="big dialog-destructive" onPress={() => send({ type: 'CONFIRM_START_OVER' })} testId="confirm-start-over">
          <span className="start-over-icon" aria-hidden="true">
            ↺
          </span>
          {t('startOver.confirm')}
        </TouchButton>
      </div>
    </Dialog>
  );
}
