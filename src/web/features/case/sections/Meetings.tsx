import { Button, Checkbox, Details, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { PrintInLanguages } from '../../../components/PrintInLanguages';
import { useInlinePanel } from '../../../ui/InlinePanel';
import { useTranslation } from 'react-i18next';
import { caseApi, guardianApi } from '../../../api';
import { SendToGuardiansButton } from '../../../components/SendToGuardians';
import type { Meeting, MeetingKind } from '../../../api';
import { useUser } from '../../../auth';
import { downloadName } from '../../../cases';
import { FailureMessage, Section, useFailure } from '../../../ui/feedback';
import { focusById } from '../../../ui/focus';
import { downloadBlob } from '../../../ui/download';
import { formatDate, formatDateTime } from '../../../format';
import type { SectionProps } from '../types';
import { MeetingForm, RecordMeetingForm } from './MeetingForms';

// ——— Meetings ———

export function MeetingsSection({
  data,
  meetings,
  onChanged,
  request,
}: SectionProps & { meetings: Meeting[]; request: { kind: MeetingKind; n: number } | null }) {
  const { t } = useTranslation();
  const add = useInlinePanel();
  const openAdd = add.setOpen; // a state setter: the same function on every render
  const [kind, setKind] = useState<MeetingKind | undefined>();
  // A task's "Planlegg møte": open the form (again) with the task's kind; the form focuses its first field.
  useEffect(() => {
    if (!request) return;
    setKind(request.kind);
    openAdd(true);
  }, [request, openAdd]);
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
          {...add.triggerProps}
          variant="secondary"
          data-size="sm"
          onClick={() => {
            setKind(undefined);
            add.toggle();
          }}
        >
          {t('cases.addMeeting')}
        </Button>
      )}
      {add.open && !data.readOnly && (
        <MeetingForm
          key={request?.n ?? 0}
          caseId={data.id}
          initialKind={kind}
          onCancel={add.close}
          onDone={() => add.finish(() => onChanged(t('cases.meetingSaved')))}
        />
      )}
    </Section>
  );
}

function MeetingItem({ data, meeting, onChanged }: SectionProps & { meeting: Meeting }) {
  const { t } = useTranslation();
  const record = useInlinePanel();
  const headingId = `mote-${meeting.id}`;
  const kind = t(`cases.kind_${meeting.kind}`);
  return (
    <li className="meeting" data-meeting-id={meeting.id}>
      <Heading level={3} data-size="2xs" id={headingId} tabIndex={-1}>
        {kind} · {formatDate(meeting.scheduledOn)}
        {meeting.scheduledTime && ` ${t('caseMeetings.when', { time: meeting.scheduledTime.replace(':', '.') })}`}
      </Heading>
      <Paragraph data-size="sm" className="class-list__meta">
        {[
          t('cases.meetingScheduled', { date: formatDate(meeting.scheduledOn) }),
          meeting.place ? t('caseMeetings.where', { place: meeting.place }) : null,
          meeting.heldOn ? t('cases.meetingHeld', { date: formatDate(meeting.heldOn) }) : t('cases.meetingNotHeld'),
          meeting.nextMeetingOn && !meeting.nextMeetingId
            ? t('cases.meetingNext', { date: formatDate(meeting.nextMeetingOn) })
            : null,
          meeting.anonymised ? t('cases.meetingAnonymised') : null,
        ]
          .filter(Boolean)
          .join(' · ')}
        {/* «Neste møte» planned a meeting of its own: a link to it. */}
        {meeting.nextMeetingOn && meeting.nextMeetingId && (
          <>
            {' · '}
            <Link
              href={`#mote-${meeting.nextMeetingId}`}
              onClick={(e) => {
                e.preventDefault();
                focusById(`mote-${meeting.nextMeetingId}`);
              }}
            >
              {t('caseMeetings.nextLink', { date: formatDate(meeting.nextMeetingOn) })}
            </Link>
          </>
        )}
      </Paragraph>
      {/* One participant a line, and the agenda and minutes with the line breaks they were written with. */}
      {meeting.participants.length > 0 && (
        <div className="meeting__participants">
          <Paragraph data-size="sm">
            <strong>{t('cases.meetingParticipantsLabel')}</strong>
          </Paragraph>
          <ul>
            {meeting.participants.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <Paragraph data-size="sm" className="meeting__agenda">
        <strong>{t('cases.meetingAgenda')}</strong> {meeting.agenda}
      </Paragraph>
      {meeting.minutes && (
        <Paragraph data-size="sm" className="meeting__minutes">
          <strong>{t('cases.meetingMinutes')}</strong> {meeting.minutes}
        </Paragraph>
      )}
      {/* Edited minutes keep what was there before (record_history, decision 064), newest first. */}
      {meeting.earlierMinutes.length > 0 && (
        <Details data-size="sm" className="meeting__earlier">
          <Details.Summary>
            {t('caseMeetings.earlierHeading', { count: meeting.earlierMinutes.length })}
          </Details.Summary>
          <Details.Content>
            <ol className="plain-list">
              {meeting.earlierMinutes.map((v) => (
                <li key={v.version}>
                  <Paragraph data-size="sm" className="class-list__meta">
                    {t('caseMeetings.earlierSaved', { date: formatDateTime(v.savedAt), name: v.savedByName })}
                  </Paragraph>
                  <Paragraph data-size="sm" className="meeting__minutes">
                    {v.minutes}
                  </Paragraph>
                </li>
              ))}
            </ol>
          </Details.Content>
        </Details>
      )}
      {!data.readOnly && (
        <div className="button-row">
          <Button {...record.triggerProps} variant={record.open ? 'primary' : 'secondary'} data-size="sm">
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
      {record.open && (
        <RecordMeetingForm
          caseId={data.id}
          meeting={meeting}
          templates={(data.minutesTemplates ?? []).filter((tpl) => tpl.meetingKinds.includes(meeting.kind))}
          onCancel={record.close}
          onDone={async () => {
            record.setOpen(false);
            await onChanged(t('cases.meetingUpdated'));
            focusById(headingId);
          }}
        />
      )}
    </li>
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
      downloadBlob(
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
      <PrintInLanguages
        languages={data.documentLanguages}
        label={label}
        print={(language) => caseApi.minutes(data.id, meeting.id, isProtected && isLeadership && confirm, language)}
        fileName={(language) =>
          downloadName(
            `referat-${language}`,
            data.pupil.lastName,
            data.pupil.firstName,
            meeting.heldOn ?? meeting.scheduledOn,
          )
        }
      />
      <SendToGuardiansButton
        label={label}
        send={() => guardianApi.sendMinutes(data.id, meeting.id, isProtected && isLeadership && confirm)}
        onChanged={onChanged}
      />
      <FailureMessage failure={failure} fallback={t('cases.meetingFailed')} />
    </>
  );
}
