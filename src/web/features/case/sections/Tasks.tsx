import { Button, Field, Heading, Label, Link, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { InlinePanel } from '../../../ui/InlinePanel';
import { useSubmit } from '../../../ui/useSubmit';
import { FormButtons } from '../../../ui/FormButtons';
import { useTranslation } from 'react-i18next';
import { appToday } from '../../../appClock';
import { ApiError, REFERRAL_SERVICE_NAMES, caseApi } from '../../../api';
import type { CaseTask, HolisticAssessmentInput, MeetingKind } from '../../../api';
import { isOneOf } from '../../../../contract/enums';
import { LADDER_ROLES } from '../../../../domain/ladder/ladder-schema';
import { needsHolisticAssessment, referralServicesFor, tasksByLevel } from '../../../cases';
import { AssessmentFields, emptyAssessment, trimAssessment } from '../HolisticAssessment';
import { FailureMessage, Section } from '../../../ui/feedback';
import { focusById, useFocusFirst } from '../../../ui/focus';
import type { Changed, SectionProps } from '../types';
import { noticeButtonId } from './Notices';
import { REGISTER_CONSENT_ID } from '../consent/ConsentSection';
import { formatDate } from '../../../format';
import { SourceNote } from '../../../ui/SourceNote';
import { KARTLEGGING_ID } from '../forms/CaseFormsSection';

// ——— The checklist ———

type PlanMeeting = (kind: MeetingKind) => void;

export function TasksSection({ data, onChanged, onPlanMeeting }: SectionProps & { onPlanMeeting: PlanMeeting }) {
  const { t } = useTranslation();
  const groups = tasksByLevel(data.tasks, data.state.level);
  return (
    <Section id="sjekkliste" heading={t('cases.tasksHeading')}>
      {groups.length === 0 && <Paragraph>{t('cases.noTasks')}</Paragraph>}
      {groups.map((group) => (
        <div key={group.level} className="task-group">
          <Heading level={3} data-size="2xs">
            {t('cases.tasksLevel', { level: group.level })}
          </Heading>
          <ul className="plain-list">
            {group.tasks.map((task) => (
              <TaskItem
                key={task.id}
                caseId={data.id}
                task={task}
                onChanged={onChanged}
                onPlanMeeting={data.meetings ? onPlanMeeting : undefined}
                readOnly={!task.mayTick}
                consentForm={data.consentForm !== null}
              />
            ))}
          </ul>
        </div>
      ))}
      {data.state.status === 'open' && !data.readOnly && (
        <InlinePanel label={t('cases.addTask')}>
          {(panel) => (
            <AddTaskForm
              caseId={data.id}
              onCancel={panel.close}
              onDone={() => panel.finish(() => onChanged(t('cases.taskAdded')))}
            />
          )}
        </InlinePanel>
      )}
    </Section>
  );
}

function TaskItem({
  caseId,
  task,
  onChanged,
  onPlanMeeting,
  readOnly = false,
  consentForm = false,
}: {
  caseId: string;
  task: CaseTask;
  onChanged: Changed;
  onPlanMeeting?: PlanMeeting;
  readOnly?: boolean;
  consentForm?: boolean;
}) {
  const { t } = useTranslation();
  const { busy, failure, run, clear } = useSubmit();
  const action = task.action ?? null;
  const services = referralServicesFor(action);
  // A referral or a report to child welfare needs more than a tick: its fields show up front when the task's
  // action says so, and for any other task once the server has refused a plain tick (decision 016).
  const [extra, setExtra] = useState(false);
  const [service, setService] = useState<string>(services.length === 1 ? services[0]! : '');
  const [assessment, setAssessment] = useState<HolisticAssessmentInput>(() => emptyAssessment(appToday()));
  const [comment, setComment] = useState('');
  const headingId = `oppgave-${task.id}`;
  const showService = services.length > 0 || extra;
  const showAssessment = needsHolisticAssessment(action, service) || (extra && !action);

  async function done() {
    clear();
    await run(async () => {
      const filled = assessment.assessedBy.trim() || assessment.causesConsidered.trim() || assessment.grounds.trim();
      const withAssessment = showAssessment && (filled || action?.type === 'child-welfare-report');
      try {
        await caseApi.completeTask(caseId, task.id, {
          version: task.version,
          ...(showService && isOneOf(REFERRAL_SERVICE_NAMES, service) ? { service } : {}),
          ...(withAssessment ? { holisticAssessment: trimAssessment(assessment) } : {}),
          ...(comment.trim() ? { comment: comment.trim() } : {}),
        });
      } catch (err) {
        // The server's guardrail refused: show the service and assessment fields it asks for.
        if (err instanceof ApiError && err.status === 400) setExtra(true);
        throw err;
      }
      await onChanged(t('cases.taskDoneNotice', { text: task.text }));
      focusById(headingId);
    });
  }

  const meta = [
    task.source === 'team' ? t('cases.taskOwn') : null,
    task.responsible.length > 0
      ? t('cases.taskResponsible', { who: task.responsible.map(ladderRoleName).join(', ') })
      : null,
    task.ownerName ? t('cases.taskOwner', { name: task.ownerName }) : null,
    task.dueOn ? t('cases.taskDue', { date: formatDate(task.dueOn) }) : null,
  ].filter(Boolean);
  const hint = action ? taskHint(action) : null;
  return (
    <li className="task" data-task-id={task.id} data-action={action?.type}>
      <p className="task__text" id={headingId} tabIndex={-1}>
        {task.text}
      </p>
      {meta.length > 0 && <span className="class-list__meta">{meta.join(' · ')}</span>}
      {hint && (
        <Paragraph data-size="sm" className="task__hint">
          {t(hint)}
        </Paragraph>
      )}
      {task.weekly && (
        <Paragraph data-size="sm" className="task__hint">
          {t('cases.taskWeeklyHint')}
        </Paragraph>
      )}
      <p className="task__status">
        {task.doneOn
          ? t('cases.taskDone', { date: formatDate(task.doneOn), name: task.doneByName ?? '' })
          : t('cases.taskOpen')}
      </p>
      <TaskDoneHow task={task} />
      {task.sourceText && <SourceNote source={task.sourceText} />}
      {!task.doneOn && !readOnly && (
        <>
          <FailureMessage failure={failure} fallback={t('cases.taskFailed')} />
          {(showService || showAssessment) && (
            <div className="stack-form inline-panel">
              {extra && <Paragraph data-size="sm">{t('cases.taskExtraHelp')}</Paragraph>}
              {showService && (
                <Field>
                  <Label>{t('cases.service')}</Label>
                  <Select value={service} onChange={(e) => setService(e.target.value)} width="auto">
                    {services.length !== 1 && <Select.Option value="">{t('cases.serviceNone')}</Select.Option>}
                    {(services.length > 0 ? services : REFERRAL_SERVICE_NAMES).map((s) => (
                      <Select.Option key={s} value={s}>
                        {t(`cases.service_${s}`)}
                      </Select.Option>
                    ))}
                  </Select>
                </Field>
              )}
              {showAssessment && (
                <>
                  <Paragraph data-size="sm">{t('cases.reportHelp')}</Paragraph>
                  <AssessmentFields value={assessment} onChange={setAssessment} />
                </>
              )}
            </div>
          )}
          <Textfield
            data-size="sm"
            label={
              <>
                {t('checklist.comment')}
                <span className="ds-sr-only"> – {task.text}</span>
              </>
            }
            value={comment}
            onChange={(e) => setComment(e.target.value)}
          />
          <div className="button-row">
            <Button variant="secondary" data-size="sm" onClick={done} disabled={busy} aria-busy={busy || undefined}>
              {t('cases.markDone')}
              <span className="ds-sr-only"> – {task.text}</span>
            </Button>
            {action?.type === 'meeting' && onPlanMeeting && (
              <Button
                variant="tertiary"
                data-size="sm"
                onClick={() => onPlanMeeting(action.meetingType ?? 'samarbeidsmote')}
              >
                {t('cases.planMeeting')}
                <span className="ds-sr-only"> – {task.text}</span>
              </Button>
            )}
            {action?.type === 'written-notice' && action.to !== 'foresatte' && (
              <Button
                variant="tertiary"
                data-size="sm"
                onClick={() =>
                  focusById(noticeButtonId(action.to === 'avdelingsdirektor' ? 'avdelingsdirektor' : 'skoleledelse'))
                }
              >
                {t('cases.toNotice', {
                  notice: t(`cases.notice_${action.to === 'avdelingsdirektor' ? 'avdelingsdirektor' : 'skoleledelse'}`),
                })}
              </Button>
            )}
            {action?.type === 'consent' && consentForm && (
              <Button variant="tertiary" data-size="sm" onClick={() => focusById(REGISTER_CONSENT_ID)}>
                {t('consent.toForm')}
              </Button>
            )}
          </div>
        </>
      )}
    </li>
  );
}

/** Where each kind of work that ticks a task is on the case page (decision 112). */
const WORK_SECTION: Record<NonNullable<CaseTask['tickedBy']>['kind'], string> = {
  meeting: 'moter',
  form: KARTLEGGING_ID,
  plan: 'planer',
  consent: 'samtykke',
  referral: 'henvisninger',
};

/** What ticked a done task — a link to the work — or the comment of the person who ticked it. */
function TaskDoneHow({ task }: { task: CaseTask }) {
  const { t } = useTranslation();
  if (!task.doneOn) return null;
  return (
    <>
      {task.tickedBy && (
        <Paragraph data-size="sm" className="task__ticked-by">
          {t(`checklist.tickedBy_${task.tickedBy.kind}`)}{' '}
          <Link href={`#${WORK_SECTION[task.tickedBy.kind]}`} data-work-id={task.tickedBy.id}>
            {t('checklist.showWork')}
            <span className="ds-sr-only"> – {task.text}</span>
          </Link>
        </Paragraph>
      )}
      {task.comment && <Paragraph data-size="sm">{t('checklist.doneComment', { comment: task.comment })}</Paragraph>}
    </>
  );
}

/** A short hint per kind of task action; unknown kinds get none. */
function taskHint(action: NonNullable<CaseTask['action']>) {
  switch (action.type) {
    case 'meeting':
      return 'cases.hint_meeting' as const;
    case 'written-notice':
      return action.to === 'foresatte'
        ? ('cases.hint_written-notice-foresatte' as const)
        : ('cases.hint_written-notice' as const);
    case 'plan':
      return 'cases.hint_plan' as const;
    case 'consent':
      return 'cases.hint_consent' as const;
    case 'referral':
      return 'cases.hint_referral' as const;
    case 'evaluation':
      return 'cases.hint_evaluation' as const;
    case 'child-welfare-report':
      return 'cases.hint_child-welfare-report' as const;
    default:
      return null;
  }
}

function AddTaskForm({ caseId, onCancel, onDone }: { caseId: string; onCancel(): void; onDone(): Promise<void> }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const { busy, failure, run } = useSubmit();
  const form = useFocusFirst<HTMLFormElement>();

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!text.trim()) {
      setProblem(t('cases.missingTaskText'));
      form.current?.querySelector('textarea')?.focus();
      return;
    }
    setProblem(undefined);
    await run(async () => {
      await caseApi.addTask(caseId, { text: text.trim(), ...(dueOn ? { dueOn } : {}) });
      await onDone();
    });
  }

  return (
    <form ref={form} className="stack-form inline-panel" onSubmit={submit} noValidate>
      <FailureMessage failure={failure} fallback={t('cases.taskFailed')} />
      <Textfield
        multiline
        rows={2}
        label={t('cases.taskText')}
        value={text}
        onChange={(e) => setText(e.target.value)}
        error={problem}
      />
      <Textfield label={t('cases.taskDueOn')} type="date" value={dueOn} onChange={(e) => setDueOn(e.target.value)} />
      <FormButtons busy={busy} submit={t('cases.addTaskSubmit')} onCancel={onCancel} />
    </form>
  );
}

/** A ladder role in words («Kontaktlærer»), never its code; an unknown code (an older ladder) reads as itself. */
function ladderRoleName(code: string): string {
  return (LADDER_ROLES as Record<string, string | undefined>)[code] ?? code;
}
