import { Alert, Button, Heading, Link, Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { NoticeRegion } from '../../ui/feedback';
import type { Notice } from '../../ui/feedback';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router-dom';
import { addDays, isIsoDate } from '../../absence';
import { api } from '../../api';
import type { AbsenceEvent, Alert as AlertType, Concern, Register, RegisterPupil } from '../../api';
import type { RecordAbsenceResponse } from '../../../contract/absence';
import { useAuth } from '../../auth';
import { LazyConcernCard, preloadConcernCard } from '../../components/LazyConcernCard';
import { GuardianWords, SourceTag, useDescribeEvent, useEventSummary } from '../../components/absence';
import { ErrorAlert, errorMessage } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { compareByName, formatDate, pupilName, weekdayName } from '../../format';
import { freshConcerns } from '../../concerns';
import { useApi } from '../../useApi';
import { RegisterForm } from './RegisterForm';
import { TakeRegister } from './TakeRegister';
import { AdaptationNotes } from './AdaptationNotes';
import { hasAnyRole, seesAdaptations, SUBSTITUTE_NAMING_ROLES } from '../../roles';
import { SubstitutesOfTheDay } from './SubstitutesOfTheDay';
import { ProtectedAddressTag } from '../../components/ProtectedAddressTag';

// The morning register: one row per pupil, only the kind select until a kind is chosen, so Tab
// moves one pupil at a time; after a save focus goes to the next pupil's kind select.
export function RegisterPage() {
  const { t } = useTranslation();
  const { classId = '' } = useParams();
  const { state } = useAuth();
  const [params, setParams] = useSearchParams();
  const requested = params.get('dato');
  const date = isIsoDate(requested) ? requested : undefined;
  const register = useApi(`register:${classId}:${date ?? ''}`, () => api.register(classId, date));
  // Known alert ids of the class, to tell which alerts a save created. Unknown (null) if the list fails.
  const classAlerts = useApi(`alerts:${classId}`, () => api.alerts({ status: 'open', classId }));

  const info = register.status === 'ok' ? register.data : null;
  const title = info
    ? t('register.title', { className: info.class.name })
    : register.status === 'error'
      ? t('register.loadFailed')
      : t('register.loadingTitle');

  return (
    <Page title={title}>
      <Paragraph className="back-link">
        <Link asChild>
          <RouterLink to={`/klasse/${encodeURIComponent(classId)}`}>{t('register.backToClass')}</RouterLink>
        </Link>
      </Paragraph>
      {register.status === 'loading' && <Loading />}
      {register.status === 'error' && <ErrorAlert>{errorMessage(register.error, t('register.loadFailed'))}</ErrorAlert>}
      {info && (
        <>
          <DayPicker date={info.date} onChange={(next) => setParams({ dato: next })} />
          {state.status === 'authenticated' && hasAnyRole(state.user, SUBSTITUTE_NAMING_ROLES) && (
            <SubstitutesOfTheDay key={info.date} classId={info.class.id} date={info.date} />
          )}
          <RegisterDay
            key={info.date}
            register={info}
            knownAlerts={classAlerts.status === 'ok' ? classAlerts.data.alerts : null}
          />
        </>
      )}
    </Page>
  );
}

function DayPicker({ date, onChange }: { date: string; onChange(date: string): void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(date);
  useEffect(() => setValue(date), [date]);
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (isIsoDate(value)) onChange(value);
  }
  return (
    <div className="register-day">
      <Heading level={2} data-size="sm" id="dag">
        {t('register.dayHeading', { weekday: weekdayName(date), date: formatDate(date) })}
      </Heading>
      <form className="register-day__form" onSubmit={onSubmit} aria-labelledby="velg-dag">
        <span id="velg-dag" className="ds-sr-only">
          {t('register.chooseDay')}
        </span>
        <Textfield label={t('register.date')} type="date" value={value} onChange={(e) => setValue(e.target.value)} />
        <Button type="submit" variant="secondary" data-size="sm">
          {t('register.show')}
        </Button>
        <Button variant="tertiary" data-size="sm" onClick={() => onChange(addDays(date, -1))}>
          {t('register.previousDay')}
        </Button>
        <Button variant="tertiary" data-size="sm" onClick={() => onChange(addDays(date, 1))}>
          {t('register.nextDay')}
        </Button>
      </form>
    </div>
  );
}

/** The server's closed-day reason as a sentence ("… (Høstferie)." ). */
function sentence(text: string): string {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

function RegisterDay({ register, knownAlerts }: { register: Register; knownAlerts: AlertType[] | null }) {
  const { t } = useTranslation();
  const { handleApiError, state } = useAuth();
  // The class's «tilrettelegging» notes for its teachers (decision 190), beside each pupil.
  const adaptations = useApi(
    state.status === 'authenticated' && seesAdaptations(state.user)
      ? `adaptations:${register.class.id}:${register.date}`
      : null,
    () => api.adaptations(register.class.id, register.date),
  );
  const notesOf = (pupilId: string) =>
    adaptations.status === 'ok' ? adaptations.data.pupils.find((p) => p.pupilId === pupilId)?.notes : undefined;
  const describe = useDescribeEvent();
  const [pupils, setPupils] = useState<RegisterPupil[]>(() => [...register.pupils].sort(compareByName));
  useEffect(() => setPupils([...register.pupils].sort(compareByName)), [register]);
  // What a save did is said in the row saved (a live region of its own): on a phone the page's top is far away.
  const [notices, setNotices] = useState<Record<string, Notice>>({});
  const [concernsByPupil, setConcernsByPupil] = useState<Record<string, Concern[]>>({});
  const knownIds = useMemo(() => (knownAlerts ? new Set(knownAlerts.map((a) => a.id)) : null), [knownAlerts]);
  const seenIds = useRef(new Set<string>());
  const kindRefs = useRef(new Map<string, HTMLSelectElement>());

  if (!register.schoolDay) {
    return (
      <Alert data-color="info" className="register-closed">
        <Paragraph>
          {register.closedReason
            ? t('register.closed', { reason: sentence(register.closedReason) })
            : t('register.closedUnknown')}
        </Paragraph>
      </Alert>
    );
  }

  const absent = pupils.filter((p) => p.events.length > 0).length;
  const needsCall = pupils.filter((p) => p.needsCall).length;

  function onSaved(pupil: RegisterPupil, index: number, updated: RegisterPupil, result: RecordAbsenceResponse) {
    setPupils((list) => list.map((p) => (p.id === pupil.id ? updated : p)));
    // The server decides "Ingen melding fra foresatte" and the alert count: fetch the day again, quietly.
    api.register(register.class.id, register.date).then(
      (fresh) => {
        const byId = new Map(fresh.pupils.map((p) => [p.id, p]));
        setPupils((list) => list.map((p) => byId.get(p.id) ?? p));
      },
      (error: unknown) => handleApiError(error),
    );
    // One card per concern the save made or grew (decision 026), not one per new alert; a card shown
    // earlier stays, at its newest version.
    const known = knownIds
      ? new Set([...knownIds, ...seenIds.current])
      : seenIds.current.size > 0
        ? new Set(seenIds.current)
        : null;
    const own = result.concerns.filter((c) => c.pupilId === pupil.id);
    const fresh = freshConcerns(own, known);
    for (const alert of result.alerts) seenIds.current.add(alert.id);
    setConcernsByPupil((all) => {
      const shown = new Set([
        ...(all[pupil.id] ?? []).flatMap((c) => c.alerts.map((a) => a.id)),
        ...fresh.flatMap((f) => f.fresh.map((a) => a.id)),
      ]);
      return { ...all, [pupil.id]: own.filter((c) => c.alerts.some((a) => shown.has(a.id))) };
    });
    const name = pupilName(pupil);
    const parts = [t('register.saved', { name, what: describeRun(result.events, describe, t) })];
    for (const { concern, fresh: rules, kind } of fresh) {
      const lead = concern.alerts[0]!.ruleTitle;
      if (kind === 'grown')
        parts.push(t('concerns.announceGrown', { name, rules: rules.map((a) => `«${a.ruleTitle}»`).join(', ') }));
      else if (concern.alerts.length > 1)
        parts.push(t('concerns.announceNewRules', { name, rule: lead, count: concern.alerts.length }));
      else parts.push(t('concerns.announceNew', { name, rule: lead }));
      if (concern.case) parts.push(t('concerns.announceInCase'));
    }
    setNotices((all) => ({ ...all, [pupil.id]: { id: (all[pupil.id]?.id ?? 0) + 1, text: parts.join(' ') } }));
    // Fast entry: on to the next pupil (the message in the row is announced politely meanwhile).
    const next = pupils[index + 1];
    if (next) kindRefs.current.get(next.id)?.focus();
  }

  return (
    <>
      {register.future && (
        <Alert data-color="info" className="register-future">
          <Paragraph>{t('register.future', { date: formatDate(register.date) })}</Paragraph>
        </Alert>
      )}
      <Paragraph className="register-summary">
        {t('register.summary', { absent, total: pupils.length })}{' '}
        {needsCall > 0 &&
          (register.past
            ? t('register.summaryNeedsCallPast', { count: needsCall })
            : t('register.summaryNeedsCall', { count: needsCall }))}
      </Paragraph>
      <Paragraph data-size="sm" className="register-help">
        {t('register.help')}
      </Paragraph>
      {adaptations.status === 'error' && <ErrorAlert>{t('register.adaptationsFailed')}</ErrorAlert>}
      {/* A save may raise a concern: its card's script comes while the server answers (a failure shows with the card). */}
      <ul
        className="register-list"
        aria-label={t('register.listLabel', { className: register.class.name })}
        onSubmit={() => preloadConcernCard().catch(() => undefined)}
      >
        {pupils.map((pupil, index) => (
          <li key={pupil.id} className="register-row" data-pupil-id={pupil.id}>
            <div className="register-row__who">
              <Heading level={3} data-size="xs" className="register-row__name">
                <Link asChild>
                  <RouterLink to={`/elev/${encodeURIComponent(pupil.id)}`}>{pupilName(pupil)}</RouterLink>
                </Link>
              </Heading>
              <div className="register-row__tags">
                {pupil.needsCall && (
                  <Tag data-color="warning" data-size="sm">
                    <span aria-hidden="true">☎ </span>
                    {t('register.noContact')}
                  </Tag>
                )}
                {pupil.guardianReported && (
                  <Tag data-color="success" data-size="sm">
                    <span aria-hidden="true">✓ </span>
                    {t('register.guardianReported')}
                  </Tag>
                )}
                {pupil.openConcerns > 0 && (
                  <Tag data-color="danger" data-size="sm">
                    <span aria-hidden="true">! </span>
                    {t('register.openConcerns', { count: pupil.openConcerns })}
                  </Tag>
                )}
                <ProtectedAddressTag value={pupil.protectedAddress} data-size="sm" variant="outline" />
              </div>
              {notesOf(pupil.id) && adaptations.status === 'ok' && (
                <AdaptationNotes
                  classId={register.class.id}
                  date={register.date}
                  mayConfirm={adaptations.data.mayConfirm}
                  pupilName={pupilName(pupil)}
                  notes={notesOf(pupil.id)!}
                />
              )}
              {pupil.events.length > 0 && (
                <ul className="register-row__events" aria-label={t('register.existing', { name: pupilName(pupil) })}>
                  {pupil.events.map((event) => (
                    <li key={event.id}>
                      <EventLine event={event} /> <SourceTag source={event.source} />
                      <GuardianWords event={event} />
                    </li>
                  ))}
                </ul>
              )}
            </div>
            <RegisterForm
              pupil={pupil}
              date={register.date}
              lessons={register.lessons}
              kindRef={(el) => {
                if (el) kindRefs.current.set(pupil.id, el);
                else kindRefs.current.delete(pupil.id);
              }}
              onSaved={(updated, result) => onSaved(pupil, index, updated, result)}
            />
            {/* Always in the DOM, so screen readers hear each new message; right under the row saved. */}
            <NoticeRegion
              notice={notices[pupil.id] ?? null}
              className="register-row__notice"
              alertClassName="register-row__saved"
            />
            {(concernsByPupil[pupil.id] ?? []).map((concern) => (
              <LazyConcernCard key={concern.id} concern={concern} headingLevel={4} />
            ))}
          </li>
        ))}
      </ul>
      {!register.future && <TakeRegister register={register} />}
    </>
  );
}

/** «3.–4. time, Kroppsøving» for a double lesson saved as one registration; otherwise the one event. */
function describeRun(events: AbsenceEvent[], describe: ReturnType<typeof useDescribeEvent>, t: TFunction): string {
  const first = events[0]!;
  const last = events.at(-1)!;
  if (events.length < 2 || first.period === null || last.period === null) return describe(first);
  const subjects = new Set(events.map((e) => e.subject));
  return subjects.size === 1 && first.subject
    ? t('absence.describe_lessonRun', { from: first.period, to: last.period, subject: first.subject })
    : t('absence.describe_lessonRunPeriods', { from: first.period, to: last.period });
}

function EventLine({ event }: { event: RegisterPupil['events'][number] }) {
  const summary = useEventSummary();
  return <span>{summary(event)}</span>;
}
