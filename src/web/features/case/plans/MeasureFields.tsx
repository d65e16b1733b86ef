import { Checkbox, Field, Label, Select, ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../api';
import { HOME_SCHOOLING_GROUNDS, REDUCTION_KINDS } from '../../../../domain/plans/plan-schema';
import { fieldId, getIn, pathKey, type Path } from './plans';
import { Text, Choice, Lines } from './fields';
import type { Bind } from './fields';
import { formatDate } from '../../../format';

export function MeasureFields({ bind, at, caseData }: { bind: Bind; at: Path; caseData: CaseDetail }) {
  const { t } = useTranslation();
  const home = getIn(bind.plan, [...at, 'homeSchooling']) as { grounds: string } | null | undefined;
  const returnPlans = caseData.plans.filter((p) => p.kind === 'gradvis-tilbakeforing');
  return (
    <>
      <Text bind={bind} path={[...at, 'description']} label={t('plans.f.measure')} multiline />
      <Text
        bind={bind}
        path={[...at, 'planB']}
        label={t('plans.f.measurePlanB')}
        multiline
        description={t('plans.f.planBHelp')}
      />
      <Text bind={bind} path={[...at, 'responsible']} label={t('plans.f.responsible')} />
      <TeachingFields bind={bind} at={at} />
      <ReductionFields bind={bind} at={[...at, 'attendanceReduction']} caseData={caseData} />
      <Field>
        <Label>{t('plans.f.homeSchooling')}</Label>
        <Select
          id={fieldId(bind.planId, [...at, 'homeSchooling'])}
          value={home?.grounds ?? ''}
          disabled={bind.readOnly}
          width="auto"
          onChange={(e) =>
            bind.set(
              [...at, 'homeSchooling'],
              e.target.value === ''
                ? null
                : {
                    grounds: e.target.value,
                    explanation: '',
                    returnPlanId: null,
                    ...(home ?? {}),
                    ...(home ? { grounds: e.target.value } : {}),
                  },
            )
          }
        >
          <Select.Option value="">{t('plans.f.noHomeSchooling')}</Select.Option>
          {Object.entries(HOME_SCHOOLING_GROUNDS).map(([k, name]) => (
            <Select.Option key={k} value={k}>
              {name}
            </Select.Option>
          ))}
        </Select>
        {bind.problems[pathKey([...at, 'homeSchooling'])] && (
          <ValidationMessage>{bind.problems[pathKey([...at, 'homeSchooling'])]}</ValidationMessage>
        )}
      </Field>
      {home && (
        <>
          <Text
            bind={bind}
            path={[...at, 'homeSchooling', 'explanation']}
            label={t('plans.f.homeExplanation')}
            multiline
          />
          <Choice
            bind={bind}
            path={[...at, 'homeSchooling', 'returnPlanId']}
            label={t('plans.f.returnPlan')}
            empty={t('plans.f.noneChosen')}
            options={Object.fromEntries(returnPlans.map((p) => [p.id, p.title]))}
          />
        </>
      )}
    </>
  );
}

/** «Gjelder i undervisningen» and the teachers' wording of the measure (decision 190). */
export function TeachingFields({ bind, at }: { bind: Bind; at: Path }) {
  const { t } = useTranslation();
  const on = getIn(bind.plan, [...at, 'forTeaching']) === true;
  return (
    <>
      <Checkbox
        id={fieldId(bind.planId, [...at, 'forTeaching'])}
        label={t('plans.f.forTeaching')}
        description={t('plans.f.forTeachingHelp')}
        checked={on}
        disabled={bind.readOnly}
        onChange={(e) => bind.set([...at, 'forTeaching'], e.target.checked)}
      />
      {on && (
        <Text
          bind={bind}
          path={[...at, 'teacherNote']}
          label={t('plans.f.teacherNote')}
          description={t('plans.f.teacherNoteHelp')}
        />
      )}
    </>
  );
}

export function ReductionFields({ bind, at, caseData }: { bind: Bind; at: Path; caseData: CaseDetail }) {
  const { t } = useTranslation();
  const reduction = getIn(bind.plan, at) as { kind: string; basis: { type: string } | null } | null | undefined;
  const basisType = reduction?.basis?.type ?? '';
  const temporary = {
    type: 'midlertidig',
    from: bind.plan.date,
    until: bind.plan.date,
    evaluateOn: bind.plan.date,
    considerations: '',
    bestInterest: '',
    sakkyndigUttalelseId: null,
  };
  const expert = {
    type: 'sakkyndig-vurdering',
    assessmentId: '',
    recommendation: '',
    guardianConsent: { signedOn: bind.plan.date, signedBy: [] },
  };
  return (
    <>
      <Field>
        <Label>{t('plans.f.reduction')}</Label>
        <Select
          id={fieldId(bind.planId, at)}
          value={reduction?.kind ?? ''}
          disabled={bind.readOnly}
          width="auto"
          onChange={(e) =>
            bind.set(
              at,
              e.target.value === ''
                ? null
                : { description: '', basis: null, ...(reduction ?? {}), kind: e.target.value },
            )
          }
        >
          <Select.Option value="">{t('plans.f.noReduction')}</Select.Option>
          {Object.entries(REDUCTION_KINDS).map(([k, name]) => (
            <Select.Option key={k} value={k}>
              {name}
            </Select.Option>
          ))}
        </Select>
        {bind.problems[pathKey(at)] && <ValidationMessage>{bind.problems[pathKey(at)]}</ValidationMessage>}
      </Field>
      {reduction && (
        <>
          <Text bind={bind} path={[...at, 'description']} label={t('plans.f.reductionDescription')} />
          <Field>
            <Label>{t('plans.f.basis')}</Label>
            <Select
              id={fieldId(bind.planId, [...at, 'basis'])}
              value={basisType}
              disabled={bind.readOnly}
              width="auto"
              onChange={(e) =>
                bind.set(
                  [...at, 'basis'],
                  e.target.value === 'midlertidig'
                    ? temporary
                    : e.target.value === 'sakkyndig-vurdering'
                      ? expert
                      : null,
                )
              }
            >
              <Select.Option value="">{t('plans.f.noBasis')}</Select.Option>
              <Select.Option value="sakkyndig-vurdering">{t('plans.f.basisExpert')}</Select.Option>
              <Select.Option value="midlertidig">{t('plans.f.basisTemporary')}</Select.Option>
            </Select>
            {bind.problems[pathKey([...at, 'basis'])] && (
              <ValidationMessage>{bind.problems[pathKey([...at, 'basis'])]}</ValidationMessage>
            )}
          </Field>
          {basisType === 'midlertidig' && (
            <>
              <Text bind={bind} path={[...at, 'basis', 'from']} label={t('plans.f.periodFrom')} type="date" />
              <Text bind={bind} path={[...at, 'basis', 'until']} label={t('plans.f.until')} type="date" />
              <Text bind={bind} path={[...at, 'basis', 'evaluateOn']} label={t('plans.f.evaluateOn')} type="date" />
              <Text
                bind={bind}
                path={[...at, 'basis', 'considerations']}
                label={t('plans.f.considerations')}
                multiline
              />
              <Text bind={bind} path={[...at, 'basis', 'bestInterest']} label={t('plans.f.bestInterest')} multiline />
            </>
          )}
          {basisType === 'sakkyndig-vurdering' && (
            <>
              <Choice
                bind={bind}
                path={[...at, 'basis', 'assessmentId']}
                label={t('plans.f.expertAssessment')}
                empty={t('plans.f.noneChosen')}
                options={Object.fromEntries(
                  caseData.assessments
                    .filter((a) => a.kind === 'sakkyndig-vurdering')
                    .map((a) => [a.id, `${a.issuedBy} (${formatDate(a.issuedOn)})`]),
                )}
              />
              <Text bind={bind} path={[...at, 'basis', 'recommendation']} label={t('plans.f.recommendation')} />
              <Text
                bind={bind}
                path={[...at, 'basis', 'guardianConsent', 'signedOn']}
                label={t('plans.f.consentSignedOn')}
                type="date"
              />
              <Lines
                bind={bind}
                path={[...at, 'basis', 'guardianConsent', 'signedBy']}
                label={t('plans.f.consentSignedBy')}
              />
            </>
          )}
        </>
      )}
    </>
  );
}
