import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { niceTicks } from './months';
import { percentText } from './summary';
import { formatNumber } from '../../../format';

export type TrendRow = { label: string; thisYear: number | null; lastYear: number | null };

const THIS_YEAR = 'var(--ds-color-accent-base-default)';
const LAST_YEAR = 'var(--ds-color-neutral-text-subtle)';

/** A square marker for the year before: the two lines differ by colour, dash and marker (not colour alone). */
function Square(props: { cx?: number | null; cy?: number | null; index?: number }) {
  const { cx, cy, index } = props;
  if (cx == null || cy == null) return <g key={`tom-${index}`} />;
  return <rect key={`fjor-${index}`} x={cx - 4} y={cy - 4} width={8} height={8} fill={LAST_YEAR} />;
}

/**
 * The share of school time away by month of the school year: this year a solid line with round markers, the year
 * before dashed with square ones. A suppressed month (`null`) is a gap in the line, never zero (decision 159).
 */
export function TrendLines({
  rows,
  title,
  description,
  thisYearName,
  lastYearName,
}: {
  rows: TrendRow[];
  title: string;
  description: string;
  thisYearName: string;
  lastYearName: string | null;
}) {
  const { t } = useTranslation();
  const value = (v: unknown) => (typeof v === 'number' ? percentText(t, v) : t('charts.under5'));
  const ticks = niceTicks(Math.max(0, ...rows.flatMap((r) => [r.thisYear ?? 0, r.lastYear ?? 0])));
  return (
    <div className="chart-lines">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={rows} title={title} desc={description} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid stroke="var(--ds-color-neutral-border-subtle)" vertical={false} />
          <XAxis dataKey="label" interval="preserveStartEnd" tickMargin={6} />
          <YAxis
            width={48}
            ticks={ticks}
            domain={[0, ticks[ticks.length - 1]!]}
            tickFormatter={(n: number) => t('charts.percent', { value: formatNumber(n) })}
          />
          <Tooltip formatter={value} separator=": " />
          <Legend />
          {lastYearName && (
            <Line
              dataKey="lastYear"
              name={lastYearName}
              stroke={LAST_YEAR}
              strokeWidth={2}
              strokeDasharray="6 4"
              dot={Square}
              legendType="plainline"
              isAnimationActive={false}
            />
          )}
          <Line
            dataKey="thisYear"
            name={thisYearName}
            stroke={THIS_YEAR}
            strokeWidth={3}
            dot={{ r: 4, fill: THIS_YEAR }}
            legendType="circle"
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
