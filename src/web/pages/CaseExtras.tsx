import {
  Button,
  Checkbox,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Tag,
  Textfield,
} from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { localToday } from '../absence';
import { ASSESSMENT_KINDS, REFERRAL_SERVICE_NAMES, REFERRAL_STATUSES, caseApi } from '../api';
import type {
  AssessmentKind,
  CaseDetail,
  ExpertAssessment,
  NoticeTarget,
  Referral,
  ReferralService,
  ReferralStatus,
  StaffMember,
} from '../api';
import { downloadName, noticeTargets, suggestedNotice } from '../cases';
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
import { formatDate } from '../format';
import { useApi } from '../useApi';

// The case page's sections for what surrounds the ladder's moves: the written notices, referrals with
// their waiting time, expert assessments, and passing the baton (decision 017).

type SectionProps = { data: CaseDetail; onChanged: Changed };

/** The id of a notice button, so a checklist task can send the keyboard there. */
export const noticeButtonId = (to: NoticeTarget) => `melding-${to}`;

// ——— Written notices ———

export function NoticesSection({ data, onChanged }: SectionProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<NoticeTarget | null>(null);
  const { failure, fail, clear } = useFailure();
  const suggested = suggestedNotice(data.state.level);

  async function make(to: NoticeTarget) {
    setBusy(to);
    clear();
    try {
      const { pdf, fileName } = await caseApi.notice(data.id, to);
      downloadPdf(pdf, fileName ?? downloadName('melding', to, data.pupil.lastName, data.pupil.firstName));
      await onChanged(t('cases.noticeMade'));
    } catch (err) {
      fail(err);
    } finally {
      setBusy(null);
    }
  }

  return (
    <Section id="skriftlige-meldinger" heading={t('cases.noticesHeading')}>
      <Paragraph data-size="sm">{t('cases.noticesHelp')}</Paragraph>
      {suggested && (
        <Paragraph data-size="sm">
          {t('cases.noticesSuggested', { level: data.state.level, to: t(`cases.noticeTo_${suggested}`) })}
        </Paragraph>
      )}
      <div className="button-row">
        {noticeTargets(data.state.level).map((to) => (
          <Button
            key={to}
            id={noticeButtonId(to)}
            variant={to === suggested ? 'primary' : 'secondary'}
            data-size="sm"
            onClick={() => void make(to)}
            disabled={busy !== null}
            aria-busy={busy === to || undefined}
          >
            <span aria-hidden="true">📄 </span>
            {busy === to ? t('cases.makingNotice') : t(`cases.notice_${to}`)}
          </Button>
        ))}
      </div>
      <FailureMessage failure={failure} fallback={t('cases.noticeFailed')} />
    </Section>
  );
}

// ——— Referrals ———

export function ReferralsSection({ data, onChanged }: SectionProps) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  return (
    <Section id="henvisninger" heading={t('cases.referralsHeading')}>
      <Paragraph data-size="sm">{t('cases.referralsHelp')}</Paragraph>
      {data.referrals.length === 0 ? (
        <Paragraph>{t('cases.noReferrals')}</Paragraph>
      ) : (
        <ul className="plain-list">
          {data.referrals.map((r) => (
            <ReferralItem key={r.id} data={data} referral={r} onChanged={onChanged} />
          ))}
        </ul>
      )}
      {!data.readOnly && (
        <Button
          ref={addButton}
          variant="secondary"
          data-size="sm"
          aria-expanded={adding}
          onClick={() => setAdding(!adding)}
        >
          {t('cases.addReferral')}
        </Button>
      )}
      {adding && !data.readOnly && (
        <ReferralForm
          caseId={data.id}
          onCancel={() => {
            setAdding(false);
            requestAnimationFrame(() => addButton.current?.focus());
          }}
          onDone={async () => {
            setAdding(false);
            await onChanged(t('cases.referralSaved'));
            requestAnimationFrame(() => addButton.current?.focus());
          }}
        />
      )}
    </Section>
  );
}

