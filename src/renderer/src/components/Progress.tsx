import { questionsFor, type QuestionId } from '../../../shared/machine';
import { useKiosk } from '../kiosk-context';
import { stepOf } from '../lib/flow';
import { ScreenHeading } from './Shell';

/** "Step 2 of 4" with a segmented bar (the bar is decoration; the words carry the meaning). */
export function Progress({ question }: { question: QuestionId }) {
  const { t, snapshot } = useKiosk();
  const { step, total } = stepOf(question, questionsFor(snapshot.context));
  return (
    <div className="progress" data-testid="progress">
      <p className="progress-text">{t('nav.step', { n: step, total })}</p>
      <div className="progress-bar" aria-hidden="true">
        {Array.from({ length: total }, (_, i) => (
          <span key={i} className={i < step ? 'progress-seg done' : 'progress-seg'} />
        ))}
      </div>
    </div>
  );
}

/** A question's title with its progress beside it (the title takes focus when the question appears). */
export function QuestionHead({ question, title }: { question: QuestionId; title: string }) {
  return (
    <div className="question-head">
      <ScreenHeading>{title}</ScreenHeading>
      <Progress question={question} />
    </div>
  );
}
