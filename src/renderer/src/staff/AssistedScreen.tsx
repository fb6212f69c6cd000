import { useState, type ReactNode } from 'react';
import { answersComplete, questionsFor, type QuestionId } from '../../../shared/machine';
import { useKiosk } from '../kiosk-context';
import { PlanView } from '../components/PlanView';
import { ScreenHeading, Shell } from '../components/Shell';
import { TouchButton } from '../components/TouchButton';
import { PRINT_ERROR_KEYS } from '../lib/flow';
import type { UiKey } from '../lib/text';
import { answerLabel } from './assisted-answers';
import { AssistedRegion } from './AssistedRegion';

const TITLES: Record<QuestionId, UiKey> = {
  task: 'task.title',
  region: 'region.title',
  destination: 'region.titleDestination',
  beneficiary: 'beneficiary.title',
  credential: 'credential.title',
};

type Phase = 'editing' | 'printing' | 'printed' | 'failed';

function phaseOf(value: unknown): Phase {
  const flow = (value as { session?: { flow?: unknown } }).session?.flow;
  const checklist = typeof flow === 'object' && flow !== null ? (flow as { checklist?: unknown }).checklist : undefined;
  return checklist === 'printing' || checklist === 'printed' || checklist === 'failed' ? checklist : 'editing';
}

interface QuestionProps {
  q: QuestionId;
  open: boolean;
  onOpen: (q: QuestionId | null) => void;
  onAnswered?: (q: QuestionId) => void;
}

/**
 * One question as a line (its answer and a Change button) or, when open, with its choices.
 * Only one is open at a time, so every question and its answer stay on the screen together.
 */
function Question({ q, open, onOpen, children }: Omit<QuestionProps, 'onAnswered'> & { onAnswered?: unknown; children: ReactNode }) {
  const { t, snapshot, content, lang } = useKiosk();
  const label = answerLabel(q, snapshot.context.answers, content, lang, t('region.unsure'));
  const cls = ['assisted-question', label ? 'answered' : '', open ? 'open' : ''].filter(Boolean).join(' ');
  return (
    <section className={cls} aria-labelledby={`assisted-q-${q}`} data-testid={`assisted-${q}`}>
      <div className="assisted-question-head">
        <h2 id={`assisted-q-${q}`}>{t(TITLES[q])}</h2>
        <p className="assisted-answer" data-testid={`assisted-answer-${q}`}>
          {label ? t('assisted.answer', { answer: label }) : t('assisted.noAnswer')}
        </p>
        {open ? null : (
          <TouchButton
            variant="secondary"
            className="assisted-change"
            onPress={() => onOpen(q)}
            ariaLabel={`${t(label ? 'review.edit' : 'assisted.answerIt')}: ${t(TITLES[q])}`}
            testId={`assisted-open-${q}`}
          >
            {t(label ? 'review.edit' : 'assisted.answerIt')}
          </TouchButton>
        )}
      </div>
      {open ? children : null}
    </section>
  );
}

function ListQuestion(props: QuestionProps & { q: 'task' | 'beneficiary' | 'credential' }) {
  const { q, onAnswered } = props;
  const { content, snapshot, send, lang } = useKiosk();
  const items = q === 'task' ? content.tasks : q === 'beneficiary' ? content.beneficiaries : content.credentials;
  const current = snapshot.context.answers[q];
  return (
    <Question {...props}>
      <div className="assisted-choices" role="group" aria-label={q}>
        {items.map((item) => (
          <TouchButton
            key={item.id}
            variant="choice"
            className={item.id === 'not-sure' ? 'assisted-choice choice-unsure' : 'assisted-choice'}
            pressed={current === item.id}
            onPress={() => {
              send({ type: 'ANSWER', question: q, value: item.id });
              onAnswered?.(q);
            }}
            testId={`assisted-${q}-${item.id}`}
          >
            <span className="choice-label">{item.label[lang]}</span>
          </TouchButton>
        ))}
      </div>
    </Question>
  );
}

/** Printing, printed or failed: the same print states as the walk-up flow, shown beside the answers. */
function PrintStatus({ phase }: { phase: Phase }) {
  const { t, send, snapshot } = useKiosk();
  if (phase === 'editing') return null;
  if (phase === 'printing') {
    return (
      <div className="assisted-status" role="status" aria-live="polite" data-testid="assisted-printing">
        <span className="spinner small" aria-hidden="true" />
        <p>{t('printing.title')}</p>
      </div>
    );
  }
  const failed = phase === 'failed';
  const error = snapshot.context.printError ?? 'render-failed';
  return (
    <div className={failed ? 'assisted-status bad' : 'assisted-status'} role={failed ? 'alert' : 'status'} data-testid={`assisted-${phase}`}>
      <p>{failed ? `${t('assisted.failed')} ${t(PRINT_ERROR_KEYS[error])}` : t('assisted.printed')}</p>
      <div className="assisted-status-actions">
        {failed ? (
          <TouchButton variant="primary" onPress={() => send({ type: 'PRINT' })} testId="assisted-retry">
            {t('failed.retry')}
          </TouchButton>
        ) : null}
        <TouchButton variant="secondary" onPress={() => send({ type: 'BACK' })} testId="assisted-back">
          {t('assisted.back')}
        </TouchButton>
      </div>
    </div>
  );
}

