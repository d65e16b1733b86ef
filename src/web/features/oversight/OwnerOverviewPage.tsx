import { Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { oversightApi, type OwnerOverviewResponse } from '../../api/oversight';
import { ErrorAlert, errorMessage } from '../../ui/ErrorAlert';
import { Section } from '../../ui/feedback';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { ScrollTable } from '../../ui/ScrollTable';
import { useApi } from '../../useApi';
import { OwnerTrend } from './charts/OwnerTrend';
import { SchoolBars } from './charts/SchoolBars';
import { CaseFigures } from './CaseFigures';
import { formatNumber } from '../../format';

/** One decimal, Norwegian comma: «2,0», not «2». */
const decimal = (n: number) => formatNumber(n, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

type Row = { name: string; pupils: number | null; months: OwnerOverviewResponse['kommune']['months'] };

/**
 * «Fraværstall for kommunen» (issue 19): the school owner's figures per school and month, anonymous by
 * construction — the server has hidden every figure under five pupils and what would give one away
 * (decision 128); the screen writes such a figure as «under 5».
 */
export function OwnerOverviewPage() {
  const { t } = useTranslation();
  const data = useApi('owner-overview', oversightApi.ownerTwoYears);
  return (
    <Page title={t('oversight.title')}>
      {data.status === 'loading' && <Loading label={t('oversight.loading')} />}
      {data.status === 'error' && <ErrorAlert>{errorMessage(data.error, t('oversight.failed'))}</ErrorAlert>}
      {data.status === 'ok' && <Overview o={data.data.o} previous={data.data.previous} />}
    </Page>
  );
}

/** A row of pupil counts: the group, its pupils, and per month those over the threshold («under 5» where hidden). */
function CountRow({ name, row }: { name: string; row: Pick<Row, 'pupils' | 'months'> }) {
  const { t } = useTranslation();
  const count = (n: number | null) => (n === null ? t('oversight.under5') : String(n));
  return (
    <Table.Row>
      <Table.HeaderCell scope="row">{name}</Table.HeaderCell>
      <Table.Cell>{count(row.pupils)}</Table.Cell>
      {row.months.map((m) => (
        <Table.Cell key={m.month}>{count(m.pupilsOver)}</Table.Cell>
      ))}
    </Table.Row>
  );
}

function Overview({ o, previous }: { o: OwnerOverviewResponse; previous: OwnerOverviewResponse | null }) {
  const { t } = useTranslation();
  const monthNames = t('oversight.months', { returnObjects: true }) as string[];
  const monthName = (month: string) => `${monthNames[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
  const rows: Row[] = [...o.schools, { name: t('oversight.kommune'), ...o.kommune }];
  const share = (n: number | null) =>
    n === null ? t('oversight.under5') : t('oversight.percent', { value: decimal(n) });
  const last = o.kommune.months[o.kommune.months.length - 1];
  const percent = o.thresholdPercent;
  return (
    <>
      <Paragraph>{t('oversight.intro', { from: o.schoolYear, to: o.schoolYear + 1 })}</Paragraph>
      <Paragraph data-size="sm">{t('oversight.privacy')}</Paragraph>
      {last && (
        <Paragraph>
          {last.pupilsOver === null || last.sharePercent === null
            ? t('oversight.summaryHidden', { month: monthName(last.month) })
            : t('oversight.summary', {
                month: monthName(last.month),
                count: last.pupilsOver,
                percent,
                share: decimal(last.sharePercent),
              })}
        </Paragraph>
      )}
      <OwnerTrend o={o} previous={previous} />
      <SchoolBars o={o} />
      <Section id="oversikt-over" heading={t('oversight.overHeading', { percent })}>
        <ScrollTable
          captionId="oversikt-over-tabell"
          caption={t('oversight.overCaption', { percent })}
          columns={[t('oversight.colSchool'), t('oversight.colPupils'), ...o.months.map(monthName)]}
        >
          {rows.map((row) => (
            <CountRow key={row.name} name={row.name} row={row} />
          ))}
        </ScrollTable>
      </Section>
      <Section id="oversikt-trinn" heading={t('oversight.trinnHeading', { percent })}>
        <ScrollTable
          captionId="oversikt-trinn-tabell"
          caption={t('oversight.trinnCaption', { percent })}
          columns={[t('oversight.colTrinn'), t('oversight.colPupils'), ...o.months.map(monthName)]}
        >
          {o.trinn.map((row) => (
            <CountRow key={row.trinn} name={t('oversight.trinn', { trinn: row.trinn })} row={row} />
          ))}
        </ScrollTable>
      </Section>
      <Section id="oversikt-andel" heading={t('oversight.shareHeading')}>
        <ScrollTable
          captionId="oversikt-andel-tabell"
          caption={t('oversight.shareCaption')}
          columns={[t('oversight.colSchool'), ...o.months.map(monthName)]}
        >
          {rows.map((row) => (
            <Table.Row key={row.name}>
              <Table.HeaderCell scope="row">{row.name}</Table.HeaderCell>
              {row.months.map((m) => (
                <Table.Cell key={m.month}>{share(m.sharePercent)}</Table.Cell>
              ))}
            </Table.Row>
          ))}
        </ScrollTable>
      </Section>
      <CaseFigures f={o.caseFigures} months={o.months} monthName={monthName} />
    </>
  );
}
