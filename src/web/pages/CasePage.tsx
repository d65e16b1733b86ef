import {
  Alert,
  Button,
  Checkbox,
  Field,
  Fieldset,
  Heading,
  Label,
  Link,
  Paragraph,
  Radio,
  Select,
  Table,
  Tag,
  Textfield,
} from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { addDays, localToday } from '../absence';
import { ApiError, MEETING_KINDS, REFERRAL_SERVICE_NAMES, api, caseApi } from '../api';
import type {
  AbsencePeriod,
  CaseAction,
  CaseActionType,
  CaseDetail,
  CaseState,
  CaseTask,
  EvaluationOutcome,
  HolisticAssessmentInput,
  Meeting,
  MeetingKind,
} from '../api';
import { useAuth, useUser } from '../auth';
import {
  downloadName,
  needsHolisticAssessment,
  offeredActions,
  referralServicesFor,
  splitLines,
  tasksByLevel,
} from '../cases';
import { AlertHistoryCard } from '../components/AlertHistory';
import { ContactForm } from '../components/ContactForm';
import { ErrorAlert, errorMessage } from '../components/ErrorAlert';
import {
  AssessmentFields,
  FailureMessage,
  Section,
  emptyAssessment,
  focusById,
  trimAssessment,
  useFailure,
  useFocusFirst,
} from '../components/caseParts';
import type { Changed } from '../components/caseParts';
import { Loading } from '../components/Loading';
import { downloadPdf } from '../components/OpenCase';
import { Page } from '../components/Page';
import { AssessmentsSection, NoticesSection, PassBaton, ReferralsSection, noticeButtonId } from './CaseExtras';
import { CaseFormsSection } from './CaseForms';
import { ConsentSection, REGISTER_CONSENT_ID } from './ConsentSection';
import { CaseParticipants } from './CaseParticipants';
import { PlansSection } from './CasePlans';
import { NotFoundPage } from './NotFoundPage';
import { NOTE_SERVICES, accessServiceLabel, partnerService } from '../consent';
import { CONSENT_SERVICE_LABEL } from '../../domain/consent/consent';
import { isOneOf, SERVICE_KINDS } from '../../contract/enums';
import { ReloadContext } from '../components/absence';
import { alertHistory } from '../concerns';
import { formatDate, formatDateTime, fullName } from '../format';
import { useApi } from '../useApi';

