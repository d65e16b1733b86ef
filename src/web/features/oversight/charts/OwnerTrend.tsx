import { Field, Label, Select, Table } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OwnerOverviewResponse } from '../../../api/oversight';
import { ScrollTable } from '../../../ui/ScrollTable';
import { ChartFrame } from './ChartFrame';
import { monthIn, schoolYearMonths } from './months';
import { compareSummary, percentText, seriesSummary } from './summary';
import { TrendLines, type TrendRow } from './TrendLines';

type Months = OwnerOverviewResponse['kommune']['months'];

/** The group's months: the kommune's, or a school's by id. */
const monthsOf = (o: OwnerOverviewResponse | null, group: string): Months | undefined =>
  o === null ? undefined : group === '' ? o.kommune.months : o.schools.find((s) => s.id === group)?.months;

/**
 * The share of school time away by month for the kommune or one school: this school year against the one before
 * (issue 19 items 3 and 4). The year before is `null` where the kommune has no figures for it.
 */
export function OwnerTrend({ o, previous }: { o: OwnerOverviewResponse; previous: OwnerOverviewResponse | null }) {
  const { t } = useTranslation();
  const [group, setGroup] = useState('');
  const longNames = t('oversight.months', { returnObjects: true }) as string[];
  const shortNames = t('charts.monthsShort', { returnObjects: true }) as string[];
  const now = monthsOf(o, group) ?? [];
  const before = monthsOf(previous, group);
  const groupName = group === '' ? t('charts.kommune') : (o.schools.find((s) => s.id === group)?.name ?? '');
  const share = (list: Months | undefined, month: string) => list?.find((m) => m.month === month);
  const rows = schoolYearMonths(o.months, previous?.months ?? []).map((m) => {
    const a = share(now, monthIn(o.schoolYear, m));
    const b = share(before, monthIn(o.schoolYear - 1, m));
    // `undefined`: no figure (a month not yet come, or no year before); `null`: suppressed.
    return { m, thisYear: a ? a.sharePercent : undefined, lastYear: b ? b.sharePercent : undefined };
  });
  const published = rows.filter((r) => r.thisYear !== undefined);
  const summary = [
    seriesSummary(
      t,
      published.map((r) => ({ label: longNames[r.m - 1]!, value: r.thisYear ?? null })),
    ),
    before
      ? compareSummary(
          t,
          published.map((r) => r.thisYear ?? null),
          published.map((r) => r.lastYear ?? null),
        )
      : t('charts.noLastYear'),
  ].join(' ');
  const years = (from: number) => ({ from, to: from + 1 });
  const thisYearName = t('charts.thisYear', years(o.schoolYear));
  const lastYearName = before ? t('charts.lastYear', years(o.schoolYear - 1)) : null;
  const cell = (v: number | null | undefined) =>
    v === undefined ? t('charts.notYet') : v === null ? t('charts.under5') : percentText(t, v);
  const chartRows: TrendRow[] = rows.map((r) => ({
    label: shortNames[r.m - 1]!,
    thisYear: r.thisYear ?? null,
    lastYear: r.lastYear ?? null,
  }));
  return (
    <ChartFrame
      id="oversikt-trend"
      heading={t('charts.trendHeading', { group: groupName })}
      summary={summary}
      controls={
        <Field className="chart-control">
          <Label>{t('charts.group')}</Label>
          <Select value={group} onChange={(e) => setGroup(e.target.value)}>
            <Select.Option value="">{t('oversight.kommune')}</Select.Option>
            {o.schools.map((s) => (
              <Select.Option key={s.id} value={s.id}>
                {s.name}
              </Select.Option>
            ))}
          </Select>
        </Field>
      }
      chart={
        <TrendLines
          rows={chartRows}
          title={t('charts.trendFigure', { group: groupName })}
          description={summary}
          thisYearName={thisYearName}
          lastYearName={lastYearName}
        />
      }
      table={
        <ScrollTable
          label={t('charts.trendFigure', { group: groupName })}
          columns={[
            t('charts.colMonth'),
            thisYearName,
            ...(lastYearName ? [t('charts.thisYear', years(o.schoolYear - 1))] : []),
          ]}
        >
          {rows.map((r) => (
            <Table.Row key={r.m}>
              <Table.HeaderCell scope="row">{longNames[r.m - 1]}</Table.HeaderCell>
              <Table.Cell>{cell(r.thisYear)}</Table.Cell>
              {lastYearName && <Table.Cell>{cell(r.lastYear)}</Table.Cell>}
            </Table.Row>
          ))}
        </ScrollTable>
      }
    />
  );
}
