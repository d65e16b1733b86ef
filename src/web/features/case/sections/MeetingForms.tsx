import { Button, Checkbox, Field, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
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
import { SourceNote } from '../../../ui/SourceNote';
import type { MinutesTemplate } from '../../../../contract/meetings';

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
  const [time, setTime] = useState('');
  const [place, setPlace] = useState('');
  const [participants, setParticipants] = useState('');
  const [agenda, setAgenda] = useState('');
  const [anonymised, setAnonymised] = useState(false);
  const [problems, setProblems] = useState<{ date?: string; time?: string; participants?: string; agenda?: string }>(
    {},
  );
  const { busy, failure, run } = useSubmit();
  const form = useFocusFirst<HTMLFormElement>();

  async function submit(e: FormEvent) {
    e.preventDefault();
    const names = splitLines(participants);
    const found: typeof problems = {};
    if (!scheduledOn) found.date = t('cases.missingDate');
    const scheduledTime = meetingTime(time);
    if (scheduledTime === undefined) found.time = t('caseMeetings.badTime');
    if (names.length === 0) found.participants = t('cases.missingParticipants');
    if (!agenda.trim()) found.agenda = t('cases.missingAgenda');
    setProblems(found);
    if (found.date) return form.current?.querySelector<HTMLElement>('input[type=date]')?.focus();
    if (found.time) return form.current?.querySelector<HTMLElement>('input[name=scheduledTime]')?.focus();
    if (found.participants) return form.current?.querySelector<HTMLElement>('textarea[name=participants]')?.focus();
    if (found.agenda) return form.current?.querySelector<HTMLElement>('textarea[name=agenda]')?.focus();
    await run(async () => {
      await caseApi.addMeeting(caseId, {
        kind,
        scheduledOn,
        scheduledTime: scheduledTime ?? null,
        place: place.trim(),
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
      <TimeAndPlace time={time} place={place} onTime={setTime} onPlace={setPlace} error={problems.time} />
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

/**
 * A time as a Norwegian writes it — «9.30», «09:30», «0930» — as the API's «09:30»; null for none, undefined
 * when it is not a time. A text field, not type=time: its segments read and type differently in each browser.
 */
export function meetingTime(text: string): string | null | undefined {
  const s = text.trim();
  if (!s) return null;
  const m = /^(\d{1,2})(?:[.:]?(\d{2}))?$/.exec(s);
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2] ?? '0');
  if (h > 23 || min > 59) return undefined;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

/** A meeting's time and place (decision 116), optional both; `prefix` tells «neste møte»'s apart. */
function TimeAndPlace({
  time,
  place,
  onTime,
  onPlace,
  next = false,
  error,
}: {
  time: string;
  place: string;
  onTime(v: string): void;
  onPlace(v: string): void;
  next?: boolean;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Textfield
        label={next ? t('caseMeetings.nextTime') : t('caseMeetings.time')}
        description={t('caseMeetings.timeHelp')}
        inputMode="numeric"
        autoComplete="off"
        name={next ? 'nextMeetingTime' : 'scheduledTime'}
        value={time}
        onChange={(e) => onTime(e.target.value)}
        error={error}
      />
      <Textfield
        label={next ? t('caseMeetings.nextPlace') : t('caseMeetings.place')}
        description={t('caseMeetings.placeHelp')}
        name={next ? 'nextMeetingPlace' : 'place'}
        value={place}
        onChange={(e) => onPlace(e.target.value)}
      />
    </>
  );
}

export function RecordMeetingForm({
  caseId,
  meeting,
  templates,
  onCancel,
  onDone,
}: {
  caseId: string;
  meeting: Meeting;
  /** The minutes templates that fit this kind of meeting (content/minutes). */
  templates: MinutesTemplate[];
  onCancel(): void;
  onDone(): Promise<void>;
}) {
  const { t } = useTranslation();
  const [heldOn, setHeldOn] = useState(meeting.heldOn ?? meeting.scheduledOn);
  const [minutes, setMinutes] = useState(meeting.minutes ?? '');
  const [nextMeetingOn, setNextMeetingOn] = useState(meeting.nextMeetingOn ?? '');
  const [nextTime, setNextTime] = useState('');
  const [nextPlace, setNextPlace] = useState(meeting.place);
  const [templateNote, setTemplateNote] = useState<string | null>(null);
  const minutesRef = useRef<HTMLTextAreaElement>(null);
  const [participants, setParticipants] = useState(meeting.participants.join('\n'));
  const [agenda, setAgenda] = useState(meeting.agenda);
  const [problems, setProblems] = useState<{ date?: string; minutes?: string; time?: string }>({});
  const { busy, failure, run } = useSubmit();
  const form = useFocusFirst<HTMLFormElement>();

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found: typeof problems = {};
    if (!heldOn) found.date = t('cases.missingDate');
    if (!minutes.trim()) found.minutes = t('cases.missingMinutes');
    const nextMeetingTime = meetingTime(nextTime);
    if (nextMeetingOn && nextMeetingTime === undefined) found.time = t('caseMeetings.badTime');
    setProblems(found);
    if (found.date) return form.current?.querySelector<HTMLElement>('input[type=date]')?.focus();
    if (found.minutes) return form.current?.querySelector<HTMLElement>('textarea[name=minutes]')?.focus();
    if (found.time) return form.current?.querySelector<HTMLElement>('input[name=nextMeetingTime]')?.focus();
    await run(async () => {
      await caseApi.updateMeeting(caseId, meeting.id, {
        scheduledOn: meeting.scheduledOn,
        participants: splitLines(participants),
        agenda: agenda.trim() || meeting.agenda,
        heldOn,
        minutes: minutes.trim(),
        nextMeetingOn: nextMeetingOn || null,
        ...(nextMeetingOn ? { nextMeetingTime: nextMeetingTime ?? null, nextMeetingPlace: nextPlace.trim() } : {}),
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
      {/* The structured minutes of the source (001/003), offered while the minutes are empty. */}
      {templates.length > 0 && !minutes.trim() && (
        <div className="minutes-template">
          <Paragraph data-size="sm">{t('caseMeetings.templateHelp')}</Paragraph>
          {templates.map((tpl) => (
            <div key={tpl.id}>
              <Button
                variant="secondary"
                data-size="sm"
                onClick={() => {
                  setMinutes(tpl.text);
                  setTemplateNote(t('caseMeetings.templateUsed'));
                  minutesRef.current?.focus();
                }}
              >
                {t('caseMeetings.useTemplate', { title: tpl.title })}
              </Button>
              <SourceNote source={tpl.source} />
            </div>
          ))}
        </div>
      )}
      <Textfield
        multiline
        rows={minutes.includes('\n') ? 16 : 5}
        name="minutes"
        ref={minutesRef}
        label={t('cases.minutes')}
        value={minutes}
        onChange={(e) => setMinutes(e.target.value)}
        error={problems.minutes}
      />
      <div role="status" className="ds-sr-only">
        {templateNote}
      </div>
      <Textfield
        label={t('cases.nextMeetingOn')}
        description={t('caseMeetings.nextHelp')}
        type="date"
        name="nextMeetingOn"
        value={nextMeetingOn}
        onChange={(e) => setNextMeetingOn(e.target.value)}
      />
      {nextMeetingOn && (
        <TimeAndPlace
          time={nextTime}
          place={nextPlace}
          onTime={setNextTime}
          onPlace={setNextPlace}
          next
          error={problems.time}
        />
      )}
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
