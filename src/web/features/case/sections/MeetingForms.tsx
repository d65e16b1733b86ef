import { Button, Checkbox, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { ChoiceSelect, PanelForm, usePanelForm, type PanelFormProps } from '../../../ui/PanelForm';
import { FormButtons } from '../../../ui/FormButtons';
import { useTranslation } from 'react-i18next';
import { appToday } from '../../../appClock';
import { MEETING_KINDS, caseApi } from '../../../api';
import type { Meeting, MeetingKind } from '../../../api';
import { splitLines } from '../../../cases';
import { FailureMessage } from '../../../ui/feedback';
import { SourceNote } from '../../../ui/SourceNote';
import type { MinutesTemplate } from '../../../../contract/meetings';

export function MeetingForm({
  caseId,
  initialKind,
  onCancel,
  onDone,
}: { caseId: string; initialKind?: MeetingKind } & PanelFormProps) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<MeetingKind>(initialKind ?? 'undringssamtale-elev');
  const [scheduledOn, setScheduledOn] = useState(() => appToday());
  const [time, setTime] = useState('');
  const [place, setPlace] = useState('');
  const [participants, setParticipants] = useState('');
  const [agenda, setAgenda] = useState('');
  const [anonymised, setAnonymised] = useState(false);
  const { busy, failure, form, problems, send } = usePanelForm<
    'scheduledOn' | 'scheduledTime' | 'participants' | 'agenda'
  >();
  const scheduledTime = meetingTime(time);

  const submit = send(
    () => ({
      scheduledOn: !scheduledOn && t('cases.missingDate'),
      scheduledTime: scheduledTime === undefined && t('caseMeetings.badTime'),
      participants: splitLines(participants).length === 0 && t('cases.missingParticipants'),
      agenda: !agenda.trim() && t('cases.missingAgenda'),
    }),
    async () => {
      await caseApi.addMeeting(caseId, {
        kind,
        scheduledOn,
        scheduledTime: scheduledTime ?? null,
        place: place.trim(),
        participants: splitLines(participants),
        agenda: agenda.trim(),
        ...(kind === 'naervaersteam' ? { anonymised } : {}),
      });
      await onDone();
    },
  );

  return (
    <PanelForm form={form} onSubmit={submit} label={t('cases.addMeeting')}>
      <FailureMessage failure={failure} fallback={t('cases.meetingFailed')} />
      <ChoiceSelect
        label={t('cases.meetingKind')}
        value={kind}
        options={MEETING_KINDS}
        optionLabel={(k) => t(`cases.kind_${k}`)}
        onChange={setKind}
      />
      <Textfield
        name="scheduledOn"
        label={t('cases.scheduledOn')}
        type="date"
        value={scheduledOn}
        onChange={(e) => setScheduledOn(e.target.value)}
        error={problems.scheduledOn}
      />
      <TimeAndPlace time={time} place={place} onTime={setTime} onPlace={setPlace} error={problems.scheduledTime} />
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
    </PanelForm>
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
} & PanelFormProps) {
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
  const { busy, failure, form, problems, send } = usePanelForm<'heldOn' | 'minutes' | 'nextMeetingTime'>();
  const nextMeetingTime = meetingTime(nextTime);

  const submit = send(
    () => ({
      heldOn: !heldOn && t('cases.missingDate'),
      minutes: !minutes.trim() && t('cases.missingMinutes'),
      nextMeetingTime: nextMeetingOn && nextMeetingTime === undefined && t('caseMeetings.badTime'),
    }),
    async () => {
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
    },
  );

  return (
    <PanelForm form={form} onSubmit={submit} label={t('cases.recordMeeting')}>
      <FailureMessage failure={failure} fallback={t('cases.meetingFailed')} />
      <Textfield
        name="heldOn"
        label={t('cases.heldOn')}
        type="date"
        value={heldOn}
        onChange={(e) => setHeldOn(e.target.value)}
        error={problems.heldOn}
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
          error={problems.nextMeetingTime}
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
    </PanelForm>
  );
}
