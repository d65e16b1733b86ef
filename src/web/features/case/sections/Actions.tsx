import { Button, Fieldset, Heading, Paragraph, Radio, Textfield } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useSubmit } from '../../../ui/useSubmit';
import { FormButtons } from '../../../ui/FormButtons';
import { useTranslation } from 'react-i18next';
import { appToday } from '../../../appClock';
import { formatDate } from '../../../format';
import { caseApi } from '../../../api';
import type {
  CaseAction,
  CaseActionType,
  CaseDetail,
  CaseState,
  EvaluationOutcome,
  HolisticAssessmentInput,
} from '../../../api';
import { offeredActions } from '../../../cases';
import { MEASURE_JUDGEMENTS, type MeasureJudgementValue } from '../../../../domain/ladder/case-machine';
import { AssessmentFields } from '../HolisticAssessment';
import { emptyHeard, HeardFields, heardInput, heardProblems, type HeardProblems } from '../HeardFields';
import { heardNeeded } from '../../../../domain/ladder/heard';
import { FailureMessage, Section } from '../../../ui/feedback';
import { focusById, focusLater, useFocusFirst } from '../../../ui/focus';
import type { SectionProps } from '../types';

// ——— Actions along the ladder ———

export function ActionsSection({ data, onChanged }: SectionProps) {
  const { t } = useTranslation();
  const [panel, setPanel] = useState<CaseActionType | null>(null);
  const buttons = useRef(new Map<CaseActionType, HTMLButtonElement>());
  const actions = offeredActions(data.allowedActions);
  return (
    <Section id="neste-steg" heading={t('cases.actionsHeading')} focusable>
      {actions.length === 0 ? (
        <Paragraph>{t('cases.noActions')}</Paragraph>
      ) : (
        <div className="button-row">
          {actions.map((action) => (
            <Button
              key={action}
              ref={(el: HTMLButtonElement | null) => {
                if (el) buttons.current.set(action, el);
                else buttons.current.delete(action);
              }}
              variant={panel === action ? 'primary' : 'secondary'}
              data-color={action === 'report-to-child-welfare' ? 'danger' : undefined}
              data-size="sm"
              aria-expanded={panel === action}
              onClick={() => setPanel(panel === action ? null : action)}
            >
              {t(`cases.action_${action}`)}
            </Button>
          ))}
        </div>
      )}
      {panel && (
        <ActionForm
          key={panel}
          type={panel}
          data={data}
          onCancel={() => {
            const button = buttons.current.get(panel);
            setPanel(null);
            focusLater(button);
          }}
          onDone={async (state) => {
            setPanel(null);
            await onChanged(
              `${t(`cases.done_${panel}`)} ${state.status === 'open' ? t('cases.stateNow', { level: state.level }) : ''}`.trim(),
            );
            focusById('neste-steg');
          }}
        />
      )}
    </Section>
  );
}

const OUTCOMES = ['solved', 'better', 'more-needed'] as const satisfies readonly EvaluationOutcome[];

