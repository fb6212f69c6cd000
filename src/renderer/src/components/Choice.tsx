import type { LocalizedText } from '../../../shared/i18n';
import { useKiosk } from '../kiosk-context';
import { TouchButton } from './TouchButton';

export interface ChoiceItem {
  id: string;
  label: LocalizedText;
  hint?: LocalizedText;
}

/** One big answer button: the label, a one-line hint under it, and a mark when it is the current answer. */
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
  return (
    <TouchButton
      variant="choice"
      className={unsure ? 'choice-unsure' : undefined}
      pressed={selected}
      onPress={onPress}
      testId={testId}
    >
      <span className="choice-label">{label}</span>
      {/* The space keeps label and hint apart in the button's accessible name. */}
      {hint ? ' ' : null}
      {hint ? <span className="choice-hint">{hint}</span> : null}
    </TouchButton>
  );
}

/** A question answered by one of a list of content items (tasks, beneficiaries, sign-ins). */
export function ChoiceList({
  items,
  current,
  onChoose,
}: {
  items: readonly ChoiceItem[];
  current: string | undefined;
  onChoose: (id: string) => void;
}) {
  const { lang } = useKiosk();
  return (
    <div className={`choices choices-${items.length > 6 ? 'many' : 'few'}`}>
      {items.map((item) => (
        <Choice
          key={item.id}
          label={item.label[lang]}
          hint={item.hint?.[lang]}
          selected={current === item.id}
          unsure={item.id === 'not-sure'}
          onPress={() => onChoose(item.id)}
          testId={`choice-${item.id}`}
        />
      ))}
    </div>
  );
}
