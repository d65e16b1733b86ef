import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { AbsencePeriod, CaseDetail } from '../../../api';
import { formatDate } from '../../../format';

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
        <div className="table-scroll" role="region" aria-labelledby="for-etter" tabIndex={0}>
          <Table data-size="sm" border className="before-after">
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('cases.colPeriod')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('cases.colDates')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('cases.colSchoolDays')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('cases.colAbsentDays')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('cases.colAbsentLessons')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('cases.colLate')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('cases.colShare')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {rows.map(([label, p]) => (
                <Table.Row key={label}>
                  <Table.HeaderCell scope="row">{label}</Table.HeaderCell>
                  {p ? (
                    <>
                      <Table.Cell>
                        {t('cases.periodRange', { from: formatDate(p.from), to: formatDate(p.to) })}
                      </Table.Cell>
                      <Table.Cell>{p.schoolDays}</Table.Cell>
                      <Table.Cell>{p.absentDays}</Table.Cell>
                      <Table.Cell>{p.absentLessons}</Table.Cell>
                      <Table.Cell>{p.lateArrivals}</Table.Cell>
                      <Table.Cell>{`${p.sharePercent.toLocaleString('nb-NO', { maximumFractionDigits: 1 })} %`}</Table.Cell>
                    </>
                  ) : (
                    <Table.Cell colSpan={6}>{t('cases.noPeriod')}</Table.Cell>
                  )}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </section>
  );
}
