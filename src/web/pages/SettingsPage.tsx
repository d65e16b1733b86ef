import {
  Alert,
  Button,
  Fieldset,
  Heading,
  Link,
  Paragraph,
  Radio,
  Table,
  Textfield,
} from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { ApiError, api } from '../api';
import type { SchoolSettings } from '../api';
import { useAuth, useUser } from '../auth';
import { ServerFieldErrors } from '../components/absence';
import { ErrorAlert, errorMessage } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { Page } from '../components/Page';
import { formatDate } from '../format';
import { settingsSchools } from '../roles';
import { draftFromCalendar, draftToSkolerute, nextKey, skoleruteProblems, withFrom } from '../skolerute';
import type { ClosedDraft, SkoleruteDraft, SkoleruteProblems } from '../skolerute';
import { useApi } from '../useApi';

type Failure = { error: unknown; attempt: number };
type Profile = SchoolSettings['profiles'][number];

/** A school's skolerute and rule profile: the administrator edits them, the leadership reads them. */
export function SettingsPage() {
  const { t } = useTranslation();
  const { schoolId = '' } = useParams();
  const user = useUser();
  const canEdit = settingsSchools(user).some((s) => s.id === schoolId && s.canEdit);
  const settings = useApi(`school-settings:${schoolId}`, () => api.schoolSettings(schoolId));
  const data = settings.status === 'ok' ? settings.data : null;
  const title = data
    ? t('settings.title', { school: data.school.name })
    : settings.status === 'error'
      ? t('settings.loadFailed')
      : t('settings.loadingTitle');

  return (
    <Page title={title}>
      <Paragraph className="back-link">
        <Link asChild>
          <RouterLink to="/">{t('class.backHome')}</RouterLink>
        </Link>
      </Paragraph>
      {settings.status === 'loading' && <Loading />}
      {settings.status === 'error' && <ErrorAlert>{errorMessage(settings.error, t('settings.loadFailed'))}</ErrorAlert>}
      {data && (
        <>
          <Paragraph>{canEdit ? t('settings.introEdit') : t('settings.introRead')}</Paragraph>
          <Section
            id="skolerute"
            heading={t('settings.calendarHeading', { from: data.schoolYear, to: data.schoolYear + 1 })}
          >
            <Paragraph data-size="sm" className="settings-note">
              {canEdit ? t('settings.holidays') : t('settings.holidaysRead')}
            </Paragraph>
            {canEdit ? <SkoleruteForm settings={data} /> : <SkoleruteView calendar={data.calendar} />}
          </Section>
          <Section id="regelprofil" heading={t('settings.profileHeading')}>
            <Paragraph data-size="sm" className="settings-note">
              {t('settings.profileHelp')}
            </Paragraph>
            {canEdit ? <ProfileForm settings={data} /> : <ProfileView settings={data} />}
          </Section>
        </>
      )}
    </Page>
  );
}

function Section({ id, heading, children }: { id: string; heading: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="home-section">
      {/* Focusable so focus has somewhere to go when the form below is replaced by the newest version. */}
      <Heading level={2} data-size="sm" id={id} tabIndex={-1}>
        {heading}
      </Heading>
      {children}
    </section>
  );
}

