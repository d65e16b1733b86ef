import { Paragraph, Table } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OwnerCaseFiguresResponse } from '../../../contract';
import { Section } from '../../ui/feedback';
import { ScrollTable } from '../../ui/ScrollTable';
import { formatNumber } from '../../format';

type Row = OwnerCaseFiguresResponse['kommune'];
type Named = { key: string; name: string; row: Row };

/**
 * The school owner's figures from the case side (decisions 155–156): per school and the kommune, pupils with a
 * concern and new cases per month, cases by level in the last month, the days to a contact with the home and to a
 * case, evaluations and their outcomes, referrals waiting. The server has hidden every figure under five and what
 * would reveal one; such a figure is written «under 5».
 */
export function CaseFigures({
  f,
  months,
  monthName,
}: {
  f: OwnerCaseFiguresResponse;
  months: string[];
  monthName: (month: string) => string;
}) {
  const { t } = useTranslation();
  const shown = (n: number | null) => (n === null ? t('oversight.under5') : formatNumber(n));
  const rows: Named[] = [
    ...f.schools.map((s) => ({ key: s.id, name: s.name, row: s })),
    { key: 'kommune', name: t('oversight.kommune'), row: f.kommune },
  ];
  const last = months.at(-1);
  const services = f.services.filter((_, i) => f.kommune.referralsWaiting[i] !== 0);
  const table = (id: string, caption: string, columns: string[], cells: (r: Row) => (number | null)[]): ReactNode => (
    <ScrollTable captionId={id} caption={caption} columns={[t('oversight.colSchool'), ...columns]}>
      {rows.map(({ key, name, row }) => (
        <Table.Row key={key}>
          <Table.HeaderCell scope="row">{name}</Table.HeaderCell>
          {cells(row).map((n, i) => (
            <Table.Cell key={i}>{shown(n)}</Table.Cell>
          ))}
        </Table.Row>
      ))}
    </ScrollTable>
  );
  return (
    <>
      <Section id="oversikt-saker" heading={t('caseFigures.owner.heading')}>
        <Paragraph data-size="sm">{t('caseFigures.owner.intro')}</Paragraph>
        {table(
          'oversikt-bekymring-tabell',
          t('caseFigures.owner.concernsCaption'),
          months.map(monthName),
          (r) => r.pupilsWithConcern,
        )}
      </Section>
      <Section id="oversikt-nye-saker" heading={t('caseFigures.owner.newCasesHeading')}>
        {table(
          'oversikt-nye-saker-tabell',
          t('caseFigures.owner.newCasesCaption'),
          months.map(monthName),
          (r) => r.newCases,
        )}
      </Section>
      {last && (
        <Section id="oversikt-niva" heading={t('caseFigures.owner.levelsHeading', { month: monthName(last) })}>
          {table(
            'oversikt-niva-tabell',
            t('caseFigures.owner.levelsCaption', { month: monthName(last) }),
            [
              ...f.kommune.casesByLevel.map((l) => t('caseFigures.owner.colLevelNew', { level: l.level })),
              ...f.kommune.casesByLevel.map((l) => t('caseFigures.owner.colLevelOngoing', { level: l.level })),
            ],
            (r) => [...r.casesByLevel.map((l) => l.new), ...r.casesByLevel.map((l) => l.ongoing)],
          )}
        </Section>
      )}
      <Section id="oversikt-oppfolging" heading={t('caseFigures.owner.followUpHeading')}>
        {table(
          'oversikt-oppfolging-tabell',
          t('caseFigures.owner.followUpCaption'),
          [
            t('caseFigures.owner.colConcerns'),
            t('caseFigures.owner.colContacted'),
            t('caseFigures.owner.colContactMedian'),
            t('caseFigures.owner.colContactP80'),
            t('caseFigures.owner.colWaiting'),
            t('caseFigures.owner.colWaitingMedian'),
          ],
          (r) => [
            r.concernsBegun,
            r.contacted,
            r.daysToContact.median,
            r.daysToContact.p80,
            r.waitingForContact,
            r.waitingDays.median,
          ],
        )}
        {table(
          'oversikt-sak-tabell',
          t('caseFigures.owner.toCaseCaption'),
          [
            t('caseFigures.owner.colCaseOpened'),
            t('caseFigures.owner.colCaseMedian'),
            t('caseFigures.owner.colCaseP80'),
          ],
          (r) => [r.caseOpened, r.daysToCase.median, r.daysToCase.p80],
        )}
      </Section>
      <Section id="oversikt-evaluering" heading={t('caseFigures.owner.evaluationsHeading')}>
        {table(
          'oversikt-evaluering-tabell',
          t('caseFigures.owner.evaluationsCaption'),
          [
            t('caseFigures.owner.colOnTime'),
            t('caseFigures.owner.colLate'),
            t('caseFigures.owner.colOverdue'),
            t('caseFigures.owner.colSolved'),
            t('caseFigures.owner.colBetter'),
            t('caseFigures.owner.colMoreNeeded'),
          ],
          (r) => [
            r.evaluations.onTime,
            r.evaluations.late,
            r.evaluations.overdue,
            r.outcomes.solved,
            r.outcomes.better,
            r.outcomes.moreNeeded,
          ],
        )}
      </Section>
      <Section id="oversikt-henvisning" heading={t('caseFigures.owner.referralsHeading')}>
        {services.length === 0 ? (
          <Paragraph>{t('caseFigures.referralsNone')}</Paragraph>
        ) : (
          <>
            {table(
              'oversikt-henvisning-tabell',
              t('caseFigures.owner.referralsCaption'),
              services.map((s) => t(`cases.service_${s}`)),
              (r) => services.map((s) => r.referralsWaiting[f.services.indexOf(s)] ?? null),
            )}
            <ScrollTable
              captionId="oversikt-ventetid-tabell"
              caption={t('caseFigures.owner.referralDaysCaption')}
              columns={[t('caseFigures.colService'), t('caseFigures.colMedianDays'), t('caseFigures.colLongestDays')]}
            >
              {f.referralDays
                .filter((d) => services.includes(d.service))
                .map((d) => (
                  <Table.Row key={d.service}>
                    <Table.HeaderCell scope="row">{t(`cases.service_${d.service}`)}</Table.HeaderCell>
                    <Table.Cell>{shown(d.median)}</Table.Cell>
                    <Table.Cell>{shown(d.longest)}</Table.Cell>
                  </Table.Row>
                ))}
            </ScrollTable>
          </>
        )}
      </Section>
    </>
  );
}
