import { Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { guardianApi } from '../../../api';
import type { MyChild, SentDocument } from '../../../api';
import { formatDate, formatDateTime } from '../../../format';
import { Section } from '../../../ui/feedback';
import { ScrollTable } from '../../../ui/ScrollTable';

/**
 * The aktivitetsplan of a school environment matter (opplæringslova kapittel 12, decision 211), once the school
 * has sent it home: what the measures are to solve, the measures with when and who, when they are evaluated, and
 * the family's right to take the matter to the Statsforvalteren (§ 12-6). Shown first among what the school has
 * sent, because a safe school comes first; nothing is shown before the school sends the plan.
 */
export function SchoolEnvironment({ data }: { data: MyChild }) {
  const { t } = useTranslation();
  if (data.activityPlans.length === 0) return null;
  return (
    <Section focusable id="skolemiljo" heading={t('child.schoolEnvironmentHeading')}>
      <Paragraph>{t('child.schoolEnvironmentIntro', { name: data.child.firstName })}</Paragraph>
      {data.activityPlans.map((d) => (
        <ActivityPlan key={d.id} pupilId={data.child.id} document={d} />
      ))}
      <Heading level={3} data-size="2xs">
        {t('child.statsforvalterHeading')}
      </Heading>
      <Paragraph>{t('child.statsforvalter')}</Paragraph>
    </Section>
  );
}

function ActivityPlan({ pupilId, document: d }: { pupilId: string; document: SentDocument }) {
  const { t } = useTranslation();
  const plan = d.activityPlan;
  if (!plan) return null;
  const heading = d.date ? t('child.activityPlanSince', { date: formatDate(d.date) }) : d.title;
  const captionId = `aktivitetsplan-${d.id}`;
  return (
    <div className="child-plan">
      <Heading level={3} data-size="2xs">
        {heading}
      </Heading>
      <Paragraph data-size="xs">{t('child.sentAt', { at: formatDateTime(d.sentAt) })}</Paragraph>
      {!plan.open && <Paragraph data-size="sm">{t('child.activityPlanClosed')}</Paragraph>}
      <Paragraph>
        <strong>{t('child.activityPlanProblem')}:</strong> {plan.problem}
      </Paragraph>
      <ScrollTable
        captionId={captionId}
        caption={t('child.activityPlanMeasures')}
        columns={[t('child.measureWhat'), t('child.measureWhen'), t('child.measureResponsible')]}
      >
        {plan.measures.map((m, i) => (
          <Table.Row key={i}>
            <Table.HeaderCell scope="row">{m.what}</Table.HeaderCell>
            <Table.Cell>{m.when}</Table.Cell>
            <Table.Cell>{m.responsible}</Table.Cell>
          </Table.Row>
        ))}
      </ScrollTable>
      <Paragraph>{t('child.activityPlanEvaluation', { date: formatDate(plan.evaluationOn) })}</Paragraph>
      <Paragraph data-size="sm">
        <Link href={guardianApi.documentPdfUrl(pupilId, d)} download>
          {t('child.pdf')}
          <span className="ds-sr-only"> – {heading}</span>
        </Link>
      </Paragraph>
    </div>
  );
}