function ActionForm({
  type,
  data,
  onCancel,
  onDone,
}: {
  type: CaseActionType;
  data: CaseDetail;
  onCancel(): void;
  onDone(state: CaseState): Promise<void>;
}) {
  const { t } = useTranslation();
  const today = appToday();
  const openState = data.state.status === 'open' ? data.state : null;
  const [evaluationOn, setEvaluationOn] = useState(
    type === 'start-measures'
      ? (data.defaultEvaluationOn ?? '')
      : type === 'set-evaluation-date'
        ? (openState?.evaluationDue ?? '')
        : '',
  );
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<EvaluationOutcome | null>(null);
  const [nextEvaluationOn, setNextEvaluationOn] = useState('');
  const [intensifiedMeasures, setIntensifiedMeasures] = useState('');
  // Each measure of the active plans judged, with a comment (004 §4.3, decision 104).
  const [judgements, setJudgements] = useState<{ judgement: MeasureJudgementValue | null; comment: string }[]>(() =>
    data.evaluationMeasures.map(() => ({ judgement: null, comment: '' })),
  );
  const judge = (i: number, change: Partial<{ judgement: MeasureJudgementValue; comment: string }>) =>
    setJudgements((all) => all.map((j, k) => (k === i ? { ...j, ...change } : j)));
  const [assessment, setAssessment] = useState<HolisticAssessmentInput>({
    assessedOn: today,
    assessedBy: '',
    causesConsidered: '',
    grounds: '',
  });
  const [problems, setProblems] = useState<{ text?: string; date?: string; outcome?: string; measures?: string }>({});
  // The pupil's views and the best interest, on the steps that need them (decision 181).
  const [heard, setHeard] = useState(emptyHeard);
  const [heardIssues, setHeardIssues] = useState<HeardProblems>({});
  const needsHeard = heardNeeded(type, outcome);
  const { busy, failure, run, clear } = useSubmit();
  const form = useFocusFirst<HTMLFormElement>();

  const textLabel =
    type === 'close' ? t('cases.summaryLabel') : type === 'evaluate' ? t('cases.assessment') : t('cases.reason');
  const needsText = type !== 'start-measures' && type !== 'report-to-child-welfare';

  function build(): CaseAction | null {
    const found: typeof problems = {};
    if (type === 'evaluate' && !outcome) found.outcome = t('cases.missingOutcome');
    if (type === 'evaluate' && judgements.some((j) => j.judgement === null))
      found.measures = t('cases.missingJudgement');
    if (needsText && !text.trim())
      found.text =
        type === 'close'
          ? t('cases.missingSummary')
          : type === 'evaluate'
            ? t('cases.missingAssessment')
            : t('cases.missingReasonText');
    if (type === 'set-evaluation-date' && !evaluationOn) found.date = t('cases.missingDate');
    setProblems(found);
    const heardFound = needsHeard ? heardProblems(heard, t, needsHeard === 'full') : {};
    setHeardIssues(heardFound);
    const firstHeard = Object.keys(heardFound)[0];
    if (Object.keys(found).length === 0 && firstHeard) {
      form.current
        ?.querySelector<HTMLElement>(
          firstHeard === 'obtained' ? 'input[name=heard-obtained]' : `[data-heard=${firstHeard}]`,
        )
        ?.focus();
      return null;
    }
    if (Object.keys(found).length > 0) {
      const first = found.outcome
        ? 'input[type=radio]'
        : found.measures
          ? '.measure-judgement input[type=radio]'
          : found.date && type === 'set-evaluation-date'
            ? 'input[type=date]'
            : 'textarea';
      form.current?.querySelector<HTMLElement>(first)?.focus();
      return null;
    }
    const reason = text.trim();
    const maybeDate = evaluationOn ? { evaluationOn } : {};
    const withHeard = needsHeard ? { heard: heardInput(heard) } : {};
    switch (type) {
      case 'start-measures':
        return { type, ...maybeDate, ...withHeard };
      case 'set-evaluation-date':
        return { type, evaluationOn, reason };
      case 'evaluate':
        return {
          type,
          outcome: outcome!,
          assessment: reason,
          ...(outcome !== 'solved' && nextEvaluationOn ? { nextEvaluationOn } : {}),
          ...(outcome === 'more-needed' && intensifiedMeasures.trim()
            ? { intensifiedMeasures: intensifiedMeasures.trim() }
            : {}),
          ...(judgements.length
            ? {
                measures: data.evaluationMeasures.map((m, i) => ({
                  measure: m.measure,
                  measureId: m.measureId,
                  judgement: judgements[i]!.judgement!,
                  ...(judgements[i]!.comment.trim() ? { comment: judgements[i]!.comment.trim() } : {}),
                })),
              }
            : {}),
          ...withHeard,
        };
      case 'escalate':
      case 'de-escalate':
        return { type, reason, ...maybeDate, ...withHeard };
      case 'close':
        return { type, summary: reason, ...withHeard };
      case 'reopen':
        return { type, reason };
      case 'report-to-child-welfare':
        // Sent as written: the server's guardrail says what is missing (004 §5.1), on every ladder.
        return {
          type,
          holisticAssessment: {
            ...assessment,
            assessedBy: assessment.assessedBy.trim(),
            causesConsidered: assessment.causesConsidered.trim(),
            grounds: assessment.grounds.trim(),
          },
          ...withHeard,
        };
    }
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const action = build();
    if (!action) return;
    clear();
    await run(async () => {
      const result = await caseApi.act(data.id, action, data.version);
      await onDone(result.state);
    });
  }

  const dateField = (
    label: string,
    help: string | undefined,
    value: string,
    set: (v: string) => void,
    error?: string,
  ) => (
    <Textfield
      label={label}
      description={help}
      type="date"
      value={value}
      onChange={(e) => set(e.target.value)}
      error={error}
    />
  );

  return (
    <form
      ref={form}
      className="stack-form inline-panel"
      onSubmit={submit}
      noValidate
      aria-labelledby={`skjema-${type}`}
    >
      <Heading level={3} data-size="2xs" id={`skjema-${type}`}>
        {t(`cases.action_${type}`)}
      </Heading>
      <FailureMessage failure={failure} fallback={t('cases.actionFailed')} />
      {type === 'report-to-child-welfare' && <Paragraph className="guardrail-help">{t('cases.reportHelp')}</Paragraph>}
      {type === 'evaluate' && (
        <Fieldset>
          <Fieldset.Legend>{t('cases.outcome')}</Fieldset.Legend>
          {OUTCOMES.map((o) => (
            <Radio
              key={o}
              name="outcome"
              value={o}
              label={t(`cases.outcome_${o}`)}
              checked={outcome === o}
              onChange={() => setOutcome(o)}
              aria-invalid={problems.outcome ? true : undefined}
            />
          ))}
          {problems.outcome && (
            <p className="inline-problem" role="alert">
              {problems.outcome}
            </p>
          )}
        </Fieldset>
      )}
      {type === 'evaluate' && data.evaluationMeasures.length > 0 && (
        <div className="measure-judgements">
          <Paragraph data-size="sm">{t('cases.judgeMeasuresHelp')}</Paragraph>
          {data.evaluationMeasures.map((m, i) => (
            <Fieldset key={i} className="measure-judgement">
              <Fieldset.Legend>{t('cases.judgeMeasure', { measure: m.measure, plan: m.planTitle })}</Fieldset.Legend>
              {m.followed && (
                <Fieldset.Description className="measure-followed">
                  {t('cases.measureFollowed', {
                    days: m.followed.days,
                    count: m.followed.schoolDays,
                    since: formatDate(m.followed.since),
                  })}
                </Fieldset.Description>
              )}
              {MEASURE_JUDGEMENTS.map((j) => (
                <Radio
                  key={j}
                  name={`measure-${i}`}
                  value={j}
                  label={t(`cases.judgement_${j}`)}
                  checked={judgements[i]?.judgement === j}
                  onChange={() => judge(i, { judgement: j })}
                  aria-invalid={problems.measures && !judgements[i]?.judgement ? true : undefined}
                />
              ))}
              <Textfield
                label={t('cases.judgementComment')}
                value={judgements[i]?.comment ?? ''}
                onChange={(e) => judge(i, { comment: e.target.value })}
              />
            </Fieldset>
          ))}
          {problems.measures && (
            <p className="inline-problem" role="alert">
              {problems.measures}
            </p>
          )}
        </div>
      )}
      {type === 'start-measures' &&
        dateField(t('cases.evaluationOn'), t('cases.evaluationOnHelp'), evaluationOn, setEvaluationOn)}
      {type === 'set-evaluation-date' &&
        dateField(t('cases.evaluationOn'), undefined, evaluationOn, setEvaluationOn, problems.date)}
      {needsText && (
        <Textfield
          multiline
          rows={3}
          label={textLabel}
          value={text}
          onChange={(e) => setText(e.target.value)}
          error={problems.text}
        />
      )}
      {type === 'evaluate' &&
        outcome !== 'solved' &&
        dateField(
          t('cases.nextEvaluationOn'),
          t('cases.evaluationOnOptionalHelp'),
          nextEvaluationOn,
          setNextEvaluationOn,
        )}
      {type === 'evaluate' && outcome === 'more-needed' && (
        <Textfield
          multiline
          rows={2}
          label={t('cases.intensifiedMeasures')}
          description={t('cases.intensifiedMeasuresHelp')}
          value={intensifiedMeasures}
          onChange={(e) => setIntensifiedMeasures(e.target.value)}
        />
      )}
      {(type === 'escalate' || type === 'de-escalate') &&
        dateField(t('cases.evaluationOnOptional'), t('cases.evaluationOnOptionalHelp'), evaluationOn, setEvaluationOn)}
      {type === 'report-to-child-welfare' && <AssessmentFields value={assessment} onChange={setAssessment} />}
      {needsHeard && (
        <HeardFields
          value={heard}
          onChange={(next) => {
            // A field's error goes once the field is changed; the rest stay until the next try.
            setHeardIssues((issues) =>
              Object.fromEntries(
                Object.entries(issues).filter(
                  ([key]) => next[key as keyof typeof next] === heard[key as keyof typeof heard],
                ),
              ),
            );
            setHeard(next);
          }}
          problems={heardIssues}
          bestInterest={needsHeard === 'full'}
          pupilVoice={data.pupilVoice}
        />
      )}
      <FormButtons busy={busy} submit={t(`cases.submit_${type}`)} onCancel={onCancel} />
    </form>
  );
}
