import { useState } from 'react';
import { LANGS, type Lang } from '../../../shared/i18n';
import type { PublicSettings } from '../../../shared/ipc';
import { TouchButton } from '../components/TouchButton';
import { PinPad } from './PinPad';
import { Outcome, OptionRow, StaffSection, type Option } from './parts';
import type { TabProps } from './StaffPanel';
import { TextKeyboard } from './TextKeyboard';
import { useSettingChange } from './use-setting';
import { LANG_NAMES, seconds } from './wording';

const IDLE_CHOICES = [30, 45, 60, 90, 120, 180, 300];
const WARNING_CHOICES = [20, 30, 45, 60];
const PRINT_TIMEOUT_CHOICES = [30, 60, 120, 300];

/** The current value always shows as a choice, even when the file holds one not in the list. */
function secondsOptions(choices: number[], current: number, prefix: string): Option<number>[] {
  const all = choices.includes(current) ? choices : [...choices, current].sort((a, b) => a - b);
  return all.map((n) => ({ value: n, label: seconds(n), testId: `${prefix}-${n}` }));
}

type Editing = { kind: 'none' } | { kind: 'text'; field: 'kioskName' | 'kioskLocation' } | { kind: 'pin'; first?: string };

/** Idle time, warning, print time-out, default language, the kiosk's name and place, the PIN. */
export function KioskTab(props: TabProps & { onPublicSettings?: (s: PublicSettings) => void }) {
  const { overview, api, expired } = props;
  const s = overview.settings;
  const { change, messages, busy } = useSettingChange(props);
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const [pinNote, setPinNote] = useState<{ text: string; bad: boolean } | null>(null);

  const field = (name: string) => <Outcome text={messages[name]?.text ?? null} bad={messages[name]?.bad ?? false} testId={`${name}-message`} />;

  return (
    <>
      <StaffSection title="Kiosk" testId="staff-kiosk-name">
        <dl className="staff-facts">
          <div>
            <dt>Name</dt>
            <dd data-testid="kiosk-name">{s.kioskName || 'not set'}</dd>
            <dd>
              <TouchButton variant="secondary" onPress={() => setEditing({ kind: 'text', field: 'kioskName' })} testId="edit-kioskName">
                Change name
              </TouchButton>
            </dd>
          </div>
          <div>
            <dt>Location</dt>
            <dd data-testid="kiosk-location">{s.kioskLocation || 'not set'}</dd>
            <dd>
              <TouchButton variant="secondary" onPress={() => setEditing({ kind: 'text', field: 'kioskLocation' })} testId="edit-kioskLocation">
                Change location
              </TouchButton>
            </dd>
          </div>
        </dl>
        {field('kioskName')}
        {field('kioskLocation')}
      </StaffSection>
      <StaffSection title="Default language" testId="staff-language">
        <p className="staff-lead">The language the welcome screen starts in. Visitors can still switch at any time.</p>
        <OptionRow<Lang>
          label="Default language"
          current={s.defaultLang}
          disabled={busy}
          onChoose={(defaultLang) => void change({ defaultLang })}
          options={LANGS.map((l) => ({ value: l, label: LANG_NAMES[l], testId: `default-lang-${l}` }))}
        />
        {field('defaultLang')}
      </StaffSection>
      <StaffSection title="Idle time" testId="staff-idle">
        <p className="staff-lead">How long a visitor may leave the screen untouched before &ldquo;Are you still there?&rdquo; appears.</p>
        <OptionRow label="Idle time" current={s.idleSeconds} disabled={busy} onChoose={(idleSeconds) => void change({ idleSeconds })} options={secondsOptions(IDLE_CHOICES, s.idleSeconds, 'idle')} />
        {field('idleSeconds')}
        <p className="staff-lead">Then the countdown before the screen clears itself (at least 20 s).</p>
        <OptionRow
          label="Warning countdown"
          current={s.warningSeconds}
          disabled={busy}
          onChoose={(warningSeconds) => void change({ warningSeconds })}
          options={secondsOptions(WARNING_CHOICES, s.warningSeconds, 'warning')}
        />
        {field('warningSeconds')}
      </StaffSection>
      <StaffSection title="Print time-out" testId="staff-print-timeout">
        <p className="staff-lead">How long a print may take before it is cancelled and the visitor is told.</p>
        <OptionRow
          label="Print time-out"
          current={s.printTimeoutSeconds}
          disabled={busy}
          onChoose={(printTimeoutSeconds) => void change({ printTimeoutSeconds })}
          options={secondsOptions(PRINT_TIMEOUT_CHOICES, s.printTimeoutSeconds, 'print-timeout')}
        />
        {field('printTimeoutSeconds')}
      </StaffSection>
      <StaffSection title="Staff PIN" testId="staff-pin">
        <p className="staff-lead">Kept only as a salted hash. Six to twelve digits.</p>
        <TouchButton variant="secondary" onPress={() => setEditing({ kind: 'pin' })} testId="change-pin">
          Change the staff PIN
        </TouchButton>
        <Outcome text={pinNote?.text ?? null} bad={pinNote?.bad ?? false} testId="pin-change-message" />
      </StaffSection>

      {editing.kind === 'text' ? (
        <TextKeyboard
          title={editing.field === 'kioskName' ? 'Kiosk name' : 'Kiosk location'}
          lead={editing.field === 'kioskName' ? 'Shown on the staff panel, test page, usage report and CSV.' : 'For example: Building 2, Family Readiness Center'}
          initial={s[editing.field]}
          maxLength={editing.field === 'kioskName' ? 60 : 80}
          keys="text"
          onCancel={() => setEditing({ kind: 'none' })}
          onDone={async (text) => {
            const ok = await change({ [editing.field]: text });
            if (ok) {
              setEditing({ kind: 'none' });
              return null;
            }
            return 'Not saved. Letters, digits, spaces and . , \' # & ( ) / : - only.';
          }}
        />
      ) : null}
      {editing.kind === 'pin' ? (
        <PinPad
          key={editing.first === undefined ? 'new' : 'again'}
          testId="new-pin-pad"
          title={editing.first === undefined ? 'New staff PIN' : 'New staff PIN again'}
          lead={editing.first === undefined ? 'Type the new PIN (6 to 12 digits).' : 'Type the same PIN again to confirm it.'}
          submitLabel={editing.first === undefined ? 'Next' : 'Save PIN'}
          onCancel={() => setEditing({ kind: 'none' })}
          onSubmit={async (pin) => {
            if (editing.first === undefined) {
              setEditing({ kind: 'pin', first: pin });
              return null;
            }
            if (pin !== editing.first) {
              setPinNote({ text: 'The two PINs differed. The PIN was not changed.', bad: true });
              setEditing({ kind: 'none' });
              return null;
            }
            const r = await api.changePin(pin);
            setEditing({ kind: 'none' });
            if (r.ok) setPinNote({ text: 'The staff PIN was changed.', bad: false });
            else if (r.error.type === 'not-in-staff-mode') expired();
            else if (r.error.type === 'save-failed') setPinNote({ text: `The new PIN works until the kiosk restarts, but could not be saved: ${r.error.detail}`, bad: true });
            else setPinNote({ text: `The PIN was not changed: ${r.error.detail}`, bad: true });
            return null;
          }}
        />
      ) : null}
    </>
  );
}
