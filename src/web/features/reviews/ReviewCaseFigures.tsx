import { Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { SchoolCaseFiguresResponse } from '../../../contract';
import { Section } from '../../ui/feedback';
import { ScrollTable } from '../../ui/ScrollTable';
import { formatNumber } from '../../format';

type Period = SchoolCaseFiguresResponse['year'];

/**
 * «Oppfølging av bekymringer» in the school's reviews (decision 155): per month of the school year, pupils with a
 * concern, new and ongoing cases, days to the first contact with the home and to a case, evaluations on time and
 * their outcomes; then the referrals waiting. Counts and days only, the same rows as the export.
 */
export function ReviewCaseFigures({ id, figures }: { id: string; figures: SchoolCaseFiguresResponse }) {
  const { t } = useTranslation();
  const monthNames = t('oversight.months', { returnObjects: true }) as string[];
  const month = (m: string) => `${monthNames[Number(m.slice(5, 7)) - 1]} ${m.slice(0, 4)}`;
  const days = (n: number | null) => (n === null ? t('caseFigures.dash') : formatNumber(n));
  const sum = (p: Period, key: 'new' | 'ongoing') => p.casesByLevel.reduce((n, l) => n + l[key], 0);
  const rows: [string, (p: Period) => number | string][] = [
    [t('caseFigures.rowConcernPupils'), (p) => p.pupilsWithConcern],
    [t('caseFigures.rowNewCases'), (p) => sum(p, 'new')],
    [t('caseFigures.rowOngoingCases'), (p) => sum(p, 'ongoing')],
    [t('caseFigures.rowConcerns'), (p) => p.concernsBegun],
    [t('caseFigures.rowContacted'), (p) => p.toContact.count],
    [t('caseFigures.rowContactMedian'), (p) => days(p.toContact.median)],
    [t('caseFigures.rowContactP80'), (p) => days(p.toContact.p80)],
    [t('caseFigures.rowWaiting'), (p) => p.waitingForContact.count],
    [t('caseFigures.rowWaitingLongest'), (p) => days(p.waitingForContact.longest)],
    [t('caseFigures.rowCaseOpened'), (p) => p.toCase.count],
    [t('caseFigures.rowCaseMedian'), (p) => days(p.toCase.median)],
    [t('caseFigures.rowCaseP80'), (p) => days(p.toCase.p80)],
    [t('caseFigures.rowOnTime'), (p) => p.evaluations.onTime],
    [t('caseFigures.rowLate'), (p) => p.evaluations.late],
    [t('caseFigures.rowSolved'), (p) => p.outcomes.solved],
    [t('caseFigures.rowBetter'), (p) => p.outcomes.better],
    [t('caseFigures.rowMoreNeeded'), (p) => p.outcomes.moreNeeded],
  ];
  const periods: (Period & { key: string })[] = [
    ...figures.months.map((m) => ({ ...m, key: m.month })),
    { ...figures.year, key: 'year' },
  ];
  const year = figures.year;
  const waiting = figures.referralsWaiting.filter((r) => r.count > 0);
  return (
    <>
      <Section id={id} heading={t('caseFigures.heading')}>
        <Paragraph data-size="sm">{t('caseFigures.intro')}</Paragraph>
        <Paragraph>
          {year.toContact.median === null
            ? t('caseFigures.summaryNone', { concerns: year.concernsBegun, waiting: year.waitingForContact.count })
            : t('caseFigures.summary', {
                contacted: year.toContact.count,
                concerns: year.concernsBegun,
                median: year.toContact.median,
                waiting: year.waitingForContact.count,
              })}
        </Paragraph>
        <ScrollTable
          captionId={`${id}-tabell`}
          caption={t('caseFigures.monthCaption')}
          columns={[t('caseFigures.colFigure'), ...figures.months.map((m) => month(m.month)), t('caseFigures.colYear')]}
        >
          {rows.map(([label, cell]) => (
            <Table.Row key={label}>
              <Table.HeaderCell scope="row">{label}</Table.HeaderCell>
              {periods.map((p) => (
                <Table.Cell key={p.key} className="review-number">
                  {cell(p)}
                </Table.Cell>
              ))}
            </Table.Row>
          ))}
          <Table.Row>
            <Table.HeaderCell scope="row">{t('caseFigures.rowOverdue')}</Table.HeaderCell>
            {figures.months.map((m) => (
              <Table.Cell key={m.month} />
            ))}
            <Table.Cell className="review-number">{figures.overdueEvaluations}</Table.Cell>
          </Table.Row>
        </ScrollTable>
      </Section>
      <Section id={`${id}-henvisninger`} heading={t('caseFigures.referralsHeading')}>
        {waiting.length === 0 ? (
          <Paragraph>{t('caseFigures.referralsNone')}</Paragraph>
        ) : (
          <ScrollTable
            captionId={`${id}-henvisninger-tabell`}
            caption={t('caseFigures.referralsCaption')}
            columns={[
              t('caseFigures.colService'),
              t('caseFigures.colReferrals'),
              t('caseFigures.colMedianDays'),
              t('caseFigures.colLongestDays'),
            ]}
          >
            {waiting.map((r) => (
              <Table.Row key={r.service}>
                <Table.HeaderCell scope="row">{t(`cases.service_${r.service}`)}</Table.HeaderCell>
                <Table.Cell className="review-number">{r.count}</Table.Cell>
                <Table.Cell className="review-number">{days(r.median)}</Table.Cell>
                <Table.Cell className="review-number">{days(r.longest)}</Table.Cell>
              </Table.Row>
            ))}
          </ScrollTable>
        )}
      </Section>
    </>
  );
}
