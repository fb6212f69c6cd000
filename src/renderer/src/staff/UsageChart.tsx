import type { UsageDay, UsageTotal } from '../../../shared/staff/usage';

/**
 * A bar per day (SVG attributes only: the page's CSP allows no inline styles). The numbers
 * are in the table beside it; the chart is the shape of the month at a glance.
 */
export function UsageChart({ days, total, label }: { days: readonly UsageDay[]; total: UsageTotal; label: string }) {
  const w = 900;
  const h = 220;
  const left = 48;
  const bottom = 34;
  const top = 14;
  const max = Math.max(1, ...days.map((d) => d.totals[total]));
  const slot = (w - left) / Math.max(1, days.length);
  const y = (v: number) => h - bottom - ((h - bottom - top) * v) / max;
  const sum = days.reduce((n, d) => n + d.totals[total], 0);
  return (
    <figure className="usage-chart" data-testid={`usage-chart-${total}`}>
      <svg viewBox={`0 0 ${w} ${h}`} role="img" aria-label={`${label} per day, last ${days.length} days: ${sum} in all, at most ${max} in a day`}>
        <line x1={left} x2={w} y1={h - bottom} y2={h - bottom} className="chart-axis" />
        <text x={left - 8} y={top + 10} className="chart-label" textAnchor="end">
          {max}
        </text>
        <text x={left - 8} y={h - bottom} className="chart-label" textAnchor="end">
          0
        </text>
        {days.map((d, i) => {
          const v = d.totals[total];
          const x = left + i * slot + slot * 0.15;
          return (
            <g key={d.date}>
              <rect x={x} y={y(v)} width={slot * 0.7} height={h - bottom - y(v)} className={i === days.length - 1 ? 'chart-bar today' : 'chart-bar'}>
                <title>{`${d.date}: ${v}`}</title>
              </rect>
              {(i % 5 === 0 && i < days.length - 3) || i === days.length - 1 ? (
                // The last date ends at the last bar, so it is never cut off at the edge.
                <text x={i === days.length - 1 ? w : x + slot * 0.35} y={h - 10} className="chart-label" textAnchor={i === days.length - 1 ? 'end' : 'middle'}>
                  {d.date.slice(5)}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <figcaption>{label} per day (today darker)</figcaption>
    </figure>
  );
}
