import {
  Alert,
  Button,
  Field,
  Fieldset,
  Heading,
  Label,
  Link,
  Paragraph,
  Radio,
  Select,
  Table,
  Textfield,
} from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { addDays, isIsoDate } from '../../absence';
import { api } from '../../api';
import type { AbsenceEvent, GuardianReportReason, GuardianReportResult } from '../../api';
import { FailureMessage } from '../../ui/feedback';
import { useSubmit } from '../../ui/useSubmit';
import { useEventSummary } from '../../components/absence';
import { ErrorAlert, errorMessage } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { formatDate, formatDateTime, fullName, weekdayName } from '../../format';
import { useApi } from '../../useApi';
import { ScrollTable } from '../../ui/ScrollTable';

// Leave (permisjon) is granted by the school, so guardians report only these (the server accepts these three).
const GUARDIAN_REASONS: GuardianReportReason[] = ['sykdom', 'helse', 'annet'];
type When = 'today' | 'tomorrow' | 'period' | 'part';
/** How much of one day (decision 133): away from a lesson on, or arriving late. */
type Part = 'from-period' | 'late';
/** How many days ahead a part of a day can be chosen (today included). */
const PART_DAYS = 14;
/** The periods a guardian can choose «from»: the server checks them against the day's timetable. */
const PERIODS = [1, 2, 3, 4, 5, 6, 7, 8];

/** A guardian reports absence for their own child: today, tomorrow or a period, with a reason. */
export function GuardianReportPage() {
  const { t } = useTranslation();
  const { pupilId = '' } = useParams();
  const children = useApi('my-children', () => api.myChildren());
  const reports = useApi(`reports:${pupilId}`, () => api.myReports(pupilId));
  const child = children.status === 'ok' ? children.data.children.find((c) => c.id === pupilId) : undefined;
  const title = child ? t('report.title', { name: child.firstName }) : t('report.loadingTitle');
  // "I dag" and "i morgen" are the server's days, never the browser's: a wrong clock on a family's
  // phone must not report the wrong day. Until the server has answered, the form waits.
  const [today, setToday] = useState<string | null>(null);
  const serverToday = reports.status === 'ok' && isIsoDate(reports.data.today) ? reports.data.today : null;
  useEffect(() => {
    if (serverToday) setToday(serverToday);
  }, [serverToday]);

  return (
    <Page title={title} heading={child ? t('report.heading', { name: fullName(child) }) : title}>
      <Paragraph className="back-link">
        <Link asChild>
          <RouterLink to="/">{t('class.backHome')}</RouterLink>
        </Link>
      </Paragraph>
      {children.status === 'loading' && <Loading />}
      {children.status === 'error' && <ErrorAlert>{errorMessage(children.error, t('home.childrenFailed'))}</ErrorAlert>}
      {children.status === 'ok' && !child && <ErrorAlert>{t('report.notYourChild')}</ErrorAlert>}
      {child && (
        <>
          <Paragraph className="class-meta">
            {t('home.childClass', { className: child.className, schoolName: child.schoolName })}
          </Paragraph>
          {today ? (
            <ReportForm pupilId={pupilId} name={child.firstName} today={today} onReported={reports.reload} />
          ) : reports.status === 'error' ? (
            <ErrorAlert>{errorMessage(reports.error, t('report.todayFailed'))}</ErrorAlert>
          ) : reports.status === 'ok' ? (
            <ErrorAlert>{t('report.todayFailed')}</ErrorAlert>
          ) : (
            <Loading />
          )}
          {/* Not a labelled section: the table's scroll region already carries the name. */}
          <section className="home-section">
            <Heading level={2} data-size="sm" id="tidligere">
              {t('report.earlier')}
            </Heading>
            {reports.status === 'loading' && <Loading />}
            {reports.status === 'error' && (
              <ErrorAlert>{errorMessage(reports.error, t('report.earlierFailed'))}</ErrorAlert>
            )}
            {reports.status === 'ok' && <EarlierReports reports={reports.data.reports} />}
          </section>
        </>
      )}
    </Page>
  );
}

