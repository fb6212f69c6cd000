import type { ReactNode } from 'react';
import type { LocalizedText } from '../../../shared/i18n';
import { useKiosk } from '../kiosk-context';
import { AnswerGroup } from './AnswerGroup';
import { TouchButton } from './TouchButton';

export interface ChoiceItem {
  id: string;
  label: LocalizedText;
  hint?: LocalizedText;
}

/** The content id of the "I'm not sure" answer that every question offers. */
export const UNSURE_ID = 'not-sure';

/**
 * One big answer button: the label, a one-line hint under it, and a check mark when it is the
 * visitor's earlier answer. An answer moves on at once, so it is a plain button (not a toggle);
 * the earlier answer is marked aria-current.
 */
export function Choice({
  label,
  hint,
  selected,
  unsure,
  onPress,
  testId,
}: {
  label: string;
  hint?: string | undefined;
  selected: boolean;
  unsure?: boolean;
  onPress: () => void;
  testId?: string;
}) {
  const classes = [unsure ? 'choice-unsure' : null, hint ? null : 'choice-plain'].filter(Boolean).join(' ');
  return (
    <TouchButton variant="choice" className={classes || undefined} current={selected} onPress={onPress} testId={testId}>
      <span className="choice-label">{label}</span>
      {/* The space keeps label and hint apart in the button's accessible name. */}
      {hint ? ' ' : null}
      {hint ? <span className="choice-hint">{hint}</span> : null}
    </TouchButton>
  );
}

/**
 * A question answered by one of a list of content items (tasks, beneficiaries, sign-ins): the
 * items in a grid that scrolls with a visible "more choices" control when it does not fit,
 * and "I'm not sure" pinned below it, always on screen.
 */
export function ChoiceList({
  items,
  current,
  onChoose,
  labelledBy,
  listId,
}: {
  items: readonly ChoiceItem[];
  current: string | undefined;
  onChoose: (id: string) => void;
  /** id of the question's heading: the group is named by the question. */
  labelledBy: string;
  listId: string;
}) {
  const { lang } = useKiosk();
  const choice = (item: ChoiceItem): ReactNode => (
    <Choice
      key={item.id}
      label={item.label[lang]}
      hint={item.hint?.[lang]}
      selected={current === item.id}
      unsure={item.id === UNSURE_ID}
      onPress={() => onChoose(item.id)}
      testId={`choice-${item.id}`}
    />
  );
  const unsure = items.find((i) => i.id === UNSURE_ID);
  const rest = items.filter((i) => i.id !== UNSURE_ID);
  return (
    <AnswerGroup labelledBy={labelledBy} listId={listId} pinned={unsure ? choice(unsure) : undefined}>
      <div className={`choices choices-${rest.length > 6 ? 'many' : 'few'}`}>{rest.map(choice)}</div>
    </AnswerGroup>
  );
}
