import { formatContentDate } from '../../../shared/checklist/text';
import { StaffSection } from './parts';
import type { TabProps } from './StaffPanel';

function List({ title, items, empty, testId }: { title: string; items: string[]; empty: string; testId: string }) {
  return (
    <StaffSection title={`${title} (${items.length})`} testId={testId}>
      {items.length === 0 ? (
        <p className="staff-lead">{empty}</p>
      ) : (
        <ul className="staff-lines">
          {items.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
    </StaffSection>
  );
}

/**
 * Which content is loaded and how old it is, and what is wrong with it: refused files (the
 * out-of-service screen tells the public only "ask staff"), facts overdue for review, and
 * facts no source settles.
 */
export function ContentTab({ overview }: TabProps) {
  const c = overview.content;
  return (
    <>
      <StaffSection title="Content" testId="content-status">
        <dl className="staff-facts">
          <div>
            <dt>Status</dt>
            <dd data-testid="content-ok">{c.ok ? 'Loaded and checked' : 'Refused: the kiosk is out of service'}</dd>
          </div>
          <div>
            <dt>Version</dt>
            <dd data-testid="content-version">{c.version ?? '—'}</dd>
          </div>
          <div>
            <dt>Oldest review</dt>
            <dd data-testid="content-oldest">{c.oldestReview ? `${formatContentDate(c.oldestReview, 'en')} (${c.oldestReview})` : '—'}</dd>
          </div>
          <div>
            <dt>Facts</dt>
            <dd>{c.facts}</dd>
          </div>
        </dl>
      </StaffSection>
      {!c.ok ? <List title="Problems in the content files" items={c.problems} empty="None." testId="content-problems" /> : null}
      <List title="Facts due for review (over 12 months)" items={c.stale} empty="None: every fact was checked in the last 12 months." testId="content-stale" />
      <List title="Unconfirmed facts (visitors are told to call and confirm)" items={c.unconfirmed} empty="None." testId="content-unconfirmed" />
    </>
  );
}
