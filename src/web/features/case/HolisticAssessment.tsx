import { Fieldset, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { HolisticAssessmentInput } from '../../api';

export const emptyAssessment = (today: string): HolisticAssessmentInput => ({
  assessedOn: today,
  assessedBy: '',
  causesConsidered: '',
  grounds: '',
});

/** The assessment as written, trimmed; the server's guardrail says what is missing. */
export function trimAssessment(a: HolisticAssessmentInput): HolisticAssessmentInput {
  return {
    assessedOn: a.assessedOn,
    assessedBy: a.assessedBy.trim(),
    causesConsidered: a.causesConsidered.trim(),
    grounds: a.grounds.trim(),
  };
}

/** The school's documented holistic assessment (004 §5.1): when, by whom, which causes were weighed, and what beyond the absence gives grounds. */
export function AssessmentFields({
  value,
  onChange,
}: {
  value: HolisticAssessmentInput;
  onChange(next: HolisticAssessmentInput): void;
}) {
  const { t } = useTranslation();
  const set = (key: keyof HolisticAssessmentInput) => (e: { target: { value: string } }) =>
    onChange({ ...value, [key]: e.target.value });
  return (
    <Fieldset>
      <Fieldset.Legend>{t('cases.holisticLegend')}</Fieldset.Legend>
      <Textfield label={t('cases.assessedOn')} type="date" value={value.assessedOn} onChange={set('assessedOn')} />
      <Textfield label={t('cases.assessedBy')} value={value.assessedBy} onChange={set('assessedBy')} />
      <Textfield
        multiline
        rows={3}
        label={t('cases.causesConsidered')}
        value={value.causesConsidered}
        onChange={set('causesConsidered')}
      />
      <Textfield multiline rows={3} label={t('cases.grounds')} value={value.grounds} onChange={set('grounds')} />
    </Fieldset>
  );
}
