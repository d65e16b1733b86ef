import { Checkbox, Field, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useSubmit } from '../../../ui/useSubmit';
import { FormButtons } from '../../../ui/FormButtons';
import { useTranslation } from 'react-i18next';
import { appToday } from '../../../appClock';
import { MEETING_KINDS, caseApi } from '../../../api';
import type { Meeting, MeetingKind } from '../../../api';
import { splitLines } from '../../../cases';
import { FailureMessage } from '../../../ui/feedback';
import { useFocusFirst } from '../../../ui/focus';

export function MeetingForm({
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
  const [scheduledOn, setScheduledOn] = useState(() => appToday());
  const [participants, setParticipants] = useState('');
  const [agenda, setAgenda] = useState('');
  const [anonymised, setAnonymised] = useState(false);
  const [problems, setProblems] = useState<{ date?: string; participants?: string; agenda?: string }>({});
  const { busy, failure, run } = useSubmit();
  const form = useFocusFirst<HTMLFormElement>();

  async function submit(e: FormEvent) {
    e.preventDefault();
    const names = splitLines(participants);
    const found: typeof problems = {};
    if (!scheduledOn) found.date = t('cases.missingDate');
    if (names.length === 0) found.participants = t('cases.missingParticipants');
    if (!agenda.trim()) found.agenda = t('cases.missingAgenda');
    setProblems(found);
    if (found.date) return form.current?.querySelector<HTMLElement>('input[type=date]')?.focus();
    if (found.participants) return form.current?.querySelector<HTMLElement>('textarea[name=participants]')?.focus();
    if (found.agenda) return form.current?.querySelector<HTMLElement>('textarea[name=agenda]')?.focus();
    await run(async () => {
      await caseApi.addMeeting(caseId, {
        kind,
        scheduledOn,
        participants: names,
        agenda: agenda.trim(),
        ...(kind === 'naervaersteam' ? { anonymised } : {}),
      });
      await onDone();
    });
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
      <FormButtons busy={busy} submit={t('cases.meetingSubmit')} onCancel={onCancel} />
    </form>
  );
}

export function RecordMeetingForm({
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
  const { busy, failure, run } = useSubmit();
  const form = useFocusFirst<HTMLFormElement>();

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found: typeof problems = {};
    if (!heldOn) found.date = t('cases.missingDate');
    if (!minutes.trim()) found.minutes = t('cases.missingMinutes');
    setProblems(found);
    if (found.date) return form.current?.querySelector<HTMLElement>('input[type=date]')?.focus();
    if (found.minutes) return form.current?.querySelector<HTMLElement>('textarea[name=minutes]')?.focus();
    await run(async () => {
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
    });
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
      <FormButtons busy={busy} submit={t('cases.recordSubmit')} onCancel={onCancel} />
    </form>
  );
}
