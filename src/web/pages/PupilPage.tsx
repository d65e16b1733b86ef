import {
  Alert,
  Button,
  Field,
  Heading,
  Label,
  Link,
  Paragraph,
  Select,
  Table,
  Tag,
  Textfield,
} from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { lessonCount, localToday, newAlerts } from '../absence';
import { OBSERVATION_KINDS, api } from '../api';
import type {
  AbsenceEvent,
  Alert as AlertType,
  EventHistoryEntry,
  Lesson,
  ObservationKind,
  ObservationRule,
  PupilAbsence,
} from '../api';
import { useAuth, useUser } from '../auth';
import { AlertHistoryCard } from '../components/AlertHistory';
import { ConcernCard } from '../components/ConcernCard';
import { ContactForm } from '../components/ContactForm';
import { ErrorAlert, errorMessage } from '../components/ErrorAlert';
import { HeatMap } from '../components/HeatMap';
import { Loading } from '../components/Loading';
import { OpenCaseByUndring, OpenCaseFromAlerts } from '../components/OpenCase';
import { Page } from '../components/Page';
import {
  ConflictHint,
  DraftProblemMessage,
  EventFields,
  ReloadContext,
  ServerFieldErrors,
  SourceTag,
  draftFromEvent,
  draftToInput,
  useDescribeEvent,
  useEventSummary,
} from '../components/absence';
import type { DraftProblem, EventDraft } from '../components/absence';
import { alertHistory } from '../concerns';
import { formatDate, formatDateTime, fullName } from '../format';
import { concernPlan } from '../roles';
import { useApi } from '../useApi';

type Notify = (text: string) => void;

