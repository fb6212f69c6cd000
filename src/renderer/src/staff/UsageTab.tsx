import { useState } from 'react';
import { USAGE_DIMENSION_LABELS, USAGE_TOTAL_LABELS, usageLabeler } from '../../../shared/staff/documents';
import { USAGE_DIMENSIONS, USAGE_TOTAL_NAMES, sumDays } from '../../../shared/staff/usage';
import { TouchButton } from '../components/TouchButton';
import { ExportView } from './ExportView';
import { Outcome, StaffSection } from './parts';
import type { TabProps } from './StaffPanel';
import { UsageChart } from './UsageChart';
import { describePrint } from './wording';

/** Today's and the last 30 days' counts, a bar chart, the usage report and the CSV export. */
export function UsageTab(props: TabProps) {
  const { overview, content, api, expired } = props;
  const { days, today } = overview.usage;
  const todayCounts = days[days.length - 1];
  const period = sumDays(days);
  const label = usageLabeler(content);
  const [exporting, setExporting] = useState(false);
  const [printing, setPrinting] = useState(false);
  const [result, setResult] = useState<{ text: string; bad: boolean } | null>(null);

  const printReport = async () => {
    setPrinting(true);
    setResult(null);
    try {
      const r = await api.printUsageReport();
      if (!r.ok) {
        if (r.error.type === 'not-in-staff-mode') expired();
        else setResult({ text: r.error.detail, bad: true });
        return;
      }
      setResult({ text: describePrint(r.value.outcome, r.value.queue), bad: !r.value.outcome.ok });
    } finally {
      setPrinting(false);
    }
  };

  if (exporting) return <ExportView {...props} onDone={() => setExporting(false)} />;
  return (
    <>
      <StaffSection
        title="Counts"
        testId="usage-counts"
        aside={
          <div className="staff-inline-actions">
            <TouchButton variant="secondary" onPress={() => void printReport()} disabled={printing} testId="print-usage-report">
              {printing ? 'Printing…' : 'Print usage report'}
            </TouchButton>
            <TouchButton variant="primary" onPress={() => setExporting(true)} testId="export-csv">
              Save as CSV…
            </TouchButton>
          </div>
        }
      >
        <Outcome text={result?.text ?? null} bad={result?.bad ?? false} testId="usage-report-result" />
        <div className="usage-grid">
          <table className="staff-table" data-testid="usage-table">
            <thead>
              <tr>
                <th scope="col">Count</th>
                <th scope="col">Today ({today})</th>
                <th scope="col">Last {days.length} days</th>
              </tr>
            </thead>
            <tbody>
              {USAGE_TOTAL_NAMES.map((t) => (
                <tr key={t} data-testid={`usage-row-${t}`}>
                  <th scope="row">{USAGE_TOTAL_LABELS[t]}</th>
                  <td>{todayCounts?.totals[t] ?? 0}</td>
                  <td>{period.totals[t]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <UsageChart days={days} total="visits" label="Visits" />
        </div>
      </StaffSection>
      <StaffSection title={`Checklists shown, last ${days.length} days`} testId="usage-breakdown">
        <div className="usage-breakdown">
          {USAGE_DIMENSIONS.map((dim) => {
            const rows = Object.entries(period.by[dim]).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
            return (
              <table key={dim} className="staff-table" data-testid={`usage-by-${dim}`}>
                <caption>{USAGE_DIMENSION_LABELS[dim]}</caption>
                <tbody>
                  {rows.length === 0 ? (
                    <tr>
                      <td colSpan={2}>None yet</td>
                    </tr>
                  ) : (
                    rows.map(([id, n]) => (
                      <tr key={id}>
                        <th scope="row">{label(dim, id)}</th>
                        <td>{n}</td>
                      </tr>
                    ))
                  )}
                </tbody>
              </table>
            );
          })}
        </div>
        <p className="staff-lead">Counts only: no names, answers, ZIP codes or times of day are kept.</p>
      </StaffSection>
    </>
  );
}