/** The server's message, the domain's own lines (`details.errors`), the fields zod named, and after a 409 a reload button. */
function SaveError({ failure, fallback, onReload }: { failure: Failure; fallback: string; onReload(): void }) {
  const { t } = useTranslation();
  const { error } = failure;
  const lines =
    error instanceof ApiError && Array.isArray(error.details?.errors)
      ? error.details.errors.filter((e): e is string => typeof e === 'string')
      : [];
  return (
    <div>
      <ErrorAlert>{errorMessage(error, fallback)}</ErrorAlert>
      {lines.length > 0 && (
        <ul className="field-errors">
          {lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
      <ServerFieldErrors error={error} />
      {error instanceof ApiError && error.status === 409 && (
        <Button variant="secondary" data-size="sm" onClick={onReload} className="conflict-reload">
          {t('common.reloadNewest')}
        </Button>
      )}
    </div>
  );
}

type Notice = { id: number; text: string } | null;

/** What a save or reload did, beside the form's buttons where the eye is, and read politely. */
function useNotice(): [Notice, (text: string) => void] {
  const [notice, setNotice] = useState<Notice>(null);
  return [notice, (text) => setNotice((previous) => ({ id: (previous?.id ?? 0) + 1, text }))];
}

function NoticeRegion({ notice }: { notice: Notice }) {
  return (
    <div aria-live="polite" aria-atomic="true">
      {notice && (
        <Alert data-color="success" key={notice.id}>
          <Paragraph>{notice.text}</Paragraph>
        </Alert>
      )}
    </div>
  );
}

function focusId(id: string) {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

// ——— Skolerute ———

function SkoleruteView({ calendar }: { calendar: SchoolSettings['calendar'] }) {
  const { t } = useTranslation();
  if (!calendar) return <Paragraph>{t('settings.noCalendar')}</Paragraph>;
  const closed = draftFromCalendar(calendar).closed;
  return (
    <>
      <dl className="figures">
        <div>
          <dt>{t('settings.firstDay')}</dt>
          <dd>{formatDate(calendar.firstDay)}</dd>
        </div>
        <div>
          <dt>{t('settings.lastDay')}</dt>
          <dd>{formatDate(calendar.lastDay)}</dd>
        </div>
        <div>
          <dt>{t('settings.springStarts')}</dt>
          <dd>{formatDate(calendar.springStarts)}</dd>
        </div>
      </dl>
      <Heading level={3} data-size="2xs" id="fridager">
        {t('settings.closedHeading')}
      </Heading>
      {closed.length === 0 ? (
        <Paragraph>{t('settings.closedEmpty')}</Paragraph>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="fridager" tabIndex={0}>
          <Table data-size="sm" border zebra>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('settings.colName')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('settings.closedFrom')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('settings.closedTo')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {closed.map((p) => (
                <Table.Row key={p.key}>
                  <Table.HeaderCell scope="row">{p.name}</Table.HeaderCell>
                  <Table.Cell>{formatDate(p.from)}</Table.Cell>
                  <Table.Cell>{formatDate(p.to)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </>
  );
}

const fieldId = (field: string) => `skolerute-${field.replace(/\./g, '-')}`;

function SkoleruteForm({ settings }: { settings: SchoolSettings }) {
  const { t } = useTranslation();
  const { handleApiError } = useAuth();
  const [notice, notify] = useNotice();
  const schoolId = settings.school.id;
  const schoolYear = settings.schoolYear;
  const [draft, setDraft] = useState<SkoleruteDraft>(() => draftFromCalendar(settings.calendar));
  // Undefined until the school year has a skolerute: the first save creates it.
  const [version, setVersion] = useState<number | undefined>(settings.calendar?.version);
  const [problems, setProblems] = useState<SkoleruteProblems>({});
  const [failure, setFailure] = useState<Failure | null>(null);
  const [busy, setBusy] = useState(false);
  const [focusRow, setFocusRow] = useState<number | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  // A new row gets focus once it is on screen.
  useEffect(() => {
    if (focusRow === null) return;
    document.getElementById(fieldId(`closed.${focusRow}.name`))?.focus();
    setFocusRow(null);
  }, [focusRow]);

  const problem = (field: string) => {
    const key = problems[field];
    return key ? t(`settings.problem_${key}`) : undefined;
  };

  function setField(field: 'firstDay' | 'lastDay' | 'springStarts', value: string) {
    setDraft((d) => ({ ...d, [field]: value }));
  }

  function setRow(key: number, change: (p: ClosedDraft) => ClosedDraft) {
    setDraft((d) => ({ ...d, closed: d.closed.map((p) => (p.key === key ? change(p) : p)) }));
  }

  function add() {
    const key = nextKey(draft);
    setDraft((d) => ({ ...d, closed: [...d.closed, { key, name: '', from: '', to: '' }] }));
    setFocusRow(key);
  }

  function remove(index: number) {
    const row = draft.closed[index];
    if (!row) return;
    const rest = draft.closed.filter((p) => p.key !== row.key);
    setDraft((d) => ({ ...d, closed: d.closed.filter((p) => p.key !== row.key) }));
    notify(row.name.trim() ? t('settings.removed', { name: row.name.trim() }) : t('settings.removedUnnamed'));
    // Focus stays in the list: the row that moved up into this place, else the one before, else the add button.
    const next = rest[index] ?? rest[index - 1];
    if (next) focusId(fieldId(`closed.${next.key}.name`));
    else requestAnimationFrame(() => addButton.current?.focus());
  }

  async function save(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const found = skoleruteProblems(draft);
    setProblems(found);
    const first = Object.keys(found)[0];
    if (first) {
      setFailure(null);
      document.getElementById(fieldId(first))?.focus();
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      const body = draftToSkolerute(draft, schoolYear);
      const saved = await api.saveSkolerute(schoolId, version === undefined ? body : { ...body, version });
      setVersion(saved.version);
      notify(t('settings.calendarSaved'));
    } catch (err) {
      handleApiError(err);
      setFailure((previous) => ({ error: err, attempt: (previous?.attempt ?? 0) + 1 }));
    } finally {
      setBusy(false);
    }
  }

  async function reloadNewest() {
    try {
      const fresh = await api.schoolSettings(schoolId);
      setDraft(draftFromCalendar(fresh.calendar));
      setVersion(fresh.calendar?.version);
      setProblems({});
      setFailure(null);
      notify(t('settings.calendarReloaded'));
      focusId('skolerute');
    } catch (err) {
      handleApiError(err);
      setFailure((previous) => ({ error: err, attempt: (previous?.attempt ?? 0) + 1 }));
    }
  }

  return (
    <form className="stack-form skolerute-form" onSubmit={save} noValidate>
      {version === undefined && <Paragraph>{t('settings.noCalendarEdit')}</Paragraph>}
      <div className="date-range">
        <Textfield
          id={fieldId('firstDay')}
          label={t('settings.firstDay')}
          type="date"
          value={draft.firstDay}
          onChange={(e) => setField('firstDay', e.target.value)}
          error={problem('firstDay')}
        />
        <Textfield
          id={fieldId('lastDay')}
          label={t('settings.lastDay')}
          type="date"
          value={draft.lastDay}
          min={draft.firstDay || undefined}
          onChange={(e) => setField('lastDay', e.target.value)}
          error={problem('lastDay')}
        />
      </div>
      <div className="date-range">
        <Textfield
          id={fieldId('springStarts')}
          label={t('settings.springStarts')}
          description={t('settings.springStartsHelp')}
          type="date"
          value={draft.springStarts}
          onChange={(e) => setField('springStarts', e.target.value)}
          error={problem('springStarts')}
        />
      </div>
      <div>
        <Heading level={3} data-size="2xs" id="fridager">
          {t('settings.closedHeading')}
        </Heading>
        {draft.closed.length === 0 ? (
          <Paragraph>{t('settings.closedEmpty')}</Paragraph>
        ) : (
          <ol className="closed-list" aria-labelledby="fridager">
            {draft.closed.map((p, index) => {
              const n = index + 1;
              const name = p.name.trim();
              return (
                <li key={p.key} className="closed-row">
                  <Fieldset data-size="sm">
                    <Fieldset.Legend>
                      {name ? t('settings.closedRow', { n, name }) : t('settings.closedRowUnnamed', { n })}
                    </Fieldset.Legend>
                    <div className="closed-row__fields">
                      <Textfield
                        id={fieldId(`closed.${p.key}.name`)}
                        label={t('settings.closedName')}
                        value={p.name}
                        onChange={(e) => setRow(p.key, (r) => ({ ...r, name: e.target.value }))}
                        error={problem(`closed.${p.key}.name`)}
                      />
                      <Textfield
                        id={fieldId(`closed.${p.key}.from`)}
                        label={t('settings.closedFrom')}
                        type="date"
                        value={p.from}
                        onChange={(e) => setRow(p.key, (r) => withFrom(r, e.target.value))}
                        error={problem(`closed.${p.key}.from`)}
                      />
                      <Textfield
                        id={fieldId(`closed.${p.key}.to`)}
                        label={t('settings.closedTo')}
                        type="date"
                        value={p.to}
                        min={p.from || undefined}
                        onChange={(e) => setRow(p.key, (r) => ({ ...r, to: e.target.value }))}
                        error={problem(`closed.${p.key}.to`)}
                      />
                      <Button
                        variant="tertiary"
                        data-size="sm"
                        onClick={() => remove(index)}
                        className="closed-row__remove"
                      >
                        {t('settings.removeClosed')}
                        <span className="ds-sr-only">
                          {' '}
                          {name ? t('settings.closedRow', { n, name }) : t('settings.closedRowUnnamed', { n })}
                        </span>
                      </Button>
                    </div>
                  </Fieldset>
                </li>
              );
            })}
          </ol>
        )}
        <Button ref={addButton} variant="secondary" data-size="sm" onClick={add}>
          {t('settings.addClosed')}
        </Button>
      </div>
      {Object.keys(problems).length > 0 && <p className="inline-problem">{t('settings.fixProblems')}</p>}
      {failure && (
        <SaveError
          key={failure.attempt}
          failure={failure}
          fallback={t('settings.calendarFailed')}
          onReload={() => void reloadNewest()}
        />
      )}
      <NoticeRegion notice={notice} />
      <div className="button-row">
        <Button type="submit" disabled={busy} aria-busy={busy || undefined}>
          {busy ? t('settings.saving') : t('settings.saveCalendar')}
        </Button>
      </div>
    </form>
  );
}

// ——— Rule profile ———

/** One entry per id: the municipality's own profile wins over a shipped one with the same id, as on the server. */
function choosable(profiles: Profile[]): Profile[] {
  const byId = new Map<string, Profile>();
  for (const p of profiles) if (!byId.has(p.id) || p.origin === 'kommune') byId.set(p.id, p);
  return [...byId.values()];
}

function ProfileView({ settings }: { settings: SchoolSettings }) {
  const { t } = useTranslation();
  const current = choosable(settings.profiles).find((p) => p.id === settings.school.ruleProfile);
  return (
    <Paragraph>
      {current
        ? t('settings.profileCurrent', { name: current.name, origin: t(`settings.originInline_${current.origin}`) })
        : t('settings.profileUnknown', { id: settings.school.ruleProfile })}
    </Paragraph>
  );
}

function ProfileForm({ settings }: { settings: SchoolSettings }) {
  const { t } = useTranslation();
  const { handleApiError } = useAuth();
  const [notice, notify] = useNotice();
  const schoolId = settings.school.id;
  const [profiles, setProfiles] = useState(() => choosable(settings.profiles));
  const [chosen, setChosen] = useState(settings.school.ruleProfile);
  const [version, setVersion] = useState(settings.school.version);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [busy, setBusy] = useState(false);
  const known = profiles.some((p) => p.id === chosen);

  async function save(e: FormEvent) {
    e.preventDefault();
    if (busy || !known) return;
    setBusy(true);
    setFailure(null);
    try {
      const saved = await api.chooseRuleProfile(schoolId, chosen, version);
      setVersion(saved.version);
      const name = profiles.find((p) => p.id === saved.ruleProfile)?.name ?? saved.ruleProfile;
      notify(t('settings.profileSaved', { name }));
    } catch (err) {
      handleApiError(err);
      setFailure((previous) => ({ error: err, attempt: (previous?.attempt ?? 0) + 1 }));
    } finally {
      setBusy(false);
    }
  }

  async function reloadNewest() {
    try {
      const fresh = await api.schoolSettings(schoolId);
      setProfiles(choosable(fresh.profiles));
      setChosen(fresh.school.ruleProfile);
      setVersion(fresh.school.version);
      setFailure(null);
      notify(t('settings.profileReloaded'));
      focusId('regelprofil');
    } catch (err) {
      handleApiError(err);
      setFailure((previous) => ({ error: err, attempt: (previous?.attempt ?? 0) + 1 }));
    }
  }

  return (
    <form className="stack-form" onSubmit={save} noValidate>
      {!profiles.some((p) => p.id === settings.school.ruleProfile) && (
        <Paragraph>{t('settings.profileUnknown', { id: settings.school.ruleProfile })}</Paragraph>
      )}
      <Fieldset>
        <Fieldset.Legend>{t('settings.profileLegend')}</Fieldset.Legend>
        <Fieldset.Description>{t('settings.profileChangeNote')}</Fieldset.Description>
        {profiles.map((p) => (
          <Radio
            key={p.id}
            name="regelprofil"
            value={p.id}
            label={p.name}
            description={`${t(`settings.origin_${p.origin}`)} · ${p.id}`}
            checked={chosen === p.id}
            onChange={() => setChosen(p.id)}
          />
        ))}
      </Fieldset>
      {failure && (
        <SaveError
          key={failure.attempt}
          failure={failure}
          fallback={t('settings.profileFailed')}
          onReload={() => void reloadNewest()}
        />
      )}
      <NoticeRegion notice={notice} />
      <div className="button-row">
        <Button type="submit" disabled={busy || !known} aria-busy={busy || undefined}>
          {busy ? t('settings.saving') : t('settings.saveProfile')}
        </Button>
      </div>
    </form>
  );
}
