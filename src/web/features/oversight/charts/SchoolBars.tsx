import { Field, Label, Select, Table } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OwnerOverviewResponse } from '../../../api/oversight';
import { ScrollTable } from '../../../ui/ScrollTable';
import { Bars } from './Bars';
import { ChartFrame } from './ChartFrame';
import { monthOf } from './months';
import { groupsSummary, percentText } from './summary';
import { formatNumber } from '../../../format';

/** The schools compared in one month of this school year (the latest by default): the share of school time away. */
export function SchoolBars({ o }: { o: OwnerOverviewResponse }) {
  const { t } = useTranslation();
  const [month, setMonth] = useState(o.months[o.months.length - 1] ?? '');
  const longNames = t('oversight.months', { returnObjects: true }) as string[];
  const monthName = (m: string) => `${longNames[monthOf(m) - 1]} ${m.slice(0, 4)}`;
  const points = o.schools.map((s) => ({
    label: s.name,
    value: s.months.find((m) => m.month === month)?.sharePercent ?? null,
  }));
  const summary = groupsSummary(t, points);
  const figure = t('charts.compareFigure', { month: monthName(month) });
  if (o.months.length === 0) return null;
  return (
    <ChartFrame
      id="oversikt-skoler"
      heading={t('charts.compareHeading', { month: monthName(month) })}
      summary={summary}
      controls={
        <Field className="chart-control">
          <Label>{t('charts.month')}</Label>
          <Select value={month} onChange={(e) => setMonth(e.target.value)}>
            {o.months.map((m) => (
              <Select.Option key={m} value={m}>
                {monthName(m)}
              </Select.Option>
            ))}
          </Select>
        </Field>
      }
      chart={
        <Bars
          id="oversikt-skoler-stolper"
          rows={points.map((p) => ({ label: p.label, share: p.value }))}
          series={[{ key: 'share', name: t('charts.colShare') }]}
          title={figure}
          description={summary}
          format={(n) => percentText(t, n)}
          tick={(n) => t('charts.percent', { value: formatNumber(n) })}
        />
      }
      table={
        <ScrollTable label={figure} columns={[t('charts.colSchool'), t('charts.colShare')]}>
          {points.map((p) => (
            <Table.Row key={p.label}>
              <Table.HeaderCell scope="row">{p.label}</Table.HeaderCell>
              <Table.Cell>{p.value === null ? t('charts.under5') : percentText(t, p.value)}</Table.Cell>
            </Table.Row>
          ))}
        </ScrollTable>
      }
    />
  );
}