function ReportForm({
  pupilId,
  name,
  today,
  onReported,
}: {
  pupilId: string;
  name: string;
  today: string;
  onReported(): void;
}) {
  const { t } = useTranslation();
  const [when, setWhen] = useState<When>('today');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [reason, setReason] = useState<GuardianReportReason | ''>('');
  const [note, setNote] = useState('');
  const [part, setPart] = useState<Part>('from-period');
  const [partDate, setPartDate] = useState(addDays(today, 1));
  const [period, setPeriod] = useState('');
  const [minutes, setMinutes] = useState('');
  const [problems, setProblems] = useState<{
    reason?: string;
    from?: string;
    to?: string;
    period?: string;
    minutes?: string;
  }>({});
  const { busy, failure, clear, onSubmit } = useSubmit();
  const [outcome, setOutcome] = useState<{ id: number; result: GuardianReportResult } | null>(null);
  const tomorrow = addDays(today, 1);

  const submit = onSubmit(async () => {
    const found: typeof problems = {};
    const range =
      when === 'today'
        ? { from: today, to: today }
        : when === 'tomorrow'
          ? { from: tomorrow, to: tomorrow }
          : when === 'part'
            ? { from: partDate, to: partDate }
            : { from, to };
    if (when === 'period') {
      if (!isIsoDate(from)) found.from = t('report.missingFrom');
      if (!isIsoDate(to)) found.to = t('report.missingTo');
      else if (isIsoDate(from) && to < from) found.to = t('report.toBeforeFrom');
    }
    const partOfDay = when === 'part' ? part : 'day';
    if (partOfDay === 'from-period' && !period) found.period = t('report.missingPeriod');
    if (partOfDay === 'late' && !/^\d{1,3}$/.test(minutes.trim())) found.minutes = t('report.missingMinutes');
    if (!reason) found.reason = t('report.missingReason');
    setProblems(found);
    if (Object.keys(found).length > 0) {
      const firstId = found.from
        ? 'meld-fra'
        : found.to
          ? 'meld-til'
          : found.period
            ? 'meld-time'
            : found.minutes
              ? 'meld-minutter'
              : 'meld-arsak';
      document.getElementById(firstId)?.focus();
      return;
    }
    clear();
    const result = await api.reportAbsence(pupilId, {
      ...range,
      reason: reason as GuardianReportReason,
      ...(note.trim() ? { note: note.trim() } : {}),
      ...(partOfDay === 'from-period' ? { part: partOfDay, period: Number(period) } : {}),
      ...(partOfDay === 'late' ? { part: partOfDay, minutes: Number(minutes.trim()) } : {}),
    });
    setOutcome((previous) => ({ id: (previous?.id ?? 0) + 1, result }));
    setNote('');
    onReported();
  });

  return (
    <section aria-labelledby="meld" className="home-section">
      <Heading level={2} data-size="sm" id="meld">
        {t('report.formHeading', { name })}
      </Heading>
      <div aria-live="polite" aria-atomic="true">
        {outcome && (
          <Alert
            data-color={outcome.result.created > 0 ? 'success' : 'warning'}
            key={outcome.id}
            className="error-alert"
          >
            <Paragraph>{t('report.created', { count: outcome.result.created })}</Paragraph>
            {outcome.result.skipped.length > 0 && (
              <>
                <Paragraph>{t('report.skipped')}</Paragraph>
                <ul>
                  {outcome.result.skipped.map((s) => (
                    <li key={s.date}>
                      {formatDate(s.date)}: {s.reason}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </Alert>
        )}
      </div>
      <FailureMessage failure={failure} fallback={t('report.failed')} />
      <form className="stack-form report-form" onSubmit={submit} noValidate>
        <Fieldset>
          <Fieldset.Legend>{t('report.when', { name })}</Fieldset.Legend>
          <Radio
            name="when"
            value="today"
            label={t('report.today', { date: formatDate(today) })}
            checked={when === 'today'}
            onChange={() => setWhen('today')}
          />
          <Radio
            name="when"
            value="tomorrow"
            label={t('report.tomorrow', { date: formatDate(tomorrow) })}
            checked={when === 'tomorrow'}
            onChange={() => setWhen('tomorrow')}
          />
          <Radio
            name="when"
            value="period"
            label={t('report.period')}
            checked={when === 'period'}
            onChange={() => setWhen('period')}
          />
          <Radio
            name="when"
            value="part"
            label={t('report.partOfDay')}
            checked={when === 'part'}
            onChange={() => setWhen('part')}
          />
        </Fieldset>
        {when === 'part' && (
          <Field>
            <Label>{t('report.partDate')}</Label>
            <Select id="meld-dag" value={partDate} onChange={(e) => setPartDate(e.target.value)} width="auto">
              {Array.from({ length: PART_DAYS }, (_, i) => addDays(today, i)).map((d) => (
                <Select.Option key={d} value={d}>
                  {t('report.dayOption', { weekday: weekdayName(d), date: formatDate(d) })}
                </Select.Option>
              ))}
            </Select>
          </Field>
        )}
        {when === 'part' && (
          <Fieldset>
            <Fieldset.Legend>{t('report.part')}</Fieldset.Legend>
            <Radio
              name="part"
              value="from-period"
              label={t('report.partFromPeriod')}
              checked={part === 'from-period'}
              onChange={() => setPart('from-period')}
            />
            <Radio
              name="part"
              value="late"
              label={t('report.partLate')}
              checked={part === 'late'}
              onChange={() => setPart('late')}
            />
          </Fieldset>
        )}
        {when === 'part' && part === 'from-period' && (
          <Field>
            <Label>{t('report.fromPeriod')}</Label>
            <Select
              id="meld-time"
              value={period}
              onChange={(e) => setPeriod(e.target.value)}
              width="auto"
              aria-invalid={problems.period ? true : undefined}
              aria-describedby={problems.period ? 'meld-time-feil' : undefined}
            >
              <Select.Option value="">{t('report.choosePeriod')}</Select.Option>
              {PERIODS.map((p) => (
                <Select.Option key={p} value={String(p)}>
                  {t('report.periodOption', { period: p })}
                </Select.Option>
              ))}
            </Select>
            {problems.period && (
              <p id="meld-time-feil" className="inline-problem">
                {problems.period}
              </p>
            )}
          </Field>
        )}
        {when === 'part' && part === 'late' && (
          <Textfield
            id="meld-minutter"
            label={t('report.lateMinutes')}
            inputMode="numeric"
            value={minutes}
            onChange={(e) => setMinutes(e.target.value)}
            error={problems.minutes}
          />
        )}
        {when === 'period' && (
          <div className="date-range">
            <Textfield
              id="meld-fra"
              label={t('report.from')}
              type="date"
              value={from}
              min={today}
              onChange={(e) => setFrom(e.target.value)}
              error={problems.from}
            />
            <Textfield
              id="meld-til"
              label={t('report.to')}
              type="date"
              value={to}
              min={from || today}
              onChange={(e) => setTo(e.target.value)}
              error={problems.to}
            />
          </div>
        )}
        <Field>
          <Label>{t('report.reason')}</Label>
          <Select
            id="meld-arsak"
            value={reason}
            onChange={(e) => setReason(e.target.value as GuardianReportReason | '')}
            width="auto"
            aria-invalid={problems.reason ? true : undefined}
            aria-describedby={problems.reason ? 'meld-arsak-feil' : undefined}
          >
            <Select.Option value="">{t('report.chooseReason')}</Select.Option>
            {GUARDIAN_REASONS.map((r) => (
              <Select.Option key={r} value={r}>
                {t(`absence.reason_${r}`)}
              </Select.Option>
            ))}
          </Select>
          {problems.reason && (
            <p id="meld-arsak-feil" className="inline-problem">
              {problems.reason}
            </p>
          )}
        </Field>
        <Textfield
          multiline
          rows={3}
          label={t('report.note')}
          description={t('report.noteHelp')}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
        <Button type="submit" disabled={busy} aria-busy={busy || undefined} className="login__submit">
          {busy ? t('report.sending') : t('report.submit')}
        </Button>
      </form>
    </section>
  );
}

function EarlierReports({ reports }: { reports: AbsenceEvent[] }) {
  const { t } = useTranslation();
  const summary = useEventSummary();
  if (reports.length === 0) return <Paragraph>{t('report.noEarlier')}</Paragraph>;
  const sorted = [...reports].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <ScrollTable
      labelledBy="tidligere"
      columns={[t('pupil.colDate'), t('pupil.colWhat'), t('report.colNote'), t('report.colSent')]}
    >
      {sorted.map((r) => (
        <Table.Row key={r.id}>
          <Table.HeaderCell scope="row">{formatDate(r.date)}</Table.HeaderCell>
          <Table.Cell>{summary(r)}</Table.Cell>
          <Table.Cell>{r.note ?? ''}</Table.Cell>
          <Table.Cell>{formatDateTime(r.registeredAt)}</Table.Cell>
        </Table.Row>
      ))}
    </ScrollTable>
  );
}
