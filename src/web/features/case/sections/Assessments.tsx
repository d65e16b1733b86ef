import { Field, Heading, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { InlinePanel } from '../../../ui/InlinePanel';
import { useSubmit } from '../../../ui/useSubmit';
import { FormButtons } from '../../../ui/FormButtons';
import { useTranslation } from 'react-i18next';
import { appToday } from '../../../appClock';
import { ASSESSMENT_KINDS, caseApi } from '../../../api';
import type { AssessmentKind, ExpertAssessment } from '../../../api';
import { FailureMessage, Section } from '../../../ui/feedback';
import { useFocusFirst } from '../../../ui/focus';
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

function ExpertAssessmentForm({
  caseId,
  onCancel,
  onDone,
}: {
  caseId: string;
  onCancel(): void;
  onDone(): Promise<void>;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<AssessmentKind>('sakkyndig-vurdering');
  const [issuedOn, setIssuedOn] = useState(() => appToday());
  const [issuedBy, setIssuedBy] = useState('');
  const [recommendations, setRecommendations] = useState('');
  const [validUntil, setValidUntil] = useState('');
  const [problems, setProblems] = useState<{
    date?: string;
    by?: string;
    recommendations?: string;
    validUntil?: string;
  }>({});
  const { busy, failure, run, clear } = useSubmit();
  const form = useFocusFirst<HTMLFormElement>();
  const temporary = kind === 'sakkyndig-uttalelse';

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found: typeof problems = {};
    if (!issuedOn) found.date = t('cases.missingDate');
    if (!issuedBy.trim()) found.by = t('cases.missingIssuedBy');
    if (!recommendations.trim()) found.recommendations = t('cases.missingRecommendations');
    if (temporary && !validUntil) found.validUntil = t('cases.missingValidUntil');
    setProblems(found);
    const first = found.date
      ? 'input[name=issuedOn]'
      : found.by
        ? 'input[name=issuedBy]'
        : found.recommendations
          ? 'textarea[name=recommendations]'
          : found.validUntil
            ? 'input[name=validUntil]'
            : null;
    if (first) return form.current?.querySelector<HTMLElement>(first)?.focus();
    clear();
    await run(async () => {
      await caseApi.addAssessment(caseId, {
        kind,
        issuedOn,
        issuedBy: issuedBy.trim(),
        recommendations: recommendations.trim(),
        validUntil: validUntil || null,
      });
      await onDone();
    });
  }

  return (
    <form
      ref={form}
      className="stack-form inline-panel"
      onSubmit={submit}
      noValidate
      aria-label={t('cases.addAssessment')}
    >
      <FailureMessage failure={failure} fallback={t('cases.assessmentFailed')} />
      <Field>
        <Label>{t('cases.assessmentKind')}</Label>
        <Select value={kind} onChange={(e) => setKind(e.target.value as AssessmentKind)} width="auto">
          {ASSESSMENT_KINDS.map((k) => (
            <Select.Option key={k} value={k}>
              {t(`cases.assessmentKind_${k}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Textfield
        name="issuedOn"
        label={t('cases.issuedOn')}
        type="date"
        value={issuedOn}
        onChange={(e) => setIssuedOn(e.target.value)}
        error={problems.date}
      />
      <Textfield
        name="issuedBy"
        label={t('cases.issuedBy')}
        value={issuedBy}
        onChange={(e) => setIssuedBy(e.target.value)}
        error={problems.by}
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
    </form>
  );
}