/** One case along the tiltakstrapp: where it stands and what the guideline says, what to do next, the checklist, meetings, contacts and the timeline. */
export function CasePage() {
  const { t } = useTranslation();
  const { caseId = '' } = useParams();
  const { handleApiError } = useAuth();
  const user = useUser();
  const loaded = useApi(`case:${caseId}`, () => caseApi.get(caseId));
  const [current, setData] = useState<CaseDetail | null>(null);
  const data = current && current.id === caseId ? current : null;
  const [notice, setNotice] = useState<{ id: number; text: string } | null>(null);
  // A checklist task's "Planlegg møte" opens the meeting form with the task's kind of meeting.
  const [meetingRequest, setMeetingRequest] = useState<{ kind: MeetingKind; n: number } | null>(null);
  const loadedData = loaded.status === 'ok' ? loaded.data : null;
  useEffect(() => {
    if (loadedData) setData(loadedData);
  }, [loadedData]);

  // After a change: fetch again without unmounting the page, so focus stays where it is.
  async function refresh() {
    try {
      setData(await caseApi.get(caseId));
    } catch (error) {
      handleApiError(error);
    }
  }
  const changed: Changed = async (text) => {
    setNotice((previous) => ({ id: (previous?.id ?? 0) + 1, text }));
    await refresh();
  };

  // A case the user may not see answers as one that does not exist (the server says 404 for both).
  if (!data && loaded.status === 'error' && loaded.error instanceof ApiError && loaded.error.status === 404)
    return <NotFoundPage />;
  const title = data
    ? t('cases.title', { name: fullName(data.pupil) })
    : loaded.status === 'error'
      ? t('cases.loadFailed')
      : t('cases.loadingTitle');
  const readOnly = data?.readOnly ?? false;
  const serviceLabel = data && readOnly ? accessServiceLabel(user, data.consents) : null;
  return (
    <ReloadContext.Provider value={() => void changed(t('pupil.reloaded'))}>
      <Page title={title}>
        {loaded.status === 'loading' && !data && <Loading />}
        {loaded.status === 'error' && <ErrorAlert>{errorMessage(loaded.error, t('cases.loadFailed'))}</ErrorAlert>}
        {data && (
          <>
            <Paragraph className="class-meta">
              {t('cases.meta', {
                className: data.pupil.className,
                schoolName: data.pupil.schoolName,
                ladder: data.ladder.name,
              })}
              {data.pupil.protectedAddress !== 'none' && (
                <>
                  {' '}
                  <Tag data-color={data.pupil.protectedAddress === 'strengt_fortrolig' ? 'danger' : 'warning'}>
                    {t(`class.protected_${data.pupil.protectedAddress}`)}
                  </Tag>
                </>
              )}
            </Paragraph>
            {readOnly ? (
              <Alert data-color="info" className="consent-access-note">
                <Paragraph>
                  {serviceLabel ? t('consent.readOnlyNote', { service: serviceLabel }) : t('consent.readOnlyNoteAny')}
                </Paragraph>
              </Alert>
            ) : (
              <Paragraph>
                <Link asChild>
                  <RouterLink to={`/elev/${encodeURIComponent(data.pupil.id)}`}>
                    {t('cases.toPupil', { name: fullName(data.pupil) })}
                  </RouterLink>
                </Link>
                {' · '}
                <Link asChild>
                  <RouterLink to={`/elev/${encodeURIComponent(data.pupil.id)}/mappe`}>
                    {t('cases.pupilFileLink', { name: fullName(data.pupil) })}
                  </RouterLink>
                </Link>
              </Paragraph>
            )}
            <div aria-live="polite" aria-atomic="true" className="page-notice">
              {notice && (
                <Alert data-color="success" key={notice.id}>
                  <Paragraph>{notice.text}</Paragraph>
                </Alert>
              )}
            </div>
            <StatusSection data={data} onChanged={changed} />
            <BeforeAfterSection data={data} />
            {/* A service partner reads through the consent: no moves, forms or links into the school's registers. */}
            {readOnly && <ConsentSection data={data} onChanged={changed} />}
            {!readOnly && <ActionsSection data={data} onChanged={changed} />}
            <GuidelineSection data={data} />
            <TasksSection
              data={data}
              onChanged={changed}
              onPlanMeeting={(kind) => setMeetingRequest((r) => ({ kind, n: (r?.n ?? 0) + 1 }))}
            />
            {!readOnly && <ConsentSection data={data} onChanged={changed} />}
            {data.meetings && (
              <MeetingsSection data={data} meetings={data.meetings} onChanged={changed} request={meetingRequest} />
            )}
            <CaseFormsSection data={data} onChanged={changed} />
            {!readOnly && <NoticesSection data={data} onChanged={changed} />}
            <ReferralsSection data={data} onChanged={changed} />
            <AssessmentsSection data={data} onChanged={changed} />
            <PlansSection data={data} onChanged={changed} />
            <ContactSection data={data} onChanged={changed} />
            <TimelineSection data={data} />
            {!readOnly && <AlertsSection data={data} />}
          </>
        )}
      </Page>
    </ReloadContext.Provider>
  );
}

type SectionProps = { data: CaseDetail; onChanged: Changed };

// ——— Where the case stands ———

function StatusSection({ data, onChanged }: SectionProps) {
  const { t } = useTranslation();
  const { state } = data;
  return (
    <Section id="status" heading={t('cases.statusHeading')}>
      <dl className="case-facts">
        <div>
          <dt>{t('cases.levelLabel')}</dt>
          <dd>{t('cases.levelValue', { level: data.level.level, title: data.level.title })}</dd>
        </div>
        <div>
          <dt>{t('cases.statusLabel')}</dt>
          <dd>{t(`cases.status_${state.status}`)}</dd>
        </div>
        <div>
          <dt>{t('cases.stafettholder')}</dt>
          <dd>{data.stafettholder.name}</dd>
        </div>
        <div>
          <dt>{t('cases.since')}</dt>
          <dd>{formatDate(state.since)}</dd>
        </div>
        <div>
          <dt>{t('cases.openedFromLabel')}</dt>
          <dd>{t(`cases.openedFrom_${data.openedFrom}`)}</dd>
        </div>
        {state.status === 'open' && (
          <>
            <div>
              <dt>{t('cases.measuresStarted')}</dt>
              <dd>{formatDate(state.measuresStartedOn)}</dd>
            </div>
            <div className="case-facts__evaluation">
              <dt>{t('cases.evaluationDue')}</dt>
              <dd>
                {formatDate(state.evaluationDue)}
                {data.overdue && (
                  <>
                    {' '}
                    <Tag data-color="danger" data-size="sm">
                      <span aria-hidden="true">⚠ </span>
                      {t('cases.overdue')}
                    </Tag>
                  </>
                )}
              </dd>
            </div>
          </>
        )}
      </dl>
      {data.overdue && <Paragraph data-size="sm">{t('cases.overdueHelp')}</Paragraph>}
      {state.status === 'open' && state.intensified && <Paragraph data-size="sm">{t('cases.intensified')}</Paragraph>}
      {state.status === 'closed' && (
        <Paragraph>
          <strong>{t('cases.summary')}:</strong> {state.summary}
        </Paragraph>
      )}
      {!data.readOnly && <PassBaton data={data} onChanged={onChanged} />}
      <CaseParticipants data={data} onChanged={onChanged} />
    </Section>
  );
}

