import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { AbsencePeriod, CaseDetail } from '../../../api';
import { formatDate, formatNumber } from '../../../format';
import { ScrollTable } from '../../../ui/ScrollTable';

// ——— The evaluation: absence before and after the measures started ———

export function BeforeAfterSection({ data }: { data: CaseDetail }) {
  const { t } = useTranslation();
  if (data.state.status !== 'open') return null;
  const ba = data.beforeAfter;
  const rows: [string, AbsencePeriod | null][] = ba
    ? [
        [t('cases.before'), ba.before],
        [t('cases.after'), ba.after],
      ]
    : [];
  return (
    <section className="home-section">
      <Heading level={2} data-size="sm" id="for-etter">
        {t('cases.beforeAfterHeading')}
      </Heading>
      <Paragraph data-size="sm">{t('cases.beforeAfterHelp')}</Paragraph>
      {!ba || (!ba.before && !ba.after) ? (
        <Paragraph>{t('cases.beforeAfterNone')}</Paragraph>
      ) : (
        <ScrollTable
          labelledBy="for-etter"
          className="before-after"
          zebra={false}
          columns={[
            t('cases.colPeriod'),
            t('cases.colDates'),
            t('cases.colSchoolDays'),
            t('cases.colAbsentDays'),
            t('cases.colAbsentLessons'),
            t('cases.colLate'),
            t('cases.colShare'),
          ]}
        >
          {rows.map(([label, p]) => (
            <Table.Row key={label}>
              <Table.HeaderCell scope="row">{label}</Table.HeaderCell>
              {p ? (
                <>
                  <Table.Cell>{t('cases.periodRange', { from: formatDate(p.from), to: formatDate(p.to) })}</Table.Cell>
                  <Table.Cell>{p.schoolDays}</Table.Cell>
                  <Table.Cell>{p.absentDays}</Table.Cell>
                  <Table.Cell>{p.absentLessons}</Table.Cell>
                  <Table.Cell>{p.lateArrivals}</Table.Cell>
                  <Table.Cell>{`${formatNumber(p.sharePercent, { maximumFractionDigits: 1 })} %`}</Table.Cell>
                </>
              ) : (
                <Table.Cell colSpan={6}>{t('cases.noPeriod')}</Table.Cell>
              )}
            </Table.Row>
          ))}
        </ScrollTable>
      )}
    </section>
  );
}
