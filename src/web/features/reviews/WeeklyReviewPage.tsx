import { Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { reviewsApi, type WeeklyReviewResponse } from '../../api/reviews';
import { formatDate } from '../../format';
import { ErrorAlert, errorMessage } from '../../ui/ErrorAlert';
import { Section } from '../../ui/feedback';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { ScrollTable } from '../../ui/ScrollTable';
import { useApi } from '../../useApi';
import { BackToReviews } from './BackToReviews';
import { LevelTable } from './LevelTable';
import { ReviewCaseFigures } from './ReviewCaseFigures';
import { ReviewExport } from './ReviewExport';
import { decimal } from './reviewFormat';
import { SchoolPicker, useReviewSchool } from './SchoolPicker';

type Figures = WeeklyReviewResponse['weeks'][number]['figures'];

/**
 * «Ukegjennomgang i ledergruppa» (004 §1.1 (3), decision 139): the school this week against the four before, cases
 * by level, overdue evaluations and pupils with a concern but no case; printable and exported by the server.
 */
export function WeeklyReviewPage() {
  const { t } = useTranslation();
  const schoolId = useReviewSchool();
  const data = useApi(`weekly-review-${schoolId ?? ''}`, () => reviewsApi.weekly(schoolId));
  const title = t('reviews.weekly.title');
  return (
    <Page
      title={title}
      heading={
        data.status === 'ok'
          ? t('reviews.weekly.heading', { school: data.data.school.name, week: data.data.weeks.at(-1)!.week })
          : title
      }
    >
      <div className="review-page">
        <BackToReviews />
        {data.status === 'loading' && <Loading label={t('reviews.loading')} />}
        {data.status === 'error' && <ErrorAlert>{errorMessage(data.error, t('reviews.failed'))}</ErrorAlert>}
        {data.status === 'ok' && <Weekly r={data.data} />}
      </div>
    </Page>
  );
}

function Weekly({ r }: { r: WeeklyReviewResponse }) {
  const { t } = useTranslation();
  const pct = (n: number) => t('reviews.percent', { value: decimal(n) });
  const now = r.weeks.at(-1)!;
  const earlier = r.weeks.slice(0, -1);
  // The four weeks before as one: the mean of their shares (each week's share is over its own school days).
  const before = earlier.length ? earlier.reduce((s, w) => s + w.figures.sharePercent, 0) / earlier.length : 0;
  const rows: [string, (f: Figures) => string][] = [
    [t('reviews.weekly.rowPupils'), (f) => String(f.pupils)],
    [t('reviews.weekly.rowShare'), (f) => pct(f.sharePercent)],
    [t('reviews.weekly.rowDocumented'), (f) => pct(f.documentedPercent)],
    [t('reviews.weekly.rowUndocumented'), (f) => pct(f.undocumentedPercent)],
    [t('reviews.weekly.rowDays'), (f) => String(f.absentDays)],
    [t('reviews.weekly.rowLessons'), (f) => String(f.absentLessons)],
    [t('reviews.weekly.rowLate'), (f) => String(f.lateArrivals)],
    ...r.bands.map((band, i): [string, (f: Figures) => string] => [
      t('reviews.weekly.rowAbove', { band }),
      (f) => String(f.above[i] ?? 0),
    ]),
  ];
  return (
    <>
      <Paragraph>
        {t('reviews.weekly.summary', {
          today: formatDate(r.today),
          share: decimal(now.figures.sharePercent),
          documented: decimal(now.figures.documentedPercent),
          undocumented: decimal(now.figures.undocumentedPercent),
          before: decimal(before),
        })}
      </Paragraph>
      <SchoolPicker key={r.school.id} current={r.school.id} choices={r.schoolChoices} />
      <ReviewExport path="weekly" params={{ schoolId: r.school.id }} fileBase={`ukegjennomgang-uke-${now.week}`} />
      <Section id="uke-fravaer" heading={t('reviews.weekly.figuresHeading')}>
        <ScrollTable
          captionId="uke-fravaer-tabell"
          caption={t('reviews.weekly.figuresCaption')}
          columns={[
            '',
            ...r.weeks.map((w, i) =>
              i === r.weeks.length - 1 ? t('reviews.weekNow', { week: w.week }) : t('reviews.week', { week: w.week }),
            ),
          ]}
        >
          {rows.map(([label, cell]) => (
            <Table.Row key={label}>
              <Table.HeaderCell scope="row">{label}</Table.HeaderCell>
              {r.weeks.map((w) => (
                <Table.Cell key={w.from} className="review-number">
                  {cell(w.figures)}
                </Table.Cell>
              ))}
            </Table.Row>
          ))}
        </ScrollTable>
      </Section>
      <Section id="uke-saker" heading={t('reviews.weekly.casesHeading')}>
        <LevelTable
          id="uke-saker-tabell"
          caption={t('reviews.weekly.casesCaption')}
          levels={r.casesByLevel}
          newLabel={t('reviews.weekly.colNew')}
        />
      </Section>
      <Section id="uke-overtid" heading={t('reviews.weekly.overdueHeading')}>
        {r.overdueEvaluations.length === 0 ? (
          <Paragraph>{t('reviews.weekly.overdueNone')}</Paragraph>
        ) : (
          <ScrollTable
            captionId="uke-overtid-tabell"
            caption={t('reviews.weekly.overdueCaption')}
            columns={[
              t('reviews.weekly.colPupil'),
              t('reviews.weekly.colClass'),
              t('reviews.weekly.colLevel'),
              t('reviews.weekly.colDue'),
            ]}
          >
            {r.overdueEvaluations.map((c) => (
              <Table.Row key={c.caseId}>
                <Table.HeaderCell scope="row">{c.pupilName}</Table.HeaderCell>
                <Table.Cell>{c.className}</Table.Cell>
                <Table.Cell>{t('reviews.weekly.level', { level: c.level })}</Table.Cell>
                <Table.Cell>{c.evaluationDue ? formatDate(c.evaluationDue) : '–'}</Table.Cell>
              </Table.Row>
            ))}
          </ScrollTable>
        )}
      </Section>
      <Section id="uke-bekymring" heading={t('reviews.weekly.concernsHeading')}>
        {r.concernsWithoutCase.length === 0 ? (
          <Paragraph>{t('reviews.weekly.concernsNone')}</Paragraph>
        ) : (
          <ScrollTable
            captionId="uke-bekymring-tabell"
            caption={t('reviews.weekly.concernsCaption')}
            columns={[
              t('reviews.weekly.colPupil'),
              t('reviews.weekly.colClass'),
              t('reviews.weekly.colConcern'),
              t('reviews.weekly.colSince'),
            ]}
          >
            {r.concernsWithoutCase.map((c) => (
              <Table.Row key={c.pupilId}>
                <Table.HeaderCell scope="row">{c.pupilName}</Table.HeaderCell>
                <Table.Cell>{c.className}</Table.Cell>
                <Table.Cell>{c.ruleTitle}</Table.Cell>
                <Table.Cell>{formatDate(c.startedOn)}</Table.Cell>
              </Table.Row>
            ))}
          </ScrollTable>
        )}
      </Section>
      <ReviewCaseFigures id="uke-oppfolging" figures={r.caseFigures} />
    </>
  );
}