function GuidelineSection({ data }: { data: CaseDetail }) {
  const { t } = useTranslation();
  const parts = [
    ['problemAreas', data.level.problemAreas],
    ['goals', data.level.goals],
    ['evaluationCriteria', data.level.evaluation],
    ['partners', data.level.partners],
    ['responsible', data.level.responsible],
  ] as const;
  return (
    <Section id="veileder" heading={t('cases.guidelineHeading', { level: data.level.level })}>
      <Paragraph>
        <strong>{data.level.title}</strong>
      </Paragraph>
      {parts.map(([key, items]) => (
        <div key={key} className="guideline-part">
          <Heading level={3} data-size="2xs">
            {t(`cases.${key}`)}
          </Heading>
          {items.length === 0 ? (
            <Paragraph data-size="sm">{t('cases.notGiven')}</Paragraph>
          ) : (
            <ul>
              {items.map((item, i) => (
                <li key={i}>{item}</li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </Section>
  );
}

// ——— The evaluation: absence before and after the measures started ———

function BeforeAfterSection({ data }: { data: CaseDetail }) {
  const { t } = useTranslation();
  if (data.state.status !== 'open') return null;
  const ba = data.beforeAfter;
  const rows: [string, AbsencePeriod | null][] = ba
    ? [
        [t('cases.before'), ba.before],
        [t('cases.after'), ba.after],
      ]
    : [];
  return (
    <section className="home-section">
      <Heading level={2} data-size="sm" id="for-etter">
        {t('cases.beforeAfterHeading')}
      </Heading>
      <Paragraph data-size="sm">{t('cases.beforeAfterHelp')}</Paragraph>
      {!ba || (!ba.before && !ba.after) ? (
        <Paragraph>{t('cases.beforeAfterNone')}</Paragraph>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="for-etter" tabIndex={0}>
          <Table data-size="sm" border className="before-after">
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('cases.colPeriod')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('cases.colDates')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('cases.colSchoolDays')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('cases.colAbsentDays')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('cases.colAbsentLessons')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('cases.colLate')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('cases.colShare')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {rows.map(([label, p]) => (
                <Table.Row key={label}>
                  <Table.HeaderCell scope="row">{label}</Table.HeaderCell>
                  {p ? (
                    <>
                      <Table.Cell>
                        {t('cases.periodRange', { from: formatDate(p.from), to: formatDate(p.to) })}
                      </Table.Cell>
                      <Table.Cell>{p.schoolDays}</Table.Cell>
                      <Table.Cell>{p.absentDays}</Table.Cell>
                      <Table.Cell>{p.absentLessons}</Table.Cell>
                      <Table.Cell>{p.lateArrivals}</Table.Cell>
                      <Table.Cell>{`${p.sharePercent.toLocaleString('nb-NO', { maximumFractionDigits: 1 })} %`}</Table.Cell>
                    </>
                  ) : (
                    <Table.Cell colSpan={6}>{t('cases.noPeriod')}</Table.Cell>
                  )}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </section>
  );
}

// ——— Actions along the ladder ———

function ActionsSection({ data, onChanged }: SectionProps) {
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
            requestAnimationFrame(() => button?.focus());
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
  const today = localToday(new Date());
  const openState = data.state.status === 'open' ? data.state : null;
  const [evaluationOn, setEvaluationOn] = useState(
    type === 'start-measures'
      ? addDays(today, 21)
      : type === 'set-evaluation-date'
        ? (openState?.evaluationDue ?? '')
        : '',
  );
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<EvaluationOutcome | null>(null);
  const [nextEvaluationOn, setNextEvaluationOn] = useState('');
  const [intensifiedMeasures, setIntensifiedMeasures] = useState('');
  const [assessment, setAssessment] = useState<HolisticAssessmentInput>({
    assessedOn: today,
    assessedBy: '',
    causesConsidered: '',
    grounds: '',
  });
  const [problems, setProblems] = useState<{ text?: string; date?: string; outcome?: string }>({});
  const { failure, fail, clear } = useFailure();
  const [busy, setBusy] = useState(false);
  const form = useFocusFirst<HTMLFormElement>();

  const textLabel =
    type === 'close' ? t('cases.summaryLabel') : type === 'evaluate' ? t('cases.assessment') : t('cases.reason');
  const needsText = type !== 'start-measures' && type !== 'report-to-child-welfare';

  function build(): CaseAction | null {
    const found: typeof problems = {};
    if (type === 'evaluate' && !outcome) found.outcome = t('cases.missingOutcome');
    if (needsText && !text.trim())
      found.text =
        type === 'close'
          ? t('cases.missingSummary')
          : type === 'evaluate'
            ? t('cases.missingAssessment')
            : t('cases.missingReasonText');
    if (type === 'set-evaluation-date' && !evaluationOn) found.date = t('cases.missingDate');
    setProblems(found);
    if (Object.keys(found).length > 0) {
      const first = found.outcome
        ? 'input[type=radio]'
        : found.date && type === 'set-evaluation-date'
          ? 'input[type=date]'
          : 'textarea';
      form.current?.querySelector<HTMLElement>(first)?.focus();
      return null;
    }
    const reason = text.trim();
    const maybeDate = evaluationOn ? { evaluationOn } : {};
    switch (type) {
      case 'start-measures':
        return { type, ...maybeDate };
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
        };
      case 'escalate':
      case 'de-escalate':
        return { type, reason, ...maybeDate };
      case 'close':
        return { type, summary: reason };
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
        };
    }
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const action = build();
    if (!action) return;
    setBusy(true);
    clear();
    try {
      const result = await caseApi.act(data.id, action, data.version);
      await onDone(result.state);
    } catch (err) {
      fail(err);
      setBusy(false);
    }
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
      <div className="button-row">
        <Button type="submit" data-size="sm" disabled={busy} aria-busy={busy || undefined}>
          {t(`cases.submit_${type}`)}
        </Button>
        <Button variant="tertiary" data-size="sm" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

// ——— The checklist ———

type PlanMeeting = (kind: MeetingKind) => void;

function TasksSection({ data, onChanged, onPlanMeeting }: SectionProps & { onPlanMeeting: PlanMeeting }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
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
                readOnly={data.readOnly}
                consentForm={data.consentForm !== null}
              />
            ))}
          </ul>
        </div>
      ))}
      {data.state.status === 'open' && !data.readOnly && (
        <>
          <Button
            ref={addButton}
            variant="secondary"
            data-size="sm"
            aria-expanded={adding}
            onClick={() => setAdding(!adding)}
          >
            {t('cases.addTask')}
          </Button>
          {adding && (
            <AddTaskForm
              caseId={data.id}
              onCancel={() => {
                setAdding(false);
                requestAnimationFrame(() => addButton.current?.focus());
              }}
              onDone={async () => {
                setAdding(false);
                await onChanged(t('cases.taskAdded'));
                requestAnimationFrame(() => addButton.current?.focus());
              }}
            />
          )}
        </>
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
  const { failure, fail, clear } = useFailure();
  const [busy, setBusy] = useState(false);
  const action = task.action ?? null;
  const services = referralServicesFor(action);
  // A referral or a report to child welfare needs more than a tick: its fields show up front when the task's
  // action says so, and for any other task once the server has refused a plain tick (decision 016).
  const [extra, setExtra] = useState(false);
  const [service, setService] = useState<string>(services.length === 1 ? services[0]! : '');
  const [assessment, setAssessment] = useState<HolisticAssessmentInput>(() => emptyAssessment(localToday(new Date())));
  const headingId = `oppgave-${task.id}`;
  const showService = services.length > 0 || extra;
  const showAssessment = needsHolisticAssessment(action, service) || (extra && !action);

  async function done() {
    setBusy(true);
    clear();
    try {
      const filled = assessment.assessedBy.trim() || assessment.causesConsidered.trim() || assessment.grounds.trim();
      const withAssessment = showAssessment && (filled || action?.type === 'child-welfare-report');
      await caseApi.completeTask(caseId, task.id, {
        version: task.version,
        ...(showService && isOneOf(REFERRAL_SERVICE_NAMES, service) ? { service } : {}),
        ...(withAssessment ? { holisticAssessment: trimAssessment(assessment) } : {}),
      });
      await onChanged(t('cases.taskDoneNotice', { text: task.text }));
      focusById(headingId);
    } catch (err) {
      fail(err);
      if (err instanceof ApiError && err.status === 400) setExtra(true);
    } finally {
      setBusy(false);
    }
  }

  const meta = [
    task.source === 'team' ? t('cases.taskOwn') : null,
    task.responsible.length > 0 ? t('cases.taskResponsible', { who: task.responsible.join(', ') }) : null,
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
      <p className="task__status">
        {task.doneOn
          ? t('cases.taskDone', { date: formatDate(task.doneOn), name: task.doneByName ?? '' })
          : t('cases.taskOpen')}
      </p>
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
  const { failure, fail } = useFailure();
  const [busy, setBusy] = useState(false);
  const form = useFocusFirst<HTMLFormElement>();

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    if (!text.trim()) {
      setProblem(t('cases.missingTaskText'));
      form.current?.querySelector('textarea')?.focus();
      return;
    }
    setProblem(undefined);
    setBusy(true);
    try {
      await caseApi.addTask(caseId, { text: text.trim(), ...(dueOn ? { dueOn } : {}) });
      await onDone();
    } catch (err) {
      fail(err);
      setBusy(false);
    }
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
      <div className="button-row">
        <Button type="submit" data-size="sm" disabled={busy} aria-busy={busy || undefined}>
          {t('cases.addTaskSubmit')}
        </Button>
        <Button variant="tertiary" data-size="sm" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

// ——— Meetings ———

function MeetingsSection({
  data,
  meetings,
  onChanged,
  request,
}: SectionProps & { meetings: Meeting[]; request: { kind: MeetingKind; n: number } | null }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const [kind, setKind] = useState<MeetingKind | undefined>();
  const addButton = useRef<HTMLButtonElement>(null);
  // A task's "Planlegg møte": open the form (again) with the task's kind; the form focuses its first field.
  useEffect(() => {
    if (!request) return;
    setKind(request.kind);
    setAdding(true);
  }, [request]);
  const sorted = [...meetings].sort((a, b) => a.scheduledOn.localeCompare(b.scheduledOn));
  return (
    <Section id="moter" heading={t('cases.meetingsHeading')}>
      {sorted.length === 0 ? (
        <Paragraph>{t('cases.noMeetings')}</Paragraph>
      ) : (
        <ul className="plain-list">
          {sorted.map((m) => (
            <MeetingItem key={m.id} data={data} meeting={m} onChanged={onChanged} />
          ))}
        </ul>
      )}
      {!data.readOnly && (
        <Button
          ref={addButton}
          variant="secondary"
          data-size="sm"
          aria-expanded={adding}
          onClick={() => {
            setKind(undefined);
            setAdding(!adding);
          }}
        >
          {t('cases.addMeeting')}
        </Button>
      )}
      {adding && !data.readOnly && (
        <MeetingForm
          key={request?.n ?? 0}
          caseId={data.id}
          initialKind={kind}
          onCancel={() => {
            setAdding(false);
            requestAnimationFrame(() => addButton.current?.focus());
          }}
          onDone={async () => {
            setAdding(false);
            await onChanged(t('cases.meetingSaved'));
            requestAnimationFrame(() => addButton.current?.focus());
          }}
        />
      )}
    </Section>
  );
}

function MeetingItem({ data, meeting, onChanged }: SectionProps & { meeting: Meeting }) {
  const { t } = useTranslation();
  const [recording, setRecording] = useState(false);
  const recordButton = useRef<HTMLButtonElement>(null);
  const headingId = `mote-${meeting.id}`;
  const kind = t(`cases.kind_${meeting.kind}`);
  return (
    <li className="meeting" data-meeting-id={meeting.id}>
      <Heading level={3} data-size="2xs" id={headingId} tabIndex={-1}>
        {kind} · {formatDate(meeting.scheduledOn)}
      </Heading>
      <Paragraph data-size="sm" className="class-list__meta">
        {[
          t('cases.meetingScheduled', { date: formatDate(meeting.scheduledOn) }),
          meeting.heldOn ? t('cases.meetingHeld', { date: formatDate(meeting.heldOn) }) : t('cases.meetingNotHeld'),
          meeting.nextMeetingOn ? t('cases.meetingNext', { date: formatDate(meeting.nextMeetingOn) }) : null,
          meeting.anonymised ? t('cases.meetingAnonymised') : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </Paragraph>
      {meeting.participants.length > 0 && (
        <Paragraph data-size="sm">
          {t('cases.meetingParticipants', { names: meeting.participants.join(', ') })}
        </Paragraph>
      )}
      <Paragraph data-size="sm">
        <strong>{t('cases.meetingAgenda')}</strong> {meeting.agenda}
      </Paragraph>
      {meeting.minutes && (
        <Paragraph data-size="sm" className="meeting__minutes">
          <strong>{t('cases.meetingMinutes')}</strong> {meeting.minutes}
        </Paragraph>
      )}
      {!data.readOnly && (
        <div className="button-row">
          <Button
            ref={recordButton}
            variant={recording ? 'primary' : 'secondary'}
            data-size="sm"
            aria-expanded={recording}
            onClick={() => setRecording(!recording)}
          >
            {t('cases.recordMeeting')}
            <span className="ds-sr-only">
              {' '}
              – {kind} {formatDate(meeting.scheduledOn)}
            </span>
          </Button>
          {meeting.minutes && (
            <MinutesButton
              data={data}
              meeting={meeting}
              label={`${kind} ${formatDate(meeting.scheduledOn)}`}
              onChanged={onChanged}
            />
          )}
        </div>
      )}
      {recording && (
        <RecordMeetingForm
          caseId={data.id}
          meeting={meeting}
          onCancel={() => {
            setRecording(false);
            requestAnimationFrame(() => recordButton.current?.focus());
          }}
          onDone={async () => {
            setRecording(false);
            await onChanged(t('cases.meetingUpdated'));
            focusById(headingId);
          }}
        />
      )}
    </li>
  );
}

function MeetingForm({
  caseId,
  initialKind,
  onCancel,
  onDone,
}: {
  caseId: string;
  initialKind?: MeetingKind;
  onCancel(): void;
  onDone(): Promise<void>;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<MeetingKind>(initialKind ?? 'undringssamtale-elev');
  const [scheduledOn, setScheduledOn] = useState(() => localToday(new Date()));
  const [participants, setParticipants] = useState('');
  const [agenda, setAgenda] = useState('');
  const [anonymised, setAnonymised] = useState(false);
  const [problems, setProblems] = useState<{ date?: string; participants?: string; agenda?: string }>({});
  const { failure, fail } = useFailure();
  const [busy, setBusy] = useState(false);
  const form = useFocusFirst<HTMLFormElement>();

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const names = splitLines(participants);
    const found: typeof problems = {};
    if (!scheduledOn) found.date = t('cases.missingDate');
    if (names.length === 0) found.participants = t('cases.missingParticipants');
    if (!agenda.trim()) found.agenda = t('cases.missingAgenda');
    setProblems(found);
    if (found.date) return form.current?.querySelector<HTMLElement>('input[type=date]')?.focus();
    if (found.participants) return form.current?.querySelector<HTMLElement>('textarea[name=participants]')?.focus();
    if (found.agenda) return form.current?.querySelector<HTMLElement>('textarea[name=agenda]')?.focus();
    setBusy(true);
    try {
      await caseApi.addMeeting(caseId, {
        kind,
        scheduledOn,
        participants: names,
        agenda: agenda.trim(),
        ...(kind === 'naervaersteam' ? { anonymised } : {}),
      });
      await onDone();
    } catch (err) {
      fail(err);
      setBusy(false);
    }
  }

  return (
    <form
      ref={form}
      className="stack-form inline-panel"
      onSubmit={submit}
      noValidate
      aria-label={t('cases.addMeeting')}
    >
      <FailureMessage failure={failure} fallback={t('cases.meetingFailed')} />
      <Field>
        <Label>{t('cases.meetingKind')}</Label>
        <Select value={kind} onChange={(e) => setKind(e.target.value as MeetingKind)} width="auto">
          {MEETING_KINDS.map((k) => (
            <Select.Option key={k} value={k}>
              {t(`cases.kind_${k}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Textfield
        label={t('cases.scheduledOn')}
        type="date"
        value={scheduledOn}
        onChange={(e) => setScheduledOn(e.target.value)}
        error={problems.date}
      />
      <Textfield
        multiline
        rows={3}
        name="participants"
        label={t('cases.participants')}
        description={t('cases.participantsHelp')}
        value={participants}
        onChange={(e) => setParticipants(e.target.value)}
        error={problems.participants}
      />
      <Textfield
        multiline
        rows={3}
        name="agenda"
        label={t('cases.agenda')}
        value={agenda}
        onChange={(e) => setAgenda(e.target.value)}
        error={problems.agenda}
      />
      {kind === 'naervaersteam' && (
        <Checkbox
          label={t('cases.anonymised')}
          description={t('cases.anonymisedHelp')}
          checked={anonymised}
          onChange={(e) => setAnonymised(e.target.checked)}
        />
      )}
      <div className="button-row">
        <Button type="submit" data-size="sm" disabled={busy} aria-busy={busy || undefined}>
          {t('cases.meetingSubmit')}
        </Button>
        <Button variant="tertiary" data-size="sm" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

function RecordMeetingForm({
  caseId,
  meeting,
  onCancel,
  onDone,
}: {
  caseId: string;
  meeting: Meeting;
  onCancel(): void;
  onDone(): Promise<void>;
}) {
  const { t } = useTranslation();
  const [heldOn, setHeldOn] = useState(meeting.heldOn ?? meeting.scheduledOn);
  const [minutes, setMinutes] = useState(meeting.minutes ?? '');
  const [nextMeetingOn, setNextMeetingOn] = useState(meeting.nextMeetingOn ?? '');
  const [participants, setParticipants] = useState(meeting.participants.join('\n'));
  const [agenda, setAgenda] = useState(meeting.agenda);
  const [problems, setProblems] = useState<{ date?: string; minutes?: string }>({});
  const { failure, fail } = useFailure();
  const [busy, setBusy] = useState(false);
  const form = useFocusFirst<HTMLFormElement>();

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const found: typeof problems = {};
    if (!heldOn) found.date = t('cases.missingDate');
    if (!minutes.trim()) found.minutes = t('cases.missingMinutes');
    setProblems(found);
    if (found.date) return form.current?.querySelector<HTMLElement>('input[type=date]')?.focus();
    if (found.minutes) return form.current?.querySelector<HTMLElement>('textarea[name=minutes]')?.focus();
    setBusy(true);
    try {
      await caseApi.updateMeeting(caseId, meeting.id, {
        scheduledOn: meeting.scheduledOn,
        participants: splitLines(participants),
        agenda: agenda.trim() || meeting.agenda,
        heldOn,
        minutes: minutes.trim(),
        nextMeetingOn: nextMeetingOn || null,
        anonymised: meeting.anonymised,
        version: meeting.version,
      });
      await onDone();
    } catch (err) {
      fail(err);
      setBusy(false);
    }
  }

  return (
    <form
      ref={form}
      className="stack-form inline-panel"
      onSubmit={submit}
      noValidate
      aria-label={t('cases.recordMeeting')}
    >
      <FailureMessage failure={failure} fallback={t('cases.meetingFailed')} />
      <Textfield
        label={t('cases.heldOn')}
        type="date"
        value={heldOn}
        onChange={(e) => setHeldOn(e.target.value)}
        error={problems.date}
      />
      <Textfield
        multiline
        rows={5}
        name="minutes"
        label={t('cases.minutes')}
        value={minutes}
        onChange={(e) => setMinutes(e.target.value)}
        error={problems.minutes}
      />
      <Textfield
        label={t('cases.nextMeetingOn')}
        type="date"
        value={nextMeetingOn}
        onChange={(e) => setNextMeetingOn(e.target.value)}
      />
      <Textfield
        multiline
        rows={3}
        label={t('cases.participants')}
        description={t('cases.participantsHelp')}
        value={participants}
        onChange={(e) => setParticipants(e.target.value)}
      />
      <Textfield
        multiline
        rows={2}
        label={t('cases.agenda')}
        value={agenda}
        onChange={(e) => setAgenda(e.target.value)}
      />
      <div className="button-row">
        <Button type="submit" data-size="sm" disabled={busy} aria-busy={busy || undefined}>
          {t('cases.recordSubmit')}
        </Button>
        <Button variant="tertiary" data-size="sm" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** The minutes as a PDF to send home; like the guardian letter, leadership confirms for a protected address. */
function MinutesButton({ data, meeting, label, onChanged }: SectionProps & { meeting: Meeting; label: string }) {
  const { t } = useTranslation();
  const user = useUser();
  const [confirm, setConfirm] = useState(false);
  const [busy, setBusy] = useState(false);
  const { failure, fail, clear } = useFailure();
  const isLeadership = user.roles.some((r) => r.role === 'skoleledelse');
  const isProtected = data.pupil.protectedAddress !== 'none';

  async function make() {
    setBusy(true);
    clear();
    try {
      const { pdf, fileName } = await caseApi.minutes(data.id, meeting.id, isProtected && isLeadership && confirm);
      downloadPdf(
        pdf,
        fileName ??
          downloadName('referat', data.pupil.lastName, data.pupil.firstName, meeting.heldOn ?? meeting.scheduledOn),
      );
      await onChanged(t('cases.minutesMade'));
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      {isProtected && isLeadership && (
        <Checkbox
          label={t('letter.confirmProtected')}
          description={t('letter.confirmProtectedHelp')}
          checked={confirm}
          onChange={(e) => setConfirm(e.target.checked)}
        />
      )}
      <Button variant="tertiary" data-size="sm" onClick={make} disabled={busy} aria-busy={busy || undefined}>
        <span aria-hidden="true">📄 </span>
        {busy ? t('cases.makingMinutes') : t('cases.downloadMinutes')}
        <span className="ds-sr-only"> – {label}</span>
      </Button>
      <FailureMessage failure={failure} fallback={t('cases.meetingFailed')} />
    </>
  );
}

// ——— Contact log, timeline, alerts ———

function ContactSection({ data, onChanged }: SectionProps) {
  const { t } = useTranslation();
  const { handleApiError } = useAuth();
  // A partner may restrict a note to their own service; the school to any partner service.
  const own = partnerService(useUser());
  const restrictions = (own ? [own] : NOTE_SERVICES).map((value) => ({ value, label: CONSENT_SERVICE_LABEL[value] }));
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  // The case's log is written while the case is open (reopen it to write again).
  if (data.state.status !== 'open') return null;
  return (
    <Section id="kontakt" heading={t('cases.contactHeading')}>
      <Paragraph data-size="sm">{t('cases.contactHelp')}</Paragraph>
      <Button ref={button} variant="secondary" data-size="sm" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('contacts.add')}
      </Button>
      {open && (
        <div className="inline-panel">
          <ContactForm
            autoFocus
            submitLabel={t('contacts.submit')}
            onCancel={() => {
              setOpen(false);
              requestAnimationFrame(() => button.current?.focus());
            }}
            restrictions={restrictions}
            onSubmit={async (contact, restrictedTo) => {
              try {
                await api.createCaseNote(data.id, {
                  ...contact,
                  restrictedTo: restrictedTo && isOneOf(SERVICE_KINDS, restrictedTo) ? restrictedTo : null,
                });
              } catch (err) {
                handleApiError(err);
                throw err;
              }
              setOpen(false);
              await onChanged(t('cases.contactSaved'));
              requestAnimationFrame(() => button.current?.focus());
            }}
          />
        </div>
      )}
    </Section>
  );
}

function TimelineSection({ data }: { data: CaseDetail }) {
  const { t } = useTranslation();
  return (
    <Section id="tidslinje" heading={t('cases.timelineHeading')}>
      {data.timeline.length === 0 ? (
        <Paragraph>{t('cases.noTimeline')}</Paragraph>
      ) : (
        <ol className="plain-list timeline">
          {data.timeline.map((entry, i) => (
            <li key={i} data-kind={entry.kind} data-alert-id={entry.alertId}>
              <strong>{t(`cases.timelineKind_${entry.kind}`, { defaultValue: entry.kind })}</strong>
              {entry.forStafettholder && (
                <>
                  {' '}
                  {/* An alert the stafettholder has not seen yet (decision 026): text, not colour alone. */}
                  <Tag data-color="warning" data-size="sm">
                    <span aria-hidden="true">● </span>
                    {t('cases.timelineForStafettholder')}
                  </Tag>
                </>
              )}
              {': '}
              {entry.text}
              <br />
              <span className="class-list__meta">
                {t('cases.timelineMeta', { when: formatDateTime(entry.at), name: entry.byName })}
              </span>
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}

function AlertsSection({ data }: { data: CaseDetail }) {
  const { t } = useTranslation();
  return (
    <Section id="sakens-varsler" heading={t('cases.alertsHeading')}>
      {data.alerts.length === 0 ? (
        <Paragraph>{t('cases.noAlerts')}</Paragraph>
      ) : (
        <div className="alert-list">
          {alertHistory(data.alerts).map((entry) => (
            <AlertHistoryCard key={entry.id} entry={entry} headingLevel={3} />
          ))}
        </div>
      )}
    </Section>
  );
}
