import { Button, Checkbox, Heading, Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { InlinePanel, useInlinePanel } from '../../../ui/InlinePanel';
import { ChoiceSelect, PanelForm, usePanelForm, type PanelFormProps } from '../../../ui/PanelForm';
import { FormButtons } from '../../../ui/FormButtons';
import { useTranslation } from 'react-i18next';
import { appToday } from '../../../appClock';
import { REFERRAL_SERVICE_NAMES, REFERRAL_STATUSES, caseApi } from '../../../api';
import type { Referral, ReferralService, ReferralStatus } from '../../../api';
import { AssessmentFields, emptyAssessment, trimAssessment } from '../HolisticAssessment';
import { FailureMessage, Section } from '../../../ui/feedback';
import { focusById } from '../../../ui/focus';
import { formatDate } from '../../../format';
import type { SectionProps } from '../types';

// ——— Referrals ———

export function ReferralsSection({ data, onChanged }: SectionProps) {
  const { t } = useTranslation();
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
        <InlinePanel label={t('cases.addReferral')}>
          {(panel) => (
            <ReferralForm
              caseId={data.id}
              onCancel={panel.close}
              onDone={() => panel.finish(() => onChanged(t('cases.referralSaved')))}
            />
          )}
        </InlinePanel>
      )}
    </Section>
  );
}

function ReferralItem({ data, referral, onChanged }: SectionProps & { referral: Referral }) {
  const { t } = useTranslation();
  const edit = useInlinePanel();
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
        <Button {...edit.triggerProps} variant={edit.open ? 'primary' : 'secondary'} data-size="sm">
          {t('cases.updateReferral')}
          <span className="ds-sr-only"> – {service}</span>
        </Button>
      )}
      {edit.open && !data.readOnly && (
        <ReferralForm
          caseId={data.id}
          referral={referral}
          onCancel={edit.close}
          onDone={async () => {
            edit.setOpen(false);
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
}: { caseId: string; referral?: Referral | undefined } & PanelFormProps) {
  const { t } = useTranslation();
  const today = appToday();
  const [service, setService] = useState<ReferralService>(referral?.service ?? 'ppt');
  const [status, setStatus] = useState<ReferralStatus>(referral?.status ?? 'sendt');
  const [sentOn, setSentOn] = useState(referral ? (referral.sentOn ?? '') : today);
  const [answeredOn, setAnsweredOn] = useState(referral?.answeredOn ?? '');
  const [guardiansSigned, setGuardiansSigned] = useState(referral?.guardiansSigned ?? false);
  const [note, setNote] = useState(referral?.note ?? '');
  const [assessment, setAssessment] = useState(() => emptyAssessment(today));
  const { busy, failure, form, send } = usePanelForm();

  // Sent as written: the server says what a status needs (a sent referral its date) and what the guardrail lacks.
  const submit = send(null, async () => {
    const body = {
      service,
      status,
      sentOn: sentOn || null,
      answeredOn: answeredOn || null,
      guardiansSigned: service === 'ppt' && guardiansSigned,
      note: note.trim() || null,
      ...(service === 'barnevern' ? { holisticAssessment: trimAssessment(assessment) } : {}),
    };
    if (referral) await caseApi.updateReferral(caseId, referral.id, { ...body, version: referral.version });
    else await caseApi.addReferral(caseId, body);
    await onDone();
  });

  return (
    <PanelForm form={form} onSubmit={submit} label={referral ? t('cases.updateReferral') : t('cases.addReferral')}>
      <FailureMessage failure={failure} fallback={t('cases.referralFailed')} />
      <ChoiceSelect
        label={t('cases.referralService')}
        value={service}
        options={REFERRAL_SERVICE_NAMES}
        optionLabel={(s) => t(`cases.service_${s}`)}
        onChange={setService}
      />
      <ChoiceSelect
        label={t('cases.referralStatus')}
        value={status}
        options={REFERRAL_STATUSES}
        optionLabel={(s) => t(`cases.referralStatus_${s}`)}
        onChange={setStatus}
      />
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
      <FormButtons
        busy={busy}
        submit={referral ? t('cases.updateReferralSubmit') : t('cases.referralSubmit')}
        onCancel={onCancel}
      />
    </PanelForm>
  );
}
