import { Details, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { AbsenceEvent, PupilAbsence } from '../api';
import { heatWeeks } from '../absence';
import type { HeatCell } from '../absence';
import { formatDate } from '../format';
import { useDescribeEvent } from './absence';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;

function dayMonth(isoDate: string): string {
  return formatDate(isoDate).slice(0, 5);
}

/**
 * The school year as weeks (rows) × Monday–Friday (columns). The shade shows the share of the day
 * the pupil was away, and every shaded cell also says it in text (percentage), so colour is never alone.
 */
export function HeatMap({
  calendar,
  events,
  today,
}: {
  calendar: PupilAbsence['calendar'];
  events: AbsenceEvent[];
  /** The server's today: later school days are drawn and announced as future, never as «til stede». */
  today: string;
}) {
  const { t } = useTranslation();
  const describe = useDescribeEvent();
  const weeks = heatWeeks(calendar, events, today);
  const absentDays = weeks
    .flatMap((w) => w.days)
    .filter((d): d is Extract<HeatCell, { kind: 'school' }> => d.kind === 'school' && !d.future && d.share > 0);

  if (weeks.length === 0) return <Paragraph>{t('pupil.noCalendar')}</Paragraph>;
  return (
    <>
      <Paragraph data-size="sm" id="kalender-forklaring">
        {t('pupil.heatLegend')}
      </Paragraph>
      <ul className="heat-legend" aria-hidden="true">
        {[1, 2, 3, 4].map((level) => (
          <li key={level}>
            <span className={`heat-swatch heat-${level}`} /> {t(`pupil.heatLevel_${level}` as 'pupil.heatLevel_1')}
          </li>
        ))}
      </ul>
      <div className="table-scroll heat-scroll" role="region" aria-labelledby="kalender" tabIndex={0}>
        <Table data-size="sm" className="heat-map" aria-labelledby="kalender" aria-describedby="kalender-forklaring">
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('pupil.week')}</Table.HeaderCell>
              {WEEKDAYS.map((d) => (
                <Table.HeaderCell scope="col" key={d}>
                  {t(`pupil.weekday_${d}`)}
                </Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {weeks.map((week) => (
              <Table.Row key={week.monday}>
                <Table.HeaderCell scope="row">{t('pupil.weekNumber', { week: week.week })}</Table.HeaderCell>
                {week.days.map((day) => (
                  <HeatDay key={day.date} day={day} describe={(e) => describe(e)} />
                ))}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      <Details data-size="sm" className="heat-fallback">
        <Details.Summary>{t('pupil.heatAsList', { count: absentDays.length })}</Details.Summary>
        <Details.Content>
          {absentDays.length === 0 ? (
            <Paragraph>{t('pupil.noAbsence')}</Paragraph>
          ) : (
            <ul>
              {absentDays.map((d) => (
                <li key={d.date}>
                  {formatDate(d.date)}: {t('pupil.percentAbsent', { percent: Math.round(d.share * 100) })} –{' '}
                  {d.events.map((e) => describe(e)).join(', ')}
                </li>
              ))}
            </ul>
          )}
        </Details.Content>
      </Details>
    </>
  );
}

function HeatDay({ day, describe }: { day: HeatCell; describe(event: AbsenceEvent): string }) {
  const { t } = useTranslation();
  if (day.kind === 'none') return <Table.Cell className="heat-cell heat-none" />;
  if (day.kind === 'closed') {
    return (
      <Table.Cell className="heat-cell heat-closed">
        <span className="heat-date">{dayMonth(day.date)}</span>{' '}
        <span className="heat-text">{t('pupil.closedShort')}</span>
        <span className="ds-sr-only">: {day.reason}</span>
      </Table.Cell>
    );
  }
  if (day.future) {
    // Leave granted ahead is shown as planned; nothing else is known about a day that has not come.
    return (
      <Table.Cell className="heat-cell heat-future">
        <span className="heat-date">{dayMonth(day.date)}</span> <span className="ds-sr-only">{t('pupil.future')}</span>
        {day.events.length > 0 && (
          <span className="heat-text">
            <span aria-hidden="true">{t('pupil.plannedShort')}</span>
            <span className="ds-sr-only">
              {t('pupil.planned')}: {day.events.map(describe).join(', ')}
            </span>
          </span>
        )}
      </Table.Cell>
    );
  }
  const percent = Math.round(day.share * 100);
  return (
    <Table.Cell className={`heat-cell heat-${day.level}`}>
      <span className="heat-date">{dayMonth(day.date)}</span>{' '}
      {day.share > 0 ? (
        <>
          <span className="heat-text">{percent} %</span>
          <span className="ds-sr-only">
            {' '}
            {t('pupil.absentShort')}: {day.events.map(describe).join(', ')}
          </span>
        </>
      ) : (
        <span className="ds-sr-only">{t('pupil.present')}</span>
      )}
    </Table.Cell>
  );
}
