import type { ReactNode } from 'react';
import { TouchButton } from '../components/TouchButton';

/** A titled block of the staff panel. */
export function StaffSection({ title, children, testId, aside }: { title: string; children: ReactNode; testId?: string; aside?: ReactNode }) {
  const id = `staff-section-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <section className="staff-section" aria-labelledby={id} data-testid={testId}>
      <div className="staff-section-head">
        <h3 id={id}>{title}</h3>
        {aside}
      </div>
      {children}
    </section>
  );
}

export interface Option<T> {
  value: T;
  label: string;
  hint?: string;
  testId?: string;
}

/** One-of-several setting as a row of toggle buttons (pressed = current). */
export function OptionRow<T extends string | number | null>({
  label,
  options,
  current,
  onChoose,
  disabled,
}: {
  label: string;
  options: readonly Option<T>[];
  current: T;
  onChoose: (value: T) => void;
  disabled?: boolean;
}) {
  return (
    <div className="staff-options" role="group" aria-label={label}>
      {options.map((o) => (
        <TouchButton
          key={String(o.value)}
          variant="choice"
          className="staff-option"
          pressed={o.value === current}
          onPress={() => onChoose(o.value)}
          disabled={disabled}
          testId={o.testId}
        >
          <span className="choice-label">{o.label}</span>
          {o.hint ? ' ' : null}
          {o.hint ? <span className="choice-hint">{o.hint}</span> : null}
        </TouchButton>
      ))}
    </div>
  );
}

/** A result line after an action: polite status, or an alert when it went wrong. */
export function Outcome({ text, bad, testId }: { text: string | null; bad?: boolean; testId?: string }) {
  return (
    <p className={bad ? 'staff-outcome bad' : 'staff-outcome'} role={bad ? 'alert' : 'status'} data-testid={testId}>
      {text ?? ''}
    </p>
  );
}
