import type { QuestionId } from '../../../shared/machine';
import { useKiosk } from '../kiosk-context';
import { stepOf } from '../lib/flow';
import type { UiKey } from '../lib/text';
import { ScreenHeading } from './Shell';

/** The four steps by name, as on a USWDS step indicator (the destination is part of "Where"). */
const STEP_NAMES: readonly UiKey[] = ['progress.task', 'progress.where', 'progress.who', 'progress.signIn'];

/**
 * "Step 2 of 4" and a bar of named segments (What · Where · Who · Sign-in), always on one line
 * under the title. The words "Step 2 of 4" carry the meaning; the bar is decoration.
 */
export function Progress({ question }: { question: QuestionId }) {
  const { t } = useKiosk();
  const { step, total } = stepOf(question);
  return (
    <div className="progress" data-testid="progress">
      <p className="progress-text">{t('nav.step', { n: step, total })}</p>
      <ol className="progress-bar" aria-hidden="true">
        {Array.from({ length: total }, (_, i) => (
          <li key={i} className={i < step ? (i === step - 1 ? 'progress-seg done now' : 'progress-seg done') : 'progress-seg'}>
            <span className="progress-seg-bar" />
            <span className="progress-seg-name">{STEP_NAMES[i] ? t(STEP_NAMES[i]) : i + 1}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}

/** A question's title with its progress under it (the title takes focus when the question appears). */
export function QuestionHead({ question, title }: { question: QuestionId; title: string }) {
  return (
    <div className="question-head">
      <ScreenHeading>{title}</ScreenHeading>
      <Progress question={question} />
    </div>
  );
}
