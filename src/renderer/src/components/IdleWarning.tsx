import { useEffect, useState } from 'react';
import { useKiosk } from '../kiosk-context';
import { announcedSeconds, secondsLeft } from '../lib/countdown';
import { Dialog } from './Dialog';
import { TouchButton } from './TouchButton';

/**
 * "Are you still there?" over the whole screen, counting down the machine's warning time
 * (at least 20 s, WCAG 2.2.1). The machine owns the timer; this only draws it. The number is
 * for the eyes; a screen reader hears the time at a few points, not every second. Escape
 * means "I need more time".
 */
export function IdleWarning() {
  const { snapshot, send, t } = useKiosk();
  const totalMs = snapshot.context.warningMs;
  const total = Math.round(totalMs / 1000);
  const [deadline] = useState(() => Date.now() + totalMs);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(id);
  }, []);
  const left = secondsLeft(deadline, now);
  const more = () => send({ type: 'MORE_TIME' });
  return (
    <Dialog id="idle-warning" title={t('idle.title')} lead={<p>{t('idle.lead')}</p>} onEscape={more}>
      <p className="countdown" aria-hidden="true" data-testid="countdown">
        <span className="countdown-n">{left}</span>
        <span className="countdown-unit">{t('idle.unit')}</span>
      </p>
      <p className="sr-only" aria-live="assertive" aria-atomic="true">
        {t('idle.announce', { n: announcedSeconds(left, total) })}
      </p>
      <TouchButton variant="primary" className="big" onPress={more} testId="more-time">
        {t('idle.more')}
      </TouchButton>
    </Dialog>
  );
}
