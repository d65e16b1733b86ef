import { Button, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reviewsApi, type MovementReviewResponse } from '../../api/reviews';
import type { MovementRow } from '../../../contract';
import { formatDate } from '../../format';
import { ErrorAlert, errorMessage } from '../../ui/ErrorAlert';
import { Section } from '../../ui/feedback';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { ScrollTable } from '../../ui/ScrollTable';
import { useApi } from '../../useApi';
import { BackToReviews } from './BackToReviews';
import { LevelTable } from './LevelTable';
import { MovementChart } from './MovementChart';
import { ReviewCaseFigures } from './ReviewCaseFigures';
import { ReviewExport } from './ReviewExport';
import { decimal } from './reviewFormat';
import { SchoolPicker, useReviewSchool } from './SchoolPicker';

type Kind = 'monthly' | 'semester';

export const MonthlyReviewPage = () => <MovementReviewPage kind="monthly" />;
export const SemesterReviewPage = () => <MovementReviewPage kind="semester" />;

/**
 * The resource team's monthly review and the semester review (004 §1.1 (3), decision 141): the movement in absence
 * per trinn and class between the two halves of a period, progress («fremgang») first. Counts only, no names.
 */
function MovementReviewPage({ kind }: { kind: Kind }) {
  const { t } = useTranslation();
  const [range, setRange] = useState<{ from?: string; to?: string }>({});
  const schoolId = useReviewSchool();
  const data = useApi(`movement-${kind}-${range.from ?? ''}-${range.to ?? ''}-${schoolId ?? ''}`, () =>
    reviewsApi.movement(kind, range, schoolId),
  );
  const title = t(kind === 'monthly' ? 'reviews.movement.monthlyTitle' : 'reviews.movement.semesterTitle');
  return (
    <Page
      title={title}
      heading={data.status === 'ok' ? t('reviews.movement.heading', { title, school: data.data.school.name }) : title}
    >
      <div className="review-page">
        <BackToReviews />
        {data.status === 'loading' && <Loading label={t('reviews.loading')} />}
        {data.status === 'error' && <ErrorAlert>{errorMessage(data.error, t('reviews.failed'))}</ErrorAlert>}
        {data.status === 'ok' && <Movement r={data.data} path={kind} onRange={setRange} />}
      </div>
    </Page>
  );
}

function RangeForm({
  r,
  onRange,
}: {
  r: MovementReviewResponse;
  onRange: (range: { from: string; to: string }) => void;
}) {
  const { t } = useTranslation();
  const [from, setFrom] = useState(r.before.from);
  const [to, setTo] = useState(r.after.to);
  return (
    <form
      className="review-noprint stack-form"
      aria-labelledby="periode-valg"
      onSubmit={(e) => {
        e.preventDefault();
        onRange({ from, to });
      }}
    >
      <h2 id="periode-valg" className="ds-heading" data-size="xs">
        {t('reviews.movement.rangeHeading')}
      </h2>
      <Paragraph data-size="sm">{t('reviews.movement.rangeHelp')}</Paragraph>
      <div className="review-actions">
        <Textfield
          label={t('reviews.movement.from')}
          type="date"
          value={from}
          onChange={(e) => setFrom(e.target.value)}
        />
        <Textfield label={t('reviews.movement.to')} type="date" value={to} onChange={(e) => setTo(e.target.value)} />
      </div>
      <Button type="submit" variant="secondary" data-size="sm">
        {t('reviews.movement.show')}
      </Button>
    </form>
  );
}

function MovementTable({ id, heading, rows }: { id: string; heading: string; rows: MovementRow[] }) {
  const { t } = useTranslation();
  const pct = (n: number) => t('reviews.percent', { value: decimal(n) });
  const bands = rows[0]?.bands.map((b) => b.percent) ?? [5, 10, 20];
  return (
    <Section id={id} heading={heading}>
      <ScrollTable
        captionId={`${id}-tabell`}
        caption={`${heading}: ${t('reviews.movement.caption')}`}
        columns={[
          t('reviews.movement.colGroup'),
          t('reviews.movement.colPupils'),
          t('reviews.movement.colBefore'),
          t('reviews.movement.colAfter'),
          ...bands.flatMap((band) => [
            t('reviews.movement.colBelow', { band }),
            t('reviews.movement.colAbove', { band }),
          ]),
        ]}
      >
        {rows.map((row) => (
          <Table.Row key={row.label}>
            <Table.HeaderCell scope="row">{row.label}</Table.HeaderCell>
            <Table.Cell>{row.pupils}</Table.Cell>
            <Table.Cell className="review-number">{pct(row.beforePercent)}</Table.Cell>
            <Table.Cell className="review-number">{pct(row.afterPercent)}</Table.Cell>
            {row.bands.flatMap((b) => [
              <Table.Cell key={`${b.percent}-below`} className={b.movedBelow > 0 ? 'review-progress' : undefined}>
                {b.movedBelow}
              </Table.Cell>,
              <Table.Cell key={`${b.percent}-above`}>{b.movedAbove}</Table.Cell>,
            ])}
          </Table.Row>
        ))}
      </ScrollTable>
    </Section>
  );
}

function Movement({
  r,
  path,
  onRange,
}: {
  r: MovementReviewResponse;
  path: Kind;
  onRange: (range: { from: string; to: string }) => void;
}) {
  const { t } = useTranslation();
  const ten = r.total.bands.find((b) => b.percent === 10);
  return (
    <>
      <Paragraph>
        {t('reviews.movement.periods', {
          beforeFrom: formatDate(r.before.from),
          beforeTo: formatDate(r.before.to),
          afterFrom: formatDate(r.after.from),
          afterTo: formatDate(r.after.to),
        })}
      </Paragraph>
      {ten && (
        <Paragraph className="review-progress">
          {ten.movedBelow > 0
            ? t('reviews.movement.progress', { count: ten.movedBelow })
            : t('reviews.movement.progressNone')}{' '}
          {ten.movedAbove > 0 && t('reviews.movement.worse', { count: ten.movedAbove })}
        </Paragraph>
      )}
      <SchoolPicker key={r.school.id} current={r.school.id} choices={r.schoolChoices} />
      <RangeForm r={r} onRange={onRange} />
      <ReviewExport
        path={path}
        params={{ from: r.before.from, to: r.after.to, schoolId: r.school.id }}
        fileBase={`${path === 'monthly' ? 'manedsgjennomgang' : 'semestergjennomgang'}-${r.today}`}
      />
      {path === 'semester' && <MovementChart r={r} />}
      <MovementTable id="bevegelse-skolen" heading={t('reviews.movement.schoolHeading')} rows={[r.total]} />
      <MovementTable id="bevegelse-trinn" heading={t('reviews.movement.trinnHeading')} rows={r.trinn} />
      <MovementTable id="bevegelse-klasse" heading={t('reviews.movement.classHeading')} rows={r.classes} />
      <Section id="bevegelse-saker" heading={t('reviews.movement.casesHeading')}>
        <LevelTable
          id="bevegelse-saker-tabell"
          caption={t('reviews.movement.casesCaption')}
          levels={r.casesByLevel}
          newLabel={t('reviews.movement.colNew')}
        />
      </Section>
      <ReviewCaseFigures id="bevegelse-oppfolging" figures={r.caseFigures} />
    </>
  );
}
