import { Button, Field, Label, Link, Paragraph, Select, Table } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { reviewsApi, type TrinnMeetingResponse } from '../../api/reviews';
import { formatDate } from '../../format';
import { ErrorAlert, errorMessage } from '../../ui/ErrorAlert';
import { Section } from '../../ui/feedback';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { ScrollTable } from '../../ui/ScrollTable';
import { useApi } from '../../useApi';
import { BackToReviews } from './BackToReviews';
import { ReviewExport } from './ReviewExport';
import { SchoolPicker, useReviewSchool } from './SchoolPicker';

/**
 * «Trinnmøte» every other week (004 §1.1 (3), decision 140): the trinn's pupils with a concern or a case, new since
 * the last meeting first, each with the next step. A contact teacher sees the own class only; the screen says so.
 */
export function TrinnMeetingPage() {
  const { t } = useTranslation();
  const [trinn, setTrinn] = useState<number | undefined>(undefined);
  const schoolId = useReviewSchool();
  const data = useApi(`trinn-meeting-${trinn ?? ''}-${schoolId ?? ''}`, () => reviewsApi.trinn(trinn, schoolId));
  const title = t('reviews.trinn.title');
  return (
    <Page
      title={title}
      heading={
        data.status === 'ok'
          ? t('reviews.trinn.heading', { trinn: data.data.trinn, school: data.data.school.name })
          : title
      }
    >
      <div className="review-page">
        <BackToReviews />
        {data.status === 'loading' && <Loading label={t('reviews.loading')} />}
        {data.status === 'error' && <ErrorAlert>{errorMessage(data.error, t('reviews.failed'))}</ErrorAlert>}
        {data.status === 'ok' && <Meeting m={data.data} onTrinn={setTrinn} />}
      </div>
    </Page>
  );
}

function Meeting({ m, onTrinn }: { m: TrinnMeetingResponse; onTrinn: (trinn: number) => void }) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState(String(m.trinn));
  return (
    <>
      <SchoolPicker key={m.school.id} current={m.school.id} choices={m.schoolChoices} />
      {m.trinnChoices.length > 1 && (
        <form
          className="review-actions review-noprint"
          onSubmit={(e) => {
            e.preventDefault();
            onTrinn(Number(choice));
          }}
        >
          <Field>
            <Label htmlFor="trinn-valg">{t('reviews.trinn.choose')}</Label>
            <Select id="trinn-valg" value={choice} onChange={(e) => setChoice(e.target.value)} width="auto">
              {m.trinnChoices.map((n) => (
                <Select.Option key={n} value={String(n)}>
                  {t('reviews.trinn.trinnOption', { trinn: n })}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Button type="submit" variant="secondary" data-size="sm">
            {t('reviews.trinn.show')}
          </Button>
        </form>
      )}
      <Paragraph>{t('reviews.trinn.since', { since: formatDate(m.since) })}</Paragraph>
      {m.partial && <Paragraph data-size="sm">{t('reviews.trinn.partial')}</Paragraph>}
      <ReviewExport
        path="trinn"
        params={{ trinn: m.trinn, schoolId: m.school.id }}
        fileBase={`trinnmote-${m.trinn}-trinn-${m.today}`}
      />
      <Section id="trinn-elever" heading={t('reviews.trinn.caption')}>
        {m.pupils.length === 0 ? (
          <Paragraph>{t('reviews.trinn.none')}</Paragraph>
        ) : (
          <ScrollTable
            labelledBy="trinn-elever"
            columns={[
              t('reviews.weekly.colPupil'),
              t('reviews.weekly.colClass'),
              t('reviews.trinn.colNew'),
              t('reviews.weekly.colConcern'),
              t('reviews.trinn.colCase'),
              t('reviews.trinn.colNext'),
              t('reviews.trinn.colDue'),
            ]}
          >
            {m.pupils.map((p) => (
              <Table.Row key={p.pupilId}>
                <Table.HeaderCell scope="row">{p.pupilName}</Table.HeaderCell>
                <Table.Cell>{p.className}</Table.Cell>
                <Table.Cell>{p.isNew ? t('reviews.trinn.isNew') : ''}</Table.Cell>
                <Table.Cell>
                  {p.ruleTitle && p.concernSince ? `${p.ruleTitle} (${formatDate(p.concernSince)})` : '–'}
                </Table.Cell>
                <Table.Cell>
                  {p.caseId !== null && p.level !== null ? (
                    <Link asChild>
                      <RouterLink
                        to={`/sak/${encodeURIComponent(p.caseId)}`}
                        aria-label={t('reviews.trinn.openCase', { name: p.pupilName })}
                      >
                        {t('reviews.weekly.level', { level: p.level })}
                      </RouterLink>
                    </Link>
                  ) : (
                    t('reviews.trinn.noCase')
                  )}
                </Table.Cell>
                <Table.Cell>{p.nextStep ?? '–'}</Table.Cell>
                <Table.Cell>{p.nextStepDue ? formatDate(p.nextStepDue) : '–'}</Table.Cell>
              </Table.Row>
            ))}
          </ScrollTable>
        )}
      </Section>
    </>
  );
}
