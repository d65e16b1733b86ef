import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useSubmit } from '../../../ui/useSubmit';
import { FailureMessage } from '../../../ui/feedback';
import { FormButtons } from '../../../ui/FormButtons';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api';
import type { AbsenceEvent, EventHistoryEntry, Lesson } from '../../../api';
import { ErrorAlert, errorMessage } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import {
  DraftProblemMessage,
  EventFields,
  draftFromEvent,
  draftToInput,
  useDescribeEvent,
  useEventSummary,
} from '../../../components/absence';
import type { DraftProblem, EventDraft } from '../../../components/absence';
import { formatDate, formatDateTime } from '../../../format';
import { useApi } from '../../../useApi';

export function EditEvent({
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
  const [draft, setDraft] = useState<EventDraft>(() => draftFromEvent(event));
  const [problem, setProblem] = useState<DraftProblem | null>(null);
  const { busy, failure, run } = useSubmit();
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
    await run(async () => {
      await api.updateEvent(event.id, { ...input, version: event.version });
      await onDone();
    });
  }

  return (
    <form
      className="stack-form"
      onSubmit={submit}
      noValidate
      aria-label={t('pupil.editLabel', { date: formatDate(event.date) })}
    >
      <FailureMessage failure={failure} fallback={t('register.saveFailed')} />
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
      <FormButtons busy={busy} submit={busy ? t('absence.saving') : t('pupil.saveChange')} onCancel={onCancel} />
    </form>
  );
}

export function DeleteEvent({
  event,
  onCancel,
  onDone,
}: {
  event: AbsenceEvent;
  onCancel(): void;
  onDone(): Promise<void>;
}) {
  const { t } = useTranslation();
  const describe = useDescribeEvent();
  const { busy, failure, run } = useSubmit();
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => ref.current?.focus(), []);

  async function remove() {
    await run(async () => {
      await api.deleteEvent(event.id, event.version);
      await onDone();
    });
  }

  return (
    <div className="stack-form">
      <FailureMessage failure={failure} fallback={t('pupil.deleteFailed')} />
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

export function EventHistory({ event }: { event: AbsenceEvent }) {
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
