import { useCallback, useEffect, useState } from 'react';
import { PAPER_SIZES } from '../../../shared/ipc';
import type { PrinterList, PrinterListError } from '../../../shared/staff/contract';
import { TouchButton } from '../components/TouchButton';
import { Outcome, OptionRow, StaffSection } from './parts';
import type { TabProps } from './StaffPanel';
import { useSettingChange } from './use-setting';
import { PAPER_NAMES, PRINTER_LIST_ERRORS, describePrint } from './wording';

/** Which printer, which paper, and a test page to see that it works. */
export function PrinterTab(props: TabProps) {
  const { api, overview, expired } = props;
  const [list, setList] = useState<PrinterList | null>(null);
  const [listError, setListError] = useState<PrinterListError | null>(null);
  const [testing, setTesting] = useState(false);
  const [result, setResult] = useState<{ text: string; bad: boolean; detail?: string } | null>(null);
  const { change, messages, busy } = useSettingChange(props);
  const current = overview.settings.printer;

  const refresh = useCallback(async () => {
    const r = await api.printers();
    if (r.ok) {
      setList(r.value);
      setListError(null);
    } else if (r.error.type === 'not-in-staff-mode') expired();
    else if (r.error.type === 'invalid-request') setListError({ type: 'query-failed', detail: r.error.detail });
    else setListError(r.error);
  }, [api, expired]);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  const test = async () => {
    setTesting(true);
    setResult(null);
    try {
      const r = await api.printTestPage();
      if (!r.ok) {
        if (r.error.type === 'not-in-staff-mode') expired();
        else setResult({ text: r.error.detail, bad: true });
        return;
      }
      const { outcome, queue } = r.value;
      setResult({ text: describePrint(outcome, queue), bad: !outcome.ok, ...(!outcome.ok && outcome.error.detail ? { detail: outcome.error.detail } : {}) });
    } finally {
      setTesting(false);
    }
  };

  const missing = current !== null && list !== null && !list.queues.some((q) => q.name === current);
  return (
    <>
      <StaffSection
        title="Printer"
        testId="staff-printers"
        aside={
          <TouchButton variant="secondary" onPress={() => void refresh()} testId="printers-refresh">
            Look again
          </TouchButton>
        }
      >
        {listError ? (
          <Outcome text={`${PRINTER_LIST_ERRORS[listError.type]} (${listError.detail})`} bad testId="printers-error" />
        ) : list === null ? (
          <p className="staff-lead">Asking the printing service…</p>
        ) : list.queues.length === 0 ? (
          <Outcome text="This computer has no printer queues. Add the printer in the system's printer settings (CUPS), then look again." bad testId="printers-none" />
        ) : null}
        {missing ? <Outcome text={`The chosen printer "${current}" is not on this computer any more. Pick another.`} bad testId="printer-missing" /> : null}
        <OptionRow
          label="Printer"
          current={current}
          disabled={busy}
          onChoose={(printer) => void change({ printer })}
          options={[
            ...(list?.queues ?? []).map((q) => ({
              value: q.name as string | null,
              label: q.name,
              hint: [!q.enabled ? `paused${q.reason ? `: ${q.reason}` : ''}` : 'ready', !q.accepting ? 'not accepting jobs' : '', q.isDefault ? 'system default' : '']
                .filter(Boolean)
                .join(' · '),
              testId: `printer-${q.name}`,
            })),
            { value: null, label: 'No printer', hint: 'Print tells visitors to ask staff', testId: 'printer-none' },
          ]}
        />
        <Outcome text={messages.printer?.text ?? null} bad={messages.printer?.bad ?? false} testId="printer-message" />
      </StaffSection>
      <StaffSection title="Paper" testId="staff-paper">
        <OptionRow
          label="Paper"
          current={overview.settings.paper}
          disabled={busy}
          onChoose={(paper) => void change({ paper })}
          options={PAPER_SIZES.map((p) => ({ value: p, label: PAPER_NAMES[p], testId: `paper-${p}` }))}
        />
        <Outcome text={messages.paper?.text ?? null} bad={messages.paper?.bad ?? false} testId="paper-message" />
      </StaffSection>
      <StaffSection title="Test page" testId="staff-test-page">
        <p className="staff-lead">Prints one page with the kiosk&apos;s name, the queue, the paper, text sizes and greys, through the same path as visitors&apos; checklists.</p>
        <TouchButton variant="primary" onPress={() => void test()} disabled={testing} testId="print-test-page">
          {testing ? 'Printing…' : 'Print a test page'}
        </TouchButton>
        <Outcome text={result?.text ?? null} bad={result?.bad ?? false} testId="test-page-result" />
        {result?.detail ? <p className="staff-detail">{result.detail}</p> : null}
      </StaffSection>
    </>
  );
}