/** A pupil's absence: alerts first (what to act on), then the year, the events, patterns, diploma, observations and contacts. */
export function PupilPage() {
  const { t } = useTranslation();
  const { pupilId = '' } = useParams();
  const { handleApiError } = useAuth();
  const loaded = useApi(`pupil-absence:${pupilId}`, () => api.pupilAbsence(pupilId));
  const [current, setData] = useState<PupilAbsence | null>(null);
  // Another pupil's page keeps no data from the one before.
  const data = current && current.pupil.id === pupilId ? current : null;
  const [notice, setNotice] = useState<{ id: number; text: string } | null>(null);
  // Only when a new load arrives (the object from useApi is new on every render; its data is not).
  const loadedData = loaded.status === 'ok' ? loaded.data : null;
  useEffect(() => {
    if (loadedData) setData(loadedData);
  }, [loadedData]);

  // After a change: fetch again without unmounting the page, so focus stays where it is.
  async function refresh() {
    try {
      setData(await api.pupilAbsence(pupilId));
    } catch (error) {
      handleApiError(error);
    }
  }
  const notify: Notify = (text) => setNotice((previous) => ({ id: (previous?.id ?? 0) + 1, text }));
  const changed = async (text: string) => {
    notify(text);
    await refresh();
  };

  const title = data
    ? fullName(data.pupil)
    : loaded.status === 'error'
      ? t('pupil.loadFailed')
      : t('pupil.loadingTitle');
  const reloadNewest = () => void changed(t('pupil.reloaded'));
  return (
    <ReloadContext.Provider value={reloadNewest}>
      <Page title={title}>
        {loaded.status === 'loading' && !data && <Loading />}
        {loaded.status === 'error' && <ErrorAlert>{errorMessage(loaded.error, t('pupil.loadFailed'))}</ErrorAlert>}
        {data && (
          <>
            <div className="pupil-header">
              <Paragraph className="class-meta">
                {t('pupil.meta', { className: data.pupil.className, schoolName: data.pupil.schoolName })}
                {data.pupil.protectedAddress !== 'none' && (
                  <>
                    {' '}
                    <Tag data-color={data.pupil.protectedAddress === 'strengt_fortrolig' ? 'danger' : 'warning'}>
                      {t(`class.protected_${data.pupil.protectedAddress}`)}
                    </Tag>
                  </>
                )}
              </Paragraph>
              <Paragraph>
                <Link asChild>
                  <RouterLink to={`/klasse/${encodeURIComponent(data.pupil.classId)}`}>
                    {t('pupil.toClass', { className: data.pupil.className })}
                  </RouterLink>
                </Link>
                {' · '}
                <Link asChild>
                  <RouterLink to={`/klasse/${encodeURIComponent(data.pupil.classId)}/registrering`}>
                    {t('pupil.toRegister')}
                  </RouterLink>
                </Link>
                {' · '}
                <Link asChild>
                  <RouterLink to={`/elev/${encodeURIComponent(data.pupil.id)}/mappe`}>{t('pupil.fileLink')}</RouterLink>
                </Link>
              </Paragraph>
              {data.openCaseId && (
                <Paragraph>
                  <Link asChild>
                    <RouterLink to={`/sak/${encodeURIComponent(data.openCaseId)}`}>{t('cases.openCase')}</RouterLink>
                  </Link>
                </Paragraph>
              )}
            </div>
            <div aria-live="polite" aria-atomic="true" className="page-notice">
              {notice && (
                <Alert data-color="success" key={notice.id}>
                  <Paragraph>{notice.text}</Paragraph>
                </Alert>
              )}
            </div>
            <AlertsSection data={data} onChanged={changed} />
            {/* One open case per pupil: with one open, the page links to it instead (the server refuses a second one too). */}
            {!data.openCaseId && <OpenCaseByUndring pupilId={data.pupil.id} />}
            <Section id="kalender" heading={t('pupil.calendarHeading')} named={false}>
              <HeatMap calendar={data.calendar} events={data.events} />
            </Section>
            <EventsSection data={data} onChanged={changed} />
            <Section id="monstre" heading={t('pupil.patternsHeading')}>
              {data.patterns.length === 0 ? (
                <Paragraph>{t('pupil.noPatterns')}</Paragraph>
              ) : (
                <ul className="plain-list">
                  {data.patterns.map((p, i) => (
                    <li key={i}>
                      <strong>{p.title}</strong>
                      <br />
                      {p.description}
                    </li>
                  ))}
                </ul>
              )}
            </Section>
            {data.diploma && <DiplomaSection diploma={data.diploma} />}
            <ObservationsSection data={data} onChanged={changed} />
            <ContactsSection data={data} onChanged={changed} />
          </>
        )}
      </Page>
    </ReloadContext.Provider>
  );
}

/**
 * `named={false}` when a scroll region inside already carries the heading as its name (no two landmarks alike).
 * The heading takes focus (not in the tab order) when what had it is gone after an action.
 */
function Section({
  id,
  heading,
  children,
  named = true,
}: {
  id: string;
  heading: ReactNode;
  children: ReactNode;
  named?: boolean;
}) {
  return (
    <section aria-labelledby={named ? id : undefined} className="home-section">
      <Heading level={2} data-size="sm" id={id} tabIndex={-1}>
        {heading}
      </Heading>
      {children}
    </section>
  );
}

type SectionProps = { data: PupilAbsence; onChanged(text: string): Promise<void> };

// ——— Alerts ———

/**
 * Open concerns first, as cards with their actions; then every other alert as history (handled — the
 * alerts one contact handled together as one entry —, dismissed, retired with the reason). «Opprett sak»
 * stays on a handled episode that still holds: calling home first is the routine's first step.
 */
