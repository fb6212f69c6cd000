import { useKiosk } from '../kiosk-context';
import { QuestionNav, ScreenHeading, Shell } from '../components/Shell';
import { TouchButton } from '../components/TouchButton';

/**
 * The answers in plain words (from the plan's summary), each with Change; then "Show my
 * checklist" right under them (GOV.UK's check-answers pattern), not at the far bottom.
 */
export function ReviewScreen() {
  const { plan, send, t, lang } = useKiosk();
  if (!plan) return null;
  return (
    <Shell className="review" footer={<QuestionNav />}>
      <ScreenHeading>{t('review.title')}</ScreenHeading>
      <p className="lead">{t('review.lead')}</p>
      <dl className="review-list">
        {plan.summary.map((row) => (
          <div className="review-row" key={row.question} data-testid={`review-${row.question}`}>
            <dt>{row.label[lang]}</dt>
            <dd>{row.value[lang]}</dd>
            <dd className="review-edit">
              <TouchButton
                variant="secondary"
                onPress={() => send({ type: 'EDIT', question: row.question })}
                ariaLabel={t('review.editLabel', { question: row.label[lang] })}
                testId={`edit-${row.question}`}
              >
                {t('review.edit')}
              </TouchButton>
            </dd>
          </div>
        ))}
      </dl>
      <div className="review-actions">
        <TouchButton variant="primary" className="nav-main" onPress={() => send({ type: 'CONFIRM' })} testId="confirm">
          {t('review.confirm')}
        </TouchButton>
      </div>
    </Shell>
  );
}
