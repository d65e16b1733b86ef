import { Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { InlinePanel } from '../../../ui/InlinePanel';
import { ChoiceSelect, PanelForm, usePanelForm, type PanelFormProps } from '../../../ui/PanelForm';
import { FormButtons } from '../../../ui/FormButtons';
import { useTranslation } from 'react-i18next';
import { appToday } from '../../../appClock';
import { ASSESSMENT_KINDS, caseApi } from '../../../api';
import type { AssessmentKind, ExpertAssessment } from '../../../api';
import { FailureMessage, Section } from '../../../ui/feedback';
import { formatDate } from '../../../format';
import type { SectionProps } from '../types';

// ——— Expert assessments ———

export function AssessmentsSection({ data, onChanged }: SectionProps) {
  const { t } = useTranslation();
  return (
    <Section id="vurderinger" heading={t('cases.assessmentsHeading')}>
      {data.assessments.length === 0 ? (
        <Paragraph>{t('cases.noAssessments')}</Paragraph>
      ) : (
        <ul className="plain-list">
          {data.assessments.map((a) => (
            <AssessmentItem key={a.id} assessment={a} />
          ))}
        </ul>
      )}
      {!data.readOnly && (
        <InlinePanel label={t('cases.addAssessment')}>
          {(panel) => (
            <ExpertAssessmentForm
              caseId={data.id}
              onCancel={panel.close}
              onDone={() => panel.finish(() => onChanged(t('cases.assessmentSaved')))}
            />
          )}
        </InlinePanel>
      )}
    </Section>
  );
}

function AssessmentItem({ assessment }: { assessment: ExpertAssessment }) {
  const { t } = useTranslation();
  return (
    <li className="meeting" data-assessment-id={assessment.id}>
      <Heading level={3} data-size="2xs">
        {t(`cases.assessmentKind_${assessment.kind}`)} · {formatDate(assessment.issuedOn)}
      </Heading>
      <Paragraph data-size="sm" className="class-list__meta">
        {[
          t('cases.assessmentMeta', { date: formatDate(assessment.issuedOn), by: assessment.issuedBy }),
          assessment.validUntil ? t('cases.assessmentValidUntil', { date: formatDate(assessment.validUntil) }) : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </Paragraph>
      <Paragraph data-size="sm">
        <strong>{t('cases.recommendations')}:</strong> {assessment.recommendations}
      </Paragraph>
    </li>
  );
}

function ExpertAssessmentForm({ caseId, onCancel, onDone }: { caseId: string } & PanelFormProps) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<AssessmentKind>('sakkyndig-vurdering');
  const [issuedOn, setIssuedOn] = useState(() => appToday());
  const [issuedBy, setIssuedBy] = useState('');
  const [recommendations, setRecommendations] = useState('');
  const [validUntil, setValidUntil] = useState('');
  const { busy, failure, form, problems, send } = usePanelForm<
    'issuedOn' | 'issuedBy' | 'recommendations' | 'validUntil'
  >();
  const temporary = kind === 'sakkyndig-uttalelse';

  const submit = send(
    () => ({
      issuedOn: !issuedOn && t('cases.missingDate'),
      issuedBy: !issuedBy.trim() && t('cases.missingIssuedBy'),
      recommendations: !recommendations.trim() && t('cases.missingRecommendations'),
      validUntil: temporary && !validUntil && t('cases.missingValidUntil'),
    }),
    async () => {
      await caseApi.addAssessment(caseId, {
        kind,
        issuedOn,
        issuedBy: issuedBy.trim(),
        recommendations: recommendations.trim(),
        validUntil: validUntil || null,
      });
      await onDone();
    },
  );

  return (
    <PanelForm form={form} onSubmit={submit} label={t('cases.addAssessment')}>
      <FailureMessage failure={failure} fallback={t('cases.assessmentFailed')} />
      <ChoiceSelect
        label={t('cases.assessmentKind')}
        value={kind}
        options={ASSESSMENT_KINDS}
        optionLabel={(k) => t(`cases.assessmentKind_${k}`)}
        onChange={setKind}
      />
      <Textfield
        name="issuedOn"
        label={t('cases.issuedOn')}
        type="date"
        value={issuedOn}
        onChange={(e) => setIssuedOn(e.target.value)}
        error={problems.issuedOn}
      />
      <Textfield
        name="issuedBy"
        label={t('cases.issuedBy')}
        value={issuedBy}
        onChange={(e) => setIssuedBy(e.target.value)}
        error={problems.issuedBy}
      />
      <Textfield
        multiline
        rows={3}
        name="recommendations"
        label={t('cases.recommendations')}
        value={recommendations}
        onChange={(e) => setRecommendations(e.target.value)}
        error={problems.recommendations}
      />
      <Textfield
        name="validUntil"
        label={temporary ? t('cases.validUntil') : t('cases.validUntilOptional')}
        description={temporary ? t('cases.validUntilHelp') : undefined}
        type="date"
        value={validUntil}
        onChange={(e) => setValidUntil(e.target.value)}
        error={problems.validUntil}
      />
      <FormButtons busy={busy} submit={t('cases.assessmentSubmit')} onCancel={onCancel} />
    </PanelForm>
  );
}