function AlertsSection({ data, onChanged }: SectionProps) {
  const { t } = useTranslation();
  const plan = concernPlan(useUser());
  const inConcern = new Set(data.concerns.flatMap((c) => c.alerts.map((a) => a.id)));
  const history = alertHistory(data.alerts.filter((a) => !inConcern.has(a.id)));
  const contacts = new Map(data.contacts.map((c) => [c.id, c]));
  return (
    <Section id="varsler" heading={t('pupil.alertsHeading')}>
      {data.concerns.length === 0 && history.length === 0 && <Paragraph>{t('pupil.noAlerts')}</Paragraph>}
      {data.concerns.length > 0 && (
        <div className="alert-list">
          {data.concerns.map((concern) => (
            <ConcernCard
              key={concern.id}
              concern={concern}
              headingLevel={3}
              onChanged={onChanged}
              letterFor={data.pupil}
              fallbackFocusId="varsler"
            />
          ))}
        </div>
      )}
      {history.length > 0 && (
        <>
          <Heading level={3} data-size="xs" id="tidligere-varsler" className="alert-history__heading">
            {t('concerns.historyHeading')}
          </Heading>
          <Paragraph data-size="sm">{t('concerns.historyHelp')}</Paragraph>
          <div className="alert-list">
            {history.map((entry) => (
              <AlertHistoryCard
                key={entry.id}
                entry={entry}
                headingLevel={4}
                contact={entry.contactId ? contacts.get(entry.contactId) : null}
              >
                {/* One open case per pupil: with one, the page links to it (above) instead. */}
                {plan.openCase && !data.openCaseId && entry.status === 'handled' && entry.ongoing && (
                  <OpenCaseFromAlerts pupilId={data.pupil.id} pupilName={fullName(data.pupil)} alerts={entry.alerts} />
                )}
              </AlertHistoryCard>
            ))}
          </div>
        </>
      )}
    </Section>
  );
}

// ——— Events ———

function lessonsOn(data: PupilAbsence, date: string): Lesson[] {
  const day = data.calendar.schoolDays.find((d) => d.date === date);
  if (!day) return [];
  if (Array.isArray(day.lessons)) return day.lessons;
  return Array.from({ length: lessonCount(day.lessons) }, (_, i) => ({ period: i + 1, subject: '' }));
}