/**
 * The staff-assisted session: a staff member drives with the visitor beside them. Every
 * question on one screen (each answer changeable in place), and beside it the very checklist
 * the walk-up flow shows — the same plan (buildPlan, computed once in App) in the same
 * PlanView — updating with each answer. Prints go through the machine's print states.
 */
export function AssistedScreen() {
  const { snapshot, send, t, plan } = useKiosk();
  const ctx = snapshot.context;
  const phase = phaseOf(snapshot.value);
  const complete = answersComplete(ctx);
  const asked = questionsFor(ctx);
  const missing = asked.filter((q) => ctx.answers[q] === undefined);
  const idle = phase === 'editing';
  // The open question: the one staff tapped, else the first still unanswered.
  const [chosen, setChosen] = useState<QuestionId | null | undefined>(undefined);
  const openQ = chosen === undefined ? (missing[0] ?? null) : chosen;
  // After an answer, the next unanswered question opens (a move's destination appears then).
  const answered = (q: QuestionId) => {
    const after = questionsFor({ ...ctx, answers: { ...ctx.answers, [q]: true as never } }).filter(
      (x) => x !== q && ctx.answers[x] === undefined,
    );
    setChosen(after[0] ?? null);
  };
  const qprops = (q: QuestionId) => ({ open: openQ === q, onOpen: setChosen, onAnswered: answered });

  const footer = (
    <>
      <TouchButton variant="secondary" onPress={() => send({ type: 'END_ASSISTED' })} testId="assisted-end">
        {t('assisted.end')}
      </TouchButton>
      <div className="nav-spacer" />
      <TouchButton variant="secondary" onPress={() => send({ type: 'PRINT', staffCopy: true })} disabled={!complete || !idle} testId="assisted-print-staff">
        {t('assisted.printStaff')}
      </TouchButton>
      <TouchButton variant="secondary" onPress={() => send({ type: 'PRINT', copies: 2 })} disabled={!complete || !idle} testId="assisted-print-two">
        {t('assisted.printTwo')}
      </TouchButton>
      <TouchButton variant="primary" className="nav-main print-button" onPress={() => send({ type: 'PRINT', copies: 1 })} disabled={!complete || !idle} testId="assisted-print">
        <span className="print-icon" aria-hidden="true" />
        {t('assisted.print')}
      </TouchButton>
    </>
  );

  return (
    <Shell className="assisted" footer={footer}>
      <div className="assisted-head">
        <ScreenHeading>{t('assisted.title')}</ScreenHeading>
        <p className="lead">{t('assisted.lead')}</p>
      </div>
      <div className="assisted-columns">
        {/* Each column scrolls on its own; focusable so a keyboard can scroll it too. */}
        <div className="assisted-questions" aria-label={t('assisted.questions')} role="region" tabIndex={0} data-testid="assisted-questions">
          <ListQuestion {...qprops('task')} q="task" />
          <Question {...qprops('region')} q="region">
            <AssistedRegion question="region" onAnswered={answered} />
          </Question>
          {asked.includes('destination') ? (
            <Question {...qprops('destination')} q="destination">
              <AssistedRegion question="destination" onAnswered={answered} />
            </Question>
          ) : null}
          <ListQuestion {...qprops('beneficiary')} q="beneficiary" />
          <ListQuestion {...qprops('credential')} q="credential" />
        </div>
        <div className="assisted-checklist" role="region" aria-label={t('result.title')} tabIndex={0} data-testid="assisted-checklist">
          <h2 className="assisted-checklist-title">{t('result.title')}</h2>
          <PrintStatus phase={phase} />
          {complete && plan ? (
            <PlanView plan={plan} />
          ) : (
            <div className="assisted-waiting" data-testid="assisted-waiting">
              <p>{t('assisted.waiting')}</p>
              <p>
                <strong>{t('assisted.missing')}</strong> {missing.map((q) => t(TITLES[q])).join(' · ')}
              </p>
            </div>
          )}
        </div>
      </div>
    </Shell>
  );
}
