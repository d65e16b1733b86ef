import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { niceTicks } from './months';

export type BarSeries = { key: string; name: string; striped?: boolean };

const COLOURS = ['var(--ds-color-accent-base-default)', 'var(--ds-color-neutral-text-subtle)'];

/**
 * Horizontal bars, one group per category (long school names and «7. trinn» read at 390 px). A second series is
 * striped as well as coloured (not colour alone); a suppressed value (`null`) has no bar, and the category's label
 * says «under 5» (decision 159).
 */
export function Bars({
  id,
  rows,
  series,
  title,
  description,
  format,
  tick,
  whole = false,
}: {
  id: string;
  rows: Record<string, string | number | null>[];
  series: BarSeries[];
  title: string;
  description: string;
  /** The value on the axis, shorter than `format` («2 %», not «2,0 %»). */
  format: (n: number) => string;
  tick: (n: number) => string;
  /** Counts: whole steps on the axis. */
  whole?: boolean;
}) {
  const { t } = useTranslation();
  const value = (v: unknown) => (typeof v === 'number' ? format(v) : t('charts.under5'));
  const hiddenIn = (label: string) =>
    rows.some((r) => r.label === label && series.some((s) => r[s.key] === null || r[s.key] === undefined));
  const label = (name: string) => (hiddenIn(name) ? `${name} (${t('charts.under5')})` : name);
  const ticks = niceTicks(
    Math.max(0, ...rows.flatMap((r) => series.map((s) => (typeof r[s.key] === 'number' ? (r[s.key] as number) : 0)))),
    whole,
  );
  const height = Math.max(160, rows.length * series.length * 28 + 80);
  return (
    <div style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          data={rows}
          layout="vertical"
          title={title}
          desc={description}
          margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
        >
          <defs>
            <pattern
              id={`${id}-striper`}
              width="6"
              height="6"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <rect width="6" height="6" fill={COLOURS[1]} />
              <line x1="0" y1="0" x2="0" y2="6" stroke="var(--ds-color-neutral-background-default)" strokeWidth="3" />
            </pattern>
          </defs>
          <CartesianGrid stroke="var(--ds-color-neutral-border-subtle)" horizontal={false} />
          <XAxis type="number" ticks={ticks} domain={[0, ticks[ticks.length - 1]!]} tickFormatter={tick} />
          <YAxis type="category" dataKey="label" width={112} tickFormatter={label} />
          <Tooltip formatter={value} separator=": " />
          {series.length > 1 && <Legend />}
          {series.map((s, i) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.name}
              fill={s.striped ? `url(#${id}-striper)` : COLOURS[i % COLOURS.length]}
              stroke={COLOURS[i % COLOURS.length]}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
