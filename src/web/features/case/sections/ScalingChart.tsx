import { Details, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../api';
import { formatDate } from '../../../format';
import { ScrollTable } from '../../../ui/ScrollTable';
import '../../oversight/charts/charts.css';

type Weeks = NonNullable<CaseDetail['pupilEntries']>['weeks'];

const SCORE = 'var(--ds-color-accent-base-default)';
const DAYS = 'var(--ds-color-neutral-border-default)';
const weekNumber = (week: string) => Number(week.slice(week.indexOf('W') + 1));

/**
 * The pupil's answers to «Hvordan har skoleuka vært?» week by week (a line with round markers, 1–10 on the left
 * axis) beside the days away (grey bars, on the right axis): the heading, a text summary the drawing is
 * described by, and the same figures as a table (as the charts of decision 159).
 */
export function ScalingChart({ weeks }: { weeks: Weeks }) {
  const { t } = useTranslation();
  const answered = weeks.filter((w) => w.score !== null);
  const scores = answered.map((w) => w.score!);
  const last = answered.at(-1);
  const summary = t('pupilEntries.summary', {
    count: answered.length,
    weeks: weeks.length,
    lowest: Math.min(...scores),
    highest: Math.max(...scores),
    last: last?.score ?? '',
    lastWeek: last ? weekNumber(last.week) : '',
    days: weeks.reduce((n, w) => n + w.daysAway, 0),
    lessons: weeks.reduce((n, w) => n + w.lessonsAway, 0),
  });
  const rows = weeks.map((w) => ({ ...w, label: String(weekNumber(w.week)) }));
  const maxDays = Math.max(5, ...weeks.map((w) => w.daysAway));
  return (
    <div className="pupil-chart">
      <Heading level={3} data-size="xs" id="elevens-skala">
        {t('pupilEntries.chartHeading')}
      </Heading>
      <Paragraph id="elevens-skala-sammendrag" data-size="sm" className="chart-summary">
        {summary}
      </Paragraph>
      <figure className="chart-figure" aria-labelledby="elevens-skala" aria-describedby="elevens-skala-sammendrag">
        <div className="chart-lines">
          <ResponsiveContainer width="100%" height="100%">
            <ComposedChart
              data={rows}
              title={t('pupilEntries.chartTitle')}
              desc={summary}
              margin={{ top: 8, right: 8, bottom: 8, left: 0 }}
            >
              <CartesianGrid stroke="var(--ds-color-neutral-border-subtle)" vertical={false} />
              <XAxis dataKey="label" tickMargin={6} />
              <YAxis yAxisId="score" width={32} domain={[0, 10]} ticks={[0, 2, 4, 6, 8, 10]} />
              <YAxis yAxisId="days" orientation="right" width={32} domain={[0, maxDays]} allowDecimals={false} />
              <Tooltip separator=": " />
              <Legend />
              <Bar
                yAxisId="days"
                dataKey="daysAway"
                name={t('pupilEntries.daysName')}
                fill={DAYS}
                legendType="square"
                isAnimationActive={false}
              />
              <Line
                yAxisId="score"
                dataKey="score"
                name={t('pupilEntries.scoreName')}
                stroke={SCORE}
                strokeWidth={3}
                dot={{ r: 4, fill: SCORE }}
                connectNulls
                legendType="circle"
                isAnimationActive={false}
              />
            </ComposedChart>
          </ResponsiveContainer>
        </div>
      </figure>
      <Details data-size="sm" className="chart-table">
        <Details.Summary>{t('charts.showTable')}</Details.Summary>
        <Details.Content>
          <ScrollTable
            label={t('pupilEntries.chartHeading')}
            columns={[
              t('pupilEntries.week'),
              t('pupilEntries.score'),
              t('pupilEntries.daysAway'),
              t('pupilEntries.lessonsAway'),
            ]}
          >
            {weeks.map((w) => (
              <Table.Row key={w.week}>
                <Table.Cell>
                  {t('pupilEntries.weekLabel', { number: weekNumber(w.week) })} ({formatDate(w.weekFrom)})
                </Table.Cell>
                <Table.Cell>{w.score ?? t('pupilEntries.noScore')}</Table.Cell>
                <Table.Cell>{w.daysAway}</Table.Cell>
                <Table.Cell>{w.lessonsAway}</Table.Cell>
              </Table.Row>
            ))}
          </ScrollTable>
        </Details.Content>
      </Details>
    </div>
  );
}
