import { TouchButton } from '../components/TouchButton';
import { StaffSection } from './parts';
import type { TabProps } from './StaffPanel';

/** The staff log's last lines, newest last (printer faults, refused settings, staff actions). */
export function LogTab({ overview, reload }: TabProps) {
  return (
    <StaffSection
      title={`Staff log: last ${overview.log.length} lines`}
      testId="staff-log"
      aside={
        <TouchButton variant="secondary" onPress={() => void reload()} testId="log-refresh">
          Refresh
        </TouchButton>
      }
    >
      {overview.log.length === 0 ? (
        <p className="staff-lead">The log is empty.</p>
      ) : (
        <ol className="staff-log" data-testid="staff-log-lines">
          {overview.log.map((line, i) => (
            <li key={i} className={/ (ERROR|error) /.test(line) ? 'log-error' : / (WARN|warn) /.test(line) ? 'log-warn' : undefined}>
              {line}
            </li>
          ))}
        </ol>
      )}
    </StaffSection>
  );
}
