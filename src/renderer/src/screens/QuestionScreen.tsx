import { useKiosk } from '../kiosk-context';
import { ChoiceList, type ChoiceItem } from '../components/Choice';
import { QuestionHead } from '../components/Progress';
import { QuestionNav, SCREEN_TITLE_ID, Shell } from '../components/Shell';
import type { UiKey } from '../lib/text';

type ListQuestion = 'task' | 'beneficiary' | 'credential';

const WORDING: Record<ListQuestion, { title: UiKey; lead: UiKey }> = {
  task: { title: 'task.title', lead: 'task.lead' },
  beneficiary: { title: 'beneficiary.title', lead: 'beneficiary.lead' },
  credential: { title: 'credential.title', lead: 'credential.lead' },
};

/** Task, beneficiary and sign-in: one question, its choices from content (the "not sure" item pinned below them). */
export function QuestionScreen({ question }: { question: ListQuestion }) {
  const { content, snapshot, send, t } = useKiosk();
  const items: readonly ChoiceItem[] =
    question === 'task' ? content.tasks : question === 'beneficiary' ? content.beneficiaries : content.credentials;
  return (
    <Shell className="question" footer={<QuestionNav />}>
      <QuestionHead question={question} title={t(WORDING[question].title)} />
      <p className="lead">{t(WORDING[question].lead)}</p>
      <ChoiceList
        items={items}
        current={snapshot.context.answers[question]}
        onChoose={(value) => send({ type: 'ANSWER', question, value })}
        labelledBy={SCREEN_TITLE_ID}
        listId={`${question}-choices`}
      />
    </Shell>
  );
}
