import { useCallback, useEffect, useState } from 'react';
import type { ExportTarget } from '../../../shared/staff/contract';
import { TouchButton } from '../components/TouchButton';
import { Outcome, StaffSection } from './parts';
import type { TabProps } from './StaffPanel';
import { TextKeyboard } from './TextKeyboard';
import { EXPORT_ERRORS } from './wording';

/**
 * Saving the counts as CSV: pick a mounted removable drive, or type a folder path on the
 * on-screen keyboard. No OS file dialog (it would be a way out of the kiosk); main checks
 * the folder and writes the file.
 */
export function ExportView({ api, expired, onDone }: TabProps & { onDone: () => void }) {
  const [targets, setTargets] = useState<ExportTarget[] | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [typing, setTyping] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ text: string; bad: boolean } | null>(null);

  const refresh = useCallback(async () => {
    const r = await api.exportTargets();
    if (r.ok) {
      setTargets(r.value);
      setChosen((c) => c ?? r.value.find((t) => t.writable)?.path ?? null);
    } else if (r.error.type === 'not-in-staff-mode') expired();
  }, [api, expired]);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  const save = async (dir: string): Promise<string | null> => {
    setBusy(true);
    setResult(null);
    try {
      const r = await api.exportCsv(dir);
      if (r.ok) {
        setResult({ text: `Saved ${r.value.days} days to ${r.value.file}`, bad: false });
        return null;
      }
      if (r.error.type === 'not-in-staff-mode') {
        expired();
        return null;
      }
      const text = r.error.type === 'invalid-request' ? `That path was refused: ${r.error.detail}` : `${EXPORT_ERRORS[r.error.type]} (${r.error.detail})`;
      setResult({ text, bad: true });
      return text;
    } finally {
      setBusy(false);
    }
  };

  return (
    <StaffSection
      title="Save usage counts as CSV"
      testId="export-view"
      aside={
        <TouchButton variant="secondary" onPress={onDone} testId="export-back">
          Back to counts
        </TouchButton>
      }
    >
      <p className="staff-lead">One row per day: visits, checklists shown and printed, failed prints, time-outs, and counts by task, region and beneficiary type.</p>
      <div className="staff-inline-actions">
        <h4 className="staff-sub">Removable drives</h4>
        <TouchButton variant="secondary" onPress={() => void refresh()} testId="export-refresh">
          Look again
        </TouchButton>
      </div>
      {targets === null ? (
        <p className="staff-lead">Looking for drives…</p>
      ) : targets.length === 0 ? (
        <p className="staff-lead" data-testid="export-no-drives">
          No removable drive found. Plug in a USB drive and look again, or type a folder below.
        </p>
      ) : (
        <div className="staff-options" role="group" aria-label="Removable drives">
          {targets.map((t) => (
            <TouchButton key={t.path} variant="choice" className="staff-option" pressed={chosen === t.path} onPress={() => setChosen(t.path)} testId={`export-target-${t.label}`}>
              <span className="choice-label">{t.label}</span> <span className="choice-hint">{t.writable ? t.path : `${t.path} · read-only`}</span>
            </TouchButton>
          ))}
        </div>
      )}
      <div className="staff-inline-actions">
        <TouchButton variant="primary" onPress={() => chosen && void save(chosen)} disabled={busy || chosen === null} testId="export-save">
          {busy ? 'Saving…' : chosen ? `Save to ${chosen}` : 'Save'}
        </TouchButton>
        <TouchButton variant="secondary" onPress={() => setTyping(true)} testId="export-type-path">
          Type a folder path…
        </TouchButton>
      </div>
      <Outcome text={result?.text ?? null} bad={result?.bad ?? false} testId="export-result" />
      {typing ? (
        <TextKeyboard
          title="Folder to save the CSV in"
          lead="A full path, for example /media/kiosk/USB-DRIVE"
          initial={chosen ?? '/media/'}
          maxLength={200}
          keys="path"
          doneLabel="Save CSV here"
          testId="path-keyboard"
          onCancel={() => setTyping(false)}
          onDone={async (path) => {
            const error = await save(path);
            if (error === null) setTyping(false);
            return error;
          }}
        />
      ) : null}
    </StaffSection>
  );
}