function EventsSection({ data, onChanged }: SectionProps) {
  const { t } = useTranslation();
  const events = [...data.events].sort((a, b) => b.date.localeCompare(a.date) || (a.period ?? 0) - (b.period ?? 0));
  return (
    <Section id="fravaer" heading={t('pupil.eventsHeading', { count: events.length })} named={events.length === 0}>
      {events.length === 0 ? (
        <Paragraph>{t('pupil.noEvents')}</Paragraph>
      ) : (
        <div className="table-scroll table-scroll--wide" role="region" aria-labelledby="fravaer" tabIndex={0}>
          <Table data-size="sm" border className="events-table">
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('pupil.colDate')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('pupil.colWhat')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('pupil.colSource')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('pupil.colRegistered')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('pupil.colActions')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {events.map((event) => (
                <EventRow key={event.id} event={event} lessons={lessonsOn(data, event.date)} onChanged={onChanged} />
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </Section>
  );
}

type RowPanel = 'edit' | 'delete' | 'history' | null;

function EventRow({
  event,
  lessons,
  onChanged,
}: {
  event: AbsenceEvent;
  lessons: Lesson[];
  onChanged(text: string): Promise<void>;
}) {
  const { t } = useTranslation();
  const summary = useEventSummary();
  const [panel, setPanel] = useState<RowPanel>(null);
  const buttons = {
    edit: useRef<HTMLButtonElement>(null),
    delete: useRef<HTMLButtonElement>(null),
    history: useRef<HTMLButtonElement>(null),
  };
  const when = formatDate(event.date);
  const toggle = (p: Exclude<RowPanel, null>) => setPanel(panel === p ? null : p);
  const close = (p: Exclude<RowPanel, null>) => {
    setPanel(null);
    requestAnimationFrame(() => buttons[p].current?.focus());
  };

  return (
    <>
      <Table.Row data-event-id={event.id}>
        <Table.HeaderCell scope="row">{when}</Table.HeaderCell>
        <Table.Cell>
          {summary(event)}
          {event.note && <div className="event-note">{event.note}</div>}
        </Table.Cell>
        <Table.Cell>
          <SourceTag source={event.source} />
        </Table.Cell>
        <Table.Cell>
          {event.registeredByName}
          <br />
          <span className="class-list__meta">{formatDateTime(event.registeredAt)}</span>
        </Table.Cell>
        <Table.Cell>
          <div className="button-row button-row--tight">
            {(['edit', 'delete', 'history'] as const).map((p) => (
              <Button
                key={p}
                ref={buttons[p]}
                variant="tertiary"
                data-size="sm"
                aria-expanded={panel === p}
                onClick={() => toggle(p)}
              >
                {t(`pupil.action_${p}`)}
                <span className="ds-sr-only"> {t('pupil.eventOn', { date: when })}</span>
              </Button>
            ))}
          </div>
        </Table.Cell>
      </Table.Row>
      {panel && (
        <Table.Row>
          <Table.Cell colSpan={5} className="event-panel">
            {panel === 'edit' && (
              <EditEvent
                event={event}
                lessons={lessons}
                onCancel={() => close('edit')}
                onDone={async () => {
                  setPanel(null);
                  await onChanged(t('pupil.eventUpdated', { date: when }));
                }}
              />
            )}
            {panel === 'delete' && (
              <DeleteEvent
                event={event}
                onCancel={() => close('delete')}
                onDone={async () => {
                  setPanel(null);
                  await onChanged(t('pupil.eventDeleted', { date: when }));
                }}
              />
            )}
            {panel === 'history' && <EventHistory event={event} />}
          </Table.Cell>
        </Table.Row>
      )}
    </>
  );
}

function EditEvent({
  event,
  lessons,
  onCancel,
  onDone,
}: {
  event: AbsenceEvent;
  lessons: Lesson[];
  onCancel(): void;
  onDone(): Promise<void>;
}) {
  const { t } = useTranslation();
  const { handleApiError } = useAuth();
  const [draft, setDraft] = useState<EventDraft>(() => draftFromEvent(event));
  const [problem, setProblem] = useState<DraftProblem | null>(null);
  const [error, setError] = useState<{ error: unknown; attempt: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const kindRef = useRef<HTMLSelectElement>(null);
  useEffect(() => kindRef.current?.focus(), []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const built = draftToInput(draft, event.pupilId, event.date, lessons);
    if ('problem' in built) return setProblem(built.problem);
    setProblem(null);
    const input = built.input;
    // The timetable may give periods without subjects: keep the subject the event had.
    if (input.kind === 'lesson' && !input.subject && event.subject && input.period === event.period)
      input.subject = event.subject;
    setBusy(true);
    try {
      await api.updateEvent(event.id, { ...input, version: event.version });
      await onDone();
    } catch (err) {
      handleApiError(err);
      setError((previous) => ({ error: err, attempt: (previous?.attempt ?? 0) + 1 }));
      setBusy(false);
    }
  }

  return (
    <form
      className="stack-form"
      onSubmit={submit}
      noValidate
      aria-label={t('pupil.editLabel', { date: formatDate(event.date) })}
    >
      {error && (
        <div key={error.attempt}>
          <ErrorAlert>{errorMessage(error.error, t('register.saveFailed'))}</ErrorAlert>
          <ConflictHint error={error.error} />
          <ServerFieldErrors error={error.error} />
        </div>
      )}
      <EventFields
        draft={draft}
        onChange={setDraft}
        lessons={lessons}
        problem={problem}
        kindRef={kindRef}
        allowPresent={false}
        showNote
      />
      <DraftProblemMessage problem={problem} />
      <div className="button-row">
        <Button type="submit" data-size="sm" disabled={busy} aria-busy={busy || undefined}>
          {busy ? t('absence.saving') : t('pupil.saveChange')}
        </Button>
        <Button variant="tertiary" data-size="sm" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

function DeleteEvent({ event, onCancel, onDone }: { event: AbsenceEvent; onCancel(): void; onDone(): Promise<void> }) {
  const { t } = useTranslation();
  const { handleApiError } = useAuth();
  const describe = useDescribeEvent();
  const [error, setError] = useState<{ error: unknown; attempt: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => ref.current?.focus(), []);

  async function remove() {
    setBusy(true);
    try {
      await api.deleteEvent(event.id, event.version);
      await onDone();
    } catch (err) {
      handleApiError(err);
      setError((previous) => ({ error: err, attempt: (previous?.attempt ?? 0) + 1 }));
      setBusy(false);
    }
  }

  return (
    <div className="stack-form">
      {error && (
        <div key={error.attempt}>
          <ErrorAlert>{errorMessage(error.error, t('pupil.deleteFailed'))}</ErrorAlert>
          <ConflictHint error={error.error} />
        </div>
      )}
      <Paragraph>{t('pupil.deleteQuestion', { date: formatDate(event.date), what: describe(event) })}</Paragraph>
      <div className="button-row">
        <Button
          ref={ref}
          data-color="danger"
          data-size="sm"
          onClick={remove}
          disabled={busy}
          aria-busy={busy || undefined}
        >
          {t('pupil.deleteConfirm')}
        </Button>
        <Button variant="tertiary" data-size="sm" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </div>
  );
}

function EventHistory({ event }: { event: AbsenceEvent }) {
  const { t } = useTranslation();
  const summary = useEventSummary();
  const history = useApi(`history:${event.id}:${event.version}`, () => api.eventHistory(event.id));
  return (
    <div aria-live="polite">
      <Heading level={3} data-size="2xs">
        {t('pupil.historyHeading', { date: formatDate(event.date) })}
      </Heading>
      {history.status === 'loading' && <Loading />}
      {history.status === 'error' && <ErrorAlert>{errorMessage(history.error, t('pupil.historyFailed'))}</ErrorAlert>}
      {history.status === 'ok' && (
        <ol className="history-list">
          {[...history.data.history]
            .sort((a: EventHistoryEntry, b: EventHistoryEntry) => a.version - b.version)
            .map((entry) => (
              <li key={entry.version}>
                {t(`pupil.change_${entry.change}`, {
                  version: entry.version,
                  name: entry.changedByName,
                  when: formatDateTime(entry.changedAt),
                })}
                {': '}
                {summary(entry.event)}
                {entry.event.note ? ` (${entry.event.note})` : ''}
              </li>
            ))}
        </ol>
      )}
    </div>
  );
}

// ——— Diploma ———

function DiplomaSection({ diploma }: { diploma: NonNullable<PupilAbsence['diploma']> }) {
  const { t } = useTranslation();
  return (
    <Section id="vitnemal" heading={t('pupil.diplomaHeading')}>
      <dl className="figures">
        <div>
          <dt>{t('pupil.diplomaSchoolDays')}</dt>
          <dd>{diploma.schoolDays}</dd>
        </div>
        <div>
          <dt>{t('pupil.diplomaDays')}</dt>
          <dd>{diploma.absentDays}</dd>
        </div>
        <div>
          <dt>{t('pupil.diplomaLessons')}</dt>
          <dd>{diploma.absentLessons}</dd>
        </div>
      </dl>
      <Paragraph data-size="sm">
        {t('pupil.diplomaLeaveOff', { count: diploma.leaveOffCandidates.length, max: diploma.maxLeaveOff })}
      </Paragraph>
      {diploma.leaveOffCandidates.length > 0 && (
        <ul className="plain-list">
          {diploma.leaveOffCandidates.map((c) => (
            <li key={c.date}>
              {formatDate(c.date)}: {c.reason}
            </li>
          ))}
        </ul>
      )}
      {diploma.daysIfLeftOff !== undefined && diploma.leaveOffCandidates.length > 0 && (
        <Paragraph data-size="sm">{t('pupil.diplomaIfLeftOff', { days: diploma.daysIfLeftOff })}</Paragraph>
      )}
    </Section>
  );
}

// ——— Observations ———

function ObservationsSection({ data, onChanged }: SectionProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const observations = [...data.observations].sort((a, b) => b.observedOn.localeCompare(a.observedOn));
  // Older data may lack the list; an observation's rule may have left the profile since (then its id is shown).
  const rules = data.observationRules ?? [];
  const ruleTitle = new Map(rules.map((r) => [r.id, r.title]));
  return (
    <Section id="observasjoner" heading={t('pupil.observationsHeading')}>
      <Paragraph data-size="sm">{t('pupil.observationsHelp')}</Paragraph>
      {observations.length === 0 ? (
        <Paragraph>{t('pupil.noObservations')}</Paragraph>
      ) : (
        <ul className="plain-list">
          {observations.map((o) => (
            <li key={o.id}>
              <strong>
                {formatDate(o.observedOn)} · {t(`observations.kind_${o.kind}`)}
              </strong>
              {o.ruleId && (
                <>
                  <br />
                  <em>{t('observations.forRule', { rule: ruleTitle.get(o.ruleId) ?? o.ruleId })}</em>
                </>
              )}
              <br />
              {o.description}
              <br />
              <span className="class-list__meta">{t('pupil.recordedBy', { name: o.recordedByName })}</span>
            </li>
          ))}
        </ul>
      )}
      <Button ref={button} variant="secondary" data-size="sm" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('observations.add')}
      </Button>
      {open && (
        <ObservationForm
          pupilId={data.pupil.id}
          rules={rules}
          onCancel={() => {
            setOpen(false);
            requestAnimationFrame(() => button.current?.focus());
          }}
          onDone={async (alerts) => {
            setOpen(false);
            // Like the register: name the rules of the alerts the observation raised (those not open before).
            // Each rule once: a changed profile can raise several episodes of one rule at a time.
            const fresh = newAlerts(alerts, new Set(data.alerts.map((a) => a.id)));
            const titles = [...new Set(fresh.map((a) => a.ruleTitle))].join('; ');
            await onChanged(
              fresh.length > 0
                ? `${t('observations.saved')} ${t('observations.newAlerts', { count: fresh.length, rules: titles })}`
                : t('observations.saved'),
            );
            requestAnimationFrame(() => button.current?.focus());
          }}
        />
      )}
    </Section>
  );
}

function ObservationForm({
  pupilId,
  rules,
  onCancel,
  onDone,
}: {
  pupilId: string;
  rules: ObservationRule[];
  onCancel(): void;
  onDone(openAlerts: AlertType[]): Promise<void>;
}) {
  const { t } = useTranslation();
  const { handleApiError } = useAuth();
  const [kind, setKind] = useState<ObservationKind>('alvorlig-hendelse');
  const [observedOn, setObservedOn] = useState(() => localToday(new Date()));
  const [description, setDescription] = useState('');
  const [ruleId, setRuleId] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const [error, setError] = useState<{ error: unknown; attempt: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const kindRef = useRef<HTMLSelectElement>(null);
  const descriptionRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => kindRef.current?.focus(), []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!description.trim()) {
      setProblem(t('observations.missingDescription'));
      descriptionRef.current?.focus();
      return;
    }
    setProblem(undefined);
    setBusy(true);
    try {
      const result = await api.createObservation(pupilId, {
        kind,
        observedOn,
        description: description.trim(),
        ...(ruleId ? { ruleId } : {}),
      });
      await onDone(result.alerts);
    } catch (err) {
      handleApiError(err);
      setError((previous) => ({ error: err, attempt: (previous?.attempt ?? 0) + 1 }));
      setBusy(false);
    }
  }

  return (
    <form className="stack-form inline-panel" onSubmit={submit} noValidate>
      {error && (
        <div key={error.attempt}>
          <ErrorAlert>{errorMessage(error.error, t('observations.failed'))}</ErrorAlert>
          <ServerFieldErrors error={error.error} />
        </div>
      )}
      <Field>
        <Label>{t('observations.kind')}</Label>
        <Select ref={kindRef} value={kind} onChange={(e) => setKind(e.target.value as ObservationKind)}>
          {OBSERVATION_KINDS.map((k) => (
            <Select.Option key={k} value={k}>
              {t(`observations.kind_${k}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      {rules.length > 0 && (
        <Field>
          <Label>{t('observations.rule')}</Label>
          <Field.Description>{t('observations.ruleHelp')}</Field.Description>
          <Select value={ruleId} onChange={(e) => setRuleId(e.target.value)}>
            <Select.Option value="">{t('observations.ruleNone')}</Select.Option>
            {rules.map((r) => (
              <Select.Option key={r.id} value={r.id}>
                {r.title}
              </Select.Option>
            ))}
          </Select>
        </Field>
      )}
      <Textfield
        label={t('observations.observedOn')}
        type="date"
        value={observedOn}
        onChange={(e) => setObservedOn(e.target.value)}
      />
      <Textfield
        ref={descriptionRef}
        multiline
        rows={3}
        label={t('observations.description')}
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        error={problem}
      />
      <div className="button-row">
        <Button type="submit" data-size="sm" disabled={busy} aria-busy={busy || undefined}>
          {t('observations.submit')}
        </Button>
        <Button variant="tertiary" data-size="sm" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

// ——— Contact log ———

function ContactsSection({ data, onChanged }: SectionProps) {
  const { t } = useTranslation();
  const { handleApiError } = useAuth();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const contacts = [...data.contacts].sort((a, b) => b.contactedAt.localeCompare(a.contactedAt));
  const alertTitle = new Map(data.alerts.map((a) => [a.id, a.ruleTitle]));
  // One contact may handle every rule of a concern: the entry names them all.
  const handledRules = new Map<string, string[]>();
  for (const a of data.alerts)
    if (a.handledContactId)
      handledRules.set(a.handledContactId, [...(handledRules.get(a.handledContactId) ?? []), a.ruleTitle]);
  return (
    <Section id="kontaktlogg" heading={t('pupil.contactsHeading')}>
      {contacts.length === 0 ? (
        <Paragraph>{t('pupil.noContacts')}</Paragraph>
      ) : (
        <ul className="plain-list">
          {contacts.map((c) => (
            <li key={c.id} data-contact-id={c.id}>
              <strong>
                {formatDateTime(c.contactedAt)} · {t(`contacts.channel_${c.channel}`)} ·{' '}
                {c.withWhom
                  .map((w) => t(`contacts.party_${w}` as 'contacts.party_elev', { defaultValue: w }))
                  .join(', ')}
              </strong>
              <br />
              {c.summary}
              {c.agreed && (
                <>
                  <br />
                  <em>{t('contacts.agreedPrefix')}</em> {c.agreed}
                </>
              )}
              <br />
              <span className="class-list__meta">
                {t('pupil.recordedBy', { name: c.recordedByName })}
                {handledRules.has(c.id)
                  ? ` · ${t('contacts.forRules', {
                      count: handledRules.get(c.id)!.length,
                      rules: handledRules
                        .get(c.id)!
                        .map((r) => `«${r}»`)
                        .join(', '),
                    })}`
                  : c.alertId && alertTitle.has(c.alertId)
                    ? ` · ${t('contacts.forAlert', { rule: alertTitle.get(c.alertId) })}`
                    : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
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
            onSubmit={async (contact) => {
              try {
                await api.createContact(data.pupil.id, contact);
              } catch (err) {
                handleApiError(err);
                throw err;
              }
              setOpen(false);
              await onChanged(t('contacts.saved'));
              requestAnimationFrame(() => button.current?.focus());
            }}
          />
        </div>
      )}
    </Section>
  );
}