function ReferralItem({ data, referral, onChanged }: SectionProps & { referral: Referral }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const headingId = `henvisning-${referral.id}`;
  const service = t(`cases.service_${referral.service}`);
  return (
    <li className="meeting" data-referral-id={referral.id}>
      <Heading level={3} data-size="2xs" id={headingId} tabIndex={-1}>
        {service} · {t(`cases.referralStatus_${referral.status}`)}
      </Heading>
      <Paragraph data-size="sm" className="class-list__meta">
        {[
          referral.sentOn ? t('cases.referralSentOn', { date: formatDate(referral.sentOn) }) : null,
          referral.answeredOn ? t('cases.referralAnsweredOn', { date: formatDate(referral.answeredOn) }) : null,
          referral.service === 'ppt'
            ? referral.guardiansSigned
              ? t('cases.referralSigned')
              : t('cases.referralNotSigned')
            : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </Paragraph>
      {referral.waitingDays !== null && (
        <Paragraph data-size="sm">
          <Tag data-color="warning" data-size="sm">
            <span aria-hidden="true">⏳ </span>
            {t('cases.waiting', { count: referral.waitingDays })}
          </Tag>
        </Paragraph>
      )}
      {referral.note && <Paragraph data-size="sm">{referral.note}</Paragraph>}
      {!data.readOnly && (
        <Button
          ref={button}
          variant={editing ? 'primary' : 'secondary'}
          data-size="sm"
          aria-expanded={editing}
          onClick={() => setEditing(!editing)}
        >
          {t('cases.updateReferral')}
          <span className="ds-sr-only"> – {service}</span>
        </Button>
      )}
      {editing && !data.readOnly && (
        <ReferralForm
          caseId={data.id}
          referral={referral}
          onCancel={() => {
            setEditing(false);
            requestAnimationFrame(() => button.current?.focus());
          }}
          onDone={async () => {
            setEditing(false);
            await onChanged(t('cases.referralUpdated'));
            focusById(headingId);
          }}
        />
      )}
    </li>
  );
}

/** A new referral, or a change to one (with its version). PPT asks for the signed pedagogical report; barnevern for the holistic assessment. */
function ReferralForm({
  caseId,
  referral,
  onCancel,
  onDone,
}: {
  caseId: string;
  referral?: Referral;
  onCancel(): void;
  onDone(): Promise<void>;
}) {
  const { t } = useTranslation();
  const today = localToday(new Date());
  const [service, setService] = useState<ReferralService>(referral?.service ?? 'ppt');
  const [status, setStatus] = useState<ReferralStatus>(referral?.status ?? 'sendt');
  const [sentOn, setSentOn] = useState(referral ? (referral.sentOn ?? '') : today);
  const [answeredOn, setAnsweredOn] = useState(referral?.answeredOn ?? '');
  const [guardiansSigned, setGuardiansSigned] = useState(referral?.guardiansSigned ?? false);
  const [note, setNote] = useState(referral?.note ?? '');
  const [assessment, setAssessment] = useState(() => emptyAssessment(today));
  const { failure, fail, clear } = useFailure();
  const [busy, setBusy] = useState(false);
  const form = useFocusFirst<HTMLFormElement>();

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    clear();
    // Sent as written: the server says what a status needs (a sent referral its date) and what the guardrail lacks.
    const body = {
      service,
      status,
      sentOn: sentOn || null,
      answeredOn: answeredOn || null,
      guardiansSigned: service === 'ppt' && guardiansSigned,
      note: note.trim() || null,
      ...(service === 'barnevern' ? { holisticAssessment: trimAssessment(assessment) } : {}),
    };
    try {
      if (referral) await caseApi.updateReferral(caseId, referral.id, { ...body, version: referral.version });
      else await caseApi.addReferral(caseId, body);
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
      aria-label={referral ? t('cases.updateReferral') : t('cases.addReferral')}
    >
      <FailureMessage failure={failure} fallback={t('cases.referralFailed')} />
      <Field>
        <Label>{t('cases.referralService')}</Label>
        <Select value={service} onChange={(e) => setService(e.target.value as ReferralService)} width="auto">
          {REFERRAL_SERVICE_NAMES.map((s) => (
            <Select.Option key={s} value={s}>
              {t(`cases.service_${s}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Field>
        <Label>{t('cases.referralStatus')}</Label>
        <Select value={status} onChange={(e) => setStatus(e.target.value as ReferralStatus)} width="auto">
          {REFERRAL_STATUSES.map((s) => (
            <Select.Option key={s} value={s}>
              {t(`cases.referralStatus_${s}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Textfield
        label={t('cases.sentOn')}
        description={t('cases.sentOnHelp')}
        type="date"
        value={sentOn}
        onChange={(e) => setSentOn(e.target.value)}
      />
      <Textfield
        label={t('cases.answeredOn')}
        type="date"
        value={answeredOn}
        onChange={(e) => setAnsweredOn(e.target.value)}
      />
      {service === 'ppt' && (
        <Checkbox
          label={t('cases.guardiansSigned')}
          description={t('cases.guardiansSignedHelp')}
          checked={guardiansSigned}
          onChange={(e) => setGuardiansSigned(e.target.checked)}
        />
      )}
      {service === 'barnevern' && (
        <>
          <Paragraph className="guardrail-help">{t('cases.reportHelp')}</Paragraph>
          <AssessmentFields value={assessment} onChange={setAssessment} />
        </>
      )}
      <Textfield
        multiline
        rows={2}
        label={t('cases.referralNote')}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <div className="button-row">
        <Button type="submit" data-size="sm" disabled={busy} aria-busy={busy || undefined}>
          {referral ? t('cases.updateReferralSubmit') : t('cases.referralSubmit')}
        </Button>
        <Button variant="tertiary" data-size="sm" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

// ——— Expert assessments ———

export function AssessmentsSection({ data, onChanged }: SectionProps) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  return (
    <Section id="vurderinger" heading={t('cases.assessmentsHeading')}>
      {data.assessments.length === 0 ? (
        <Paragraph>{t('cases.noAssessments')}</Paragraph>
      ) : (
        <ul className="plain-list">
          {data.assessments.map((a) => (
            <AssessmentItem key={a.id} assessment={a} />
          ))}
        </ul>
      )}
      {!data.readOnly && (
        <Button
          ref={addButton}
          variant="secondary"
          data-size="sm"
          aria-expanded={adding}
          onClick={() => setAdding(!adding)}
        >
          {t('cases.addAssessment')}
        </Button>
      )}
      {adding && !data.readOnly && (
        <ExpertAssessmentForm
          caseId={data.id}
          onCancel={() => {
            setAdding(false);
            requestAnimationFrame(() => addButton.current?.focus());
          }}
          onDone={async () => {
            setAdding(false);
            await onChanged(t('cases.assessmentSaved'));
            requestAnimationFrame(() => addButton.current?.focus());
          }}
        />
      )}
    </Section>
  );
}

function AssessmentItem({ assessment }: { assessment: ExpertAssessment }) {
  const { t } = useTranslation();
  return (
    <li className="meeting" data-assessment-id={assessment.id}>
      <Heading level={3} data-size="2xs">
        {t(`cases.assessmentKind_${assessment.kind}`)} · {formatDate(assessment.issuedOn)}
      </Heading>
      <Paragraph data-size="sm" className="class-list__meta">
        {[
          t('cases.assessmentMeta', { date: formatDate(assessment.issuedOn), by: assessment.issuedBy }),
          assessment.validUntil ? t('cases.assessmentValidUntil', { date: formatDate(assessment.validUntil) }) : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </Paragraph>
      <Paragraph data-size="sm">
        <strong>{t('cases.recommendations')}:</strong> {assessment.recommendations}
      </Paragraph>
    </li>
  );
}

function ExpertAssessmentForm({
  caseId,
  onCancel,
  onDone,
}: {
  caseId: string;
  onCancel(): void;
  onDone(): Promise<void>;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<AssessmentKind>('sakkyndig-vurdering');
  const [issuedOn, setIssuedOn] = useState(() => localToday(new Date()));
  const [issuedBy, setIssuedBy] = useState('');
  const [recommendations, setRecommendations] = useState('');
  const [validUntil, setValidUntil] = useState('');
  const [problems, setProblems] = useState<{
    date?: string;
    by?: string;
    recommendations?: string;
    validUntil?: string;
  }>({});
  const { failure, fail, clear } = useFailure();
  const [busy, setBusy] = useState(false);
  const form = useFocusFirst<HTMLFormElement>();
  const temporary = kind === 'sakkyndig-uttalelse';

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const found: typeof problems = {};
    if (!issuedOn) found.date = t('cases.missingDate');
    if (!issuedBy.trim()) found.by = t('cases.missingIssuedBy');
    if (!recommendations.trim()) found.recommendations = t('cases.missingRecommendations');
    if (temporary && !validUntil) found.validUntil = t('cases.missingValidUntil');
    setProblems(found);
    const first = found.date
      ? 'input[name=issuedOn]'
      : found.by
        ? 'input[name=issuedBy]'
        : found.recommendations
          ? 'textarea[name=recommendations]'
          : found.validUntil
            ? 'input[name=validUntil]'
            : null;
    if (first) return form.current?.querySelector<HTMLElement>(first)?.focus();
    setBusy(true);
    clear();
    try {
      await caseApi.addAssessment(caseId, {
        kind,
        issuedOn,
        issuedBy: issuedBy.trim(),
        recommendations: recommendations.trim(),
        validUntil: validUntil || null,
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
      aria-label={t('cases.addAssessment')}
    >
      <FailureMessage failure={failure} fallback={t('cases.assessmentFailed')} />
      <Field>
        <Label>{t('cases.assessmentKind')}</Label>
        <Select value={kind} onChange={(e) => setKind(e.target.value as AssessmentKind)} width="auto">
          {ASSESSMENT_KINDS.map((k) => (
            <Select.Option key={k} value={k}>
              {t(`cases.assessmentKind_${k}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Textfield
        name="issuedOn"
        label={t('cases.issuedOn')}
        type="date"
        value={issuedOn}
        onChange={(e) => setIssuedOn(e.target.value)}
        error={problems.date}
      />
      <Textfield
        name="issuedBy"
        label={t('cases.issuedBy')}
        value={issuedBy}
        onChange={(e) => setIssuedBy(e.target.value)}
        error={problems.by}
      />
      <Textfield
        multiline
        rows={3}
        name="recommendations"
        label={t('cases.recommendations')}
        value={recommendations}
        onChange={(e) => setRecommendations(e.target.value)}
        error={problems.recommendations}
      />
      <Textfield
        name="validUntil"
        label={temporary ? t('cases.validUntil') : t('cases.validUntilOptional')}
        description={temporary ? t('cases.validUntilHelp') : undefined}
        type="date"
        value={validUntil}
        onChange={(e) => setValidUntil(e.target.value)}
        error={problems.validUntil}
      />
      <div className="button-row">
        <Button type="submit" data-size="sm" disabled={busy} aria-busy={busy || undefined}>
          {t('cases.assessmentSubmit')}
        </Button>
        <Button variant="tertiary" data-size="sm" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

// ——— Passing the baton ———

/** "Gi stafettpinnen videre": the button and, when open, the form; the staff who may hold the case come from the server. */
export function PassBaton({ data, onChanged }: SectionProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  if (data.state.status !== 'open') return null;
  return (
    <>
      <Button
        ref={button}
        variant={open ? 'primary' : 'secondary'}
        data-size="sm"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {t('cases.passBaton')}
      </Button>
      {open && (
        <BatonForm
          data={data}
          onCancel={() => {
            setOpen(false);
            requestAnimationFrame(() => button.current?.focus());
          }}
          onDone={async (name) => {
            setOpen(false);
            await onChanged(t('cases.batonPassed', { name }));
            requestAnimationFrame(() => button.current?.focus());
          }}
        />
      )}
    </>
  );
}

function BatonForm({
  data,
  onCancel,
  onDone,
}: {
  data: CaseDetail;
  onCancel(): void;
  onDone(name: string): Promise<void>;
}) {
  const { t } = useTranslation();
  const staff = useApi(`staff:${data.id}`, () => caseApi.staff(data.id));
  const [userId, setUserId] = useState('');
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<{ holder?: string; reason?: string }>({});
  const { failure, fail, clear } = useFailure();
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const others: StaffMember[] =
    staff.status === 'ok' ? staff.data.staff.filter((s) => s.id !== data.stafettholder.id) : [];
  // The staff arrive after the form opens: focus the first field then (or the cancel button when there is nobody).
  useEffect(() => {
    if (staff.status !== 'loading') form.current?.querySelector<HTMLElement>('select, button')?.focus();
  }, [staff.status]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const found: typeof problems = {};
    if (!userId) found.holder = t('cases.missingHolder');
    if (!reason.trim()) found.reason = t('cases.missingBatonReason');
    setProblems(found);
    if (found.holder) return form.current?.querySelector<HTMLElement>('select')?.focus();
    if (found.reason) return form.current?.querySelector<HTMLElement>('textarea')?.focus();
    setBusy(true);
    clear();
    try {
      const result = await caseApi.passBaton(data.id, { userId, reason: reason.trim(), version: data.version });
      await onDone(result.stafettholder.name);
    } catch (err) {
      fail(err);
      setBusy(false);
    }
  }

  return (
    <form ref={form} className="stack-form inline-panel" onSubmit={submit} noValidate aria-label={t('cases.passBaton')}>
      {staff.status === 'loading' && <Loading />}
      {staff.status === 'error' && (
        <FailureMessage failure={{ error: staff.error, attempt: 0 }} fallback={t('cases.staffFailed')} />
      )}
      {staff.status === 'ok' && others.length === 0 && <Paragraph>{t('cases.noOtherStaff')}</Paragraph>}
      {staff.status === 'ok' && others.length > 0 && (
        <>
          <FailureMessage failure={failure} fallback={t('cases.batonFailed')} />
          <Field>
            <Label>{t('cases.newHolder')}</Label>
            <Select
              value={userId}
              onChange={(e) => setUserId(e.target.value)}
              width="auto"
              aria-invalid={problems.holder ? true : undefined}
            >
              <Select.Option value="">{t('cases.chooseHolder')}</Select.Option>
              {others.map((s) => (
                <Select.Option key={s.id} value={s.id}>
                  {t('cases.holderOption', { name: s.name, role: t(`roles.${s.role}`, { defaultValue: s.role }) })}
                </Select.Option>
              ))}
            </Select>
            {problems.holder && (
              <p className="inline-problem" role="alert">
                {problems.holder}
              </p>
            )}
          </Field>
          <Textfield
            multiline
            rows={2}
            label={t('cases.batonReason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={problems.reason}
          />
        </>
      )}
      <div className="button-row">
        {staff.status === 'ok' && others.length > 0 && (
          <Button type="submit" data-size="sm" disabled={busy} aria-busy={busy || undefined}>
            {t('cases.batonSubmit')}
          </Button>
        )}
        <Button variant="tertiary" data-size="sm" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
