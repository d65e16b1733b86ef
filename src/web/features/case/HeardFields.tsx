import { Field, Fieldset, Label, Paragraph, Radio, Select, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { CaseDetail, HeardInput } from '../../api';
import { HEARD_HOW, HEARD_MIN_LENGTH, type HeardHow } from '../../../domain/ladder/heard';
import { formatDate } from '../../format';

// «Elevens stemme og barnets beste» with a step along the ladder (issue 21, decision 181): the pupil's views
// — or why they could not be obtained and how they were sought — and the best-interest assessment.

export type HeardDraft = {
  obtained: boolean | null;
  how: HeardHow | '';
  views: string;
  why: string;
  howSought: string;
  bestInterest: string;
};
export type HeardProblems = Partial<
  Record<'obtained' | 'how' | 'views' | 'why' | 'howSought' | 'bestInterest', string>
>;

export const emptyHeard: HeardDraft = { obtained: null, how: '', views: '', why: '', howSought: '', bestInterest: '' };

const short = (s: string) => s.trim().length < HEARD_MIN_LENGTH;

/** What is missing, field by field, in the reader's language; the server says the same in Norwegian. */
export function heardProblems(d: HeardDraft, t: TFunction, bestInterest: boolean): HeardProblems {
  const p: HeardProblems = {};
  const min = { min: HEARD_MIN_LENGTH };
  if (d.obtained === null) p.obtained = t('cases.heardMissingObtained');
  if (d.obtained === true && !d.how) p.how = t('cases.heardMissingHow');
  if (d.obtained === true && short(d.views)) p.views = t('cases.heardMissingViews', min);
  if (d.obtained === false && short(d.why)) p.why = t('cases.heardMissingWhy', min);
  if (d.obtained === false && short(d.howSought)) p.howSought = t('cases.heardMissingHowSought', min);
  if (bestInterest && short(d.bestInterest)) p.bestInterest = t('cases.heardMissingBestInterest', min);
  return p;
}

/** The record as sent, trimmed. */
export function heardInput(d: HeardDraft): HeardInput {
  return {
    pupilViews: d.obtained
      ? { obtained: true, how: d.how as HeardHow, views: d.views.trim() }
      : { obtained: false, why: d.why.trim(), howSought: d.howSought.trim() },
    bestInterest: d.bestInterest.trim(),
  };
}

export function HeardFields({
  value,
  onChange,
  problems,
  bestInterest,
  pupilVoice,
  name = 'heard-obtained',
}: {
  value: HeardDraft;
  onChange(next: HeardDraft): void;
  problems: HeardProblems;
  /** A report to the child welfare service has its holistic assessment instead. */
  bestInterest: boolean;
  pupilVoice: CaseDetail['pupilVoice'] | undefined;
  /** The radios' group name: a plan's panel beside the step's has its own (decision 204). */
  name?: string;
}) {
  const { t } = useTranslation();
  const set = (patch: Partial<HeardDraft>) => onChange({ ...value, ...patch });
  const text = (key: 'views' | 'why' | 'howSought' | 'bestInterest', label: string, help?: string) => (
    <Textfield
      multiline
      rows={2}
      label={label}
      description={help}
      value={value[key]}
      onChange={(e) => set({ [key]: e.target.value })}
      error={problems[key]}
      data-heard={key}
    />
  );
  const evidence = pupilVoice?.evidence ?? [];
  return (
    <Fieldset className="heard-fields">
      <Fieldset.Legend>{t('cases.heardLegend')}</Fieldset.Legend>
      <Fieldset.Description>{t('cases.heardHelp')}</Fieldset.Description>
      {evidence.length > 0 && (
        <Paragraph data-size="sm" className="heard-fields__hint">
          {t('cases.heardEvidence', {
            list: evidence.map((e) => `${e.text} (${formatDate(e.on)})`).join(', '),
          })}
        </Paragraph>
      )}
      <Fieldset>
        <Fieldset.Legend>{t('cases.heardObtainedLegend')}</Fieldset.Legend>
        {[true, false].map((obtained) => (
          <Radio
            key={String(obtained)}
            name={name}
            value={String(obtained)}
            label={obtained ? t('cases.heardObtained') : t('cases.heardNotObtained')}
            checked={value.obtained === obtained}
            onChange={() => set({ obtained })}
            aria-invalid={problems.obtained ? true : undefined}
          />
        ))}
        {problems.obtained && (
          <p className="inline-problem" role="alert">
            {problems.obtained}
          </p>
        )}
      </Fieldset>
      {value.obtained === true && (
        <>
          <Field>
            <Label>{t('cases.heardHow')}</Label>
            <Select
              value={value.how}
              onChange={(e) => set({ how: e.target.value as HeardHow | '' })}
              aria-invalid={problems.how ? true : undefined}
              data-heard="how"
            >
              <Select.Option value="">{t('cases.heardHowChoose')}</Select.Option>
              {HEARD_HOW.map((how) => (
                <Select.Option key={how} value={how}>
                  {t(`cases.heardHow_${how}`)}
                </Select.Option>
              ))}
            </Select>
            {problems.how && (
              <p className="inline-problem" role="alert">
                {problems.how}
              </p>
            )}
          </Field>
          {text('views', t('cases.heardViews'))}
        </>
      )}
      {value.obtained === false && (
        <>
          {text('why', t('cases.heardWhy'))}
          {text('howSought', t('cases.heardHowSought'))}
        </>
      )}
      {bestInterest && text('bestInterest', t('cases.heardBestInterest'), t('cases.heardBestInterestHelp'))}
    </Fieldset>
  );
}

/** The record as the history shows it: «Elevens syn (samtale): …», «Barnets beste: …». */
export function HeardRecord({ heard }: { heard: NonNullable<CaseDetail['timeline'][number]['heard']> }) {
  const { t } = useTranslation();
  const v = heard.pupilViews;
  return (
    <dl className="heard-record">
      <dt>{t('cases.heardViewsTerm')}</dt>
      <dd>
        {v.obtained
          ? t('cases.heardViewsObtained', { how: t(`cases.heardHow_${v.how}`), views: v.views })
          : t('cases.heardViewsNotObtained', { why: v.why, howSought: v.howSought })}
      </dd>
      {heard.bestInterest && (
        <>
          <dt>{t('cases.heardBestInterestTerm')}</dt>
          <dd>{heard.bestInterest}</dd>
        </>
      )}
    </dl>
  );
}
