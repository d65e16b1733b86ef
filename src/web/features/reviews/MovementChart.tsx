import { Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { MovementReviewResponse } from '../../api/reviews';
import { ScrollTable } from '../../ui/ScrollTable';
import { Bars } from '../oversight/charts/Bars';
import { ChartFrame } from '../oversight/charts/ChartFrame';
import { movementSummary } from '../oversight/charts/summary';
import { formatNumber } from '../../format';

const BAND = 10;

/** The semester review's movement per trinn over 10 % as bars: progress (went under) beside those who went over. */
export function MovementChart({ r }: { r: MovementReviewResponse }) {
  const { t } = useTranslation();
  const rows = r.trinn.map((row) => {
    const band = row.bands.find((b) => b.percent === BAND);
    return { label: row.label, below: band?.movedBelow ?? 0, above: band?.movedAbove ?? 0 };
  });
  if (rows.length === 0) return null;
  const summary = movementSummary(t, rows, BAND);
  const figure = t('charts.movementFigure', { band: BAND });
  return (
    <ChartFrame
      id="bevegelse-stolper"
      heading={t('charts.movementHeading', { band: BAND })}
      summary={summary}
      chart={
        <Bars
          id="bevegelse-stolper-figur"
          rows={rows}
          series={[
            { key: 'below', name: t('charts.movedBelow', { band: BAND }) },
            { key: 'above', name: t('charts.movedAbove', { band: BAND }), striped: true },
          ]}
          title={figure}
          description={summary}
          format={(n) => t('charts.pupils', { count: n })}
          tick={(n) => formatNumber(n)}
          whole
        />
      }
      table={
        <ScrollTable
          label={figure}
          columns={[
            t('charts.colTrinn'),
            t('charts.movedBelowCol', { band: BAND }),
            t('charts.movedAboveCol', { band: BAND }),
          ]}
        >
          {rows.map((row) => (
            <Table.Row key={row.label}>
              <Table.HeaderCell scope="row">{row.label}</Table.HeaderCell>
              <Table.Cell>{row.below}</Table.Cell>
              <Table.Cell>{row.above}</Table.Cell>
            </Table.Row>
          ))}
        </ScrollTable>
      }
    />
  );
}
