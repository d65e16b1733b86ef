import { Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { MyChild } from '../../../api';
import { useEventSummary } from '../../../components/absence';
import { formatDate, formatDateTime } from '../../../format';
import { ScrollTable } from '../../../ui/ScrollTable';
import { Section } from '../../../ui/feedback';

/** The school's own figures so far this year (the pupil page's «Fravær på vitnemålet»), or a word why there are none. */
export function AbsenceTotals({ data }: { data: MyChild }) {
  const { t } = useTranslation();
  const d = data.diploma;
  if (!d) return <Paragraph>{t('child.noTotals')}</Paragraph>;
  return (
    <>
      <dl className="figures" aria-label={t('child.totalsLabel')}>
        <div>
          <dt>{t('pupil.diplomaSchoolDays')}</dt>
          <dd data-figure="schoolDays">{d.schoolDays}</dd>
        </div>
        <div>
          <dt>{t('pupil.diplomaDays')}</dt>
          <dd data-figure="absentDays">{d.absentDays}</dd>
        </div>
        <div>
          <dt>{t('pupil.diplomaLessons')}</dt>
          <dd data-figure="absentLessons">{d.absentLessons}</dd>
        </div>
      </dl>
      <Paragraph data-size="sm">{t('child.totalsNote')}</Paragraph>
    </>
  );
}

/** The guardian's own reports, newest first, and when the school confirmed each (its register of the day). */
export function Reports({ data }: { data: MyChild }) {
  const { t } = useTranslation();
  const summary = useEventSummary();
  return (
    <Section id="meldinger" heading={t('child.reportsHeading')} named={false}>
      {data.reports.length === 0 ? (
        <Paragraph>{t('report.noEarlier')}</Paragraph>
      ) : (
        <ScrollTable
          labelledBy="meldinger"
          columns={[t('pupil.colDate'), t('pupil.colWhat'), t('report.colNote'), t('child.colConfirmed')]}
        >
          {data.reports.map((r) => (
            <Table.Row key={r.id}>
              <Table.HeaderCell scope="row">{formatDate(r.date)}</Table.HeaderCell>
              <Table.Cell>{summary(r)}</Table.Cell>
              <Table.Cell>{r.note ?? ''}</Table.Cell>
              <Table.Cell>
                {r.confirmedAt ? t('child.confirmed', { at: formatDateTime(r.confirmedAt) }) : t('child.notConfirmed')}
              </Table.Cell>
            </Table.Row>
          ))}
        </ScrollTable>
      )}
    </Section>
  );
}
