// Pieces shared by the absence screens: how an event is described in words, source and status
// tags (always text, never colour alone), the event form's fields and the server's field errors.
import { Checkbox, Field, Label, Paragraph, Select, Tag, Textfield } from '@digdir/designsystemet-react';
import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { AbsenceEvent, AbsenceKind, AbsenceReason, AlertStatus, EventInput, Lesson } from '../api';

export const KINDS: AbsenceKind[] = ['day', 'lesson', 'late', 'left'];

export const REASONS: AbsenceReason[] = ['sykdom', 'helse', 'permisjon', 'annet', 'ukjent'];

/** "3. time, matematikk", "For sent 10 min" … — the event without its date. */
export function useDescribeEvent(): (event: Pick<AbsenceEvent, 'kind' | 'period' | 'subject' | 'minutes'>) => string {
  const { t } = useTranslation();
  return (event) => {
    switch (event.kind) {
      case 'day':
        return t('absence.describe_day');
      case 'lesson':
        if (event.period !== null && event.subject)
          return t('absence.describe_lesson', { period: event.period, subject: event.subject });
        if (event.period !== null) return t('absence.describe_lessonPeriod', { period: event.period });
        return t('absence.describe_lessonSubject', { subject: event.subject ?? '' });
      case 'late':
        return event.minutes !== null
          ? t('absence.describe_late', { minutes: event.minutes })
          : t('absence.describe_lateNoMinutes');
      case 'left':
        return event.period !== null
          ? t('absence.describe_left', { period: event.period })
          : t('absence.describe_leftNoPeriod');
    }
  };
}

/** "Hele dagen · dokumentert · sykdom" */
export function useEventSummary(): (event: AbsenceEvent) => string {
  const { t } = useTranslation();
  const describe = useDescribeEvent();
  return (event) =>
    [
      describe(event),
      event.documented ? t('absence.documentedYes') : t('absence.documentedNo'),
      event.reason ? t(`absence.reason_${event.reason}`).toLowerCase() : null,
    ]
      .filter(Boolean)
      .join(' · ');
}

/** A guardian's report in their own words, for the teacher (the register, the pupil page; issue 17 item 12). */
export function GuardianWords({ event }: { event: Pick<AbsenceEvent, 'source' | 'note'> }) {
  const { t } = useTranslation();
  if (event.source !== 'foresatt' || !event.note) return null;
  return <span className="guardian-words"> {t('absence.guardianWords', { note: event.note })}</span>;
}

export function SourceTag({ source }: { source: AbsenceEvent['source'] }) {
  const { t } = useTranslation();
  return (
    <Tag data-color={source === 'foresatt' ? 'success' : 'neutral'} data-size="sm" variant="outline">
      {t(`absence.source_${source}`)}
    </Tag>
  );
}

const statusColor: Record<AlertStatus, string> = {
  new: 'danger',
  seen: 'warning',
  handled: 'success',
  dismissed: 'neutral',
};

const statusIcon: Record<AlertStatus, string> = { new: '●', seen: '◐', handled: '✓', dismissed: '–' };

export function AlertStatusTag({ status }: { status: AlertStatus }) {
  const { t } = useTranslation();
  return (
    <Tag data-color={statusColor[status]} data-size="sm">
      <span aria-hidden="true">{statusIcon[status]} </span>
      {t(`alerts.status_${status}`)}
    </Tag>
  );
}

export type EventDraft = {
  kind: AbsenceKind | '';
  /** Lesson: the chosen lesson as "period"; left: the period the pupil left from. */
  period: string;
  /** Lesson in the register: the last lesson of a run (a double lesson, 3.–4. time); empty for one lesson. */
  periodTo: string;
  minutes: string;
  documented: boolean;
  reason: AbsenceReason | '';
  note: string;
};

export const emptyDraft: EventDraft = {
  kind: '',
  period: '',
  periodTo: '',
  minutes: '',
  documented: false,
  reason: '',
  note: '',
};

export function draftFromEvent(event: AbsenceEvent): EventDraft {
  return {
    kind: event.kind,
    period: event.period !== null ? String(event.period) : '',
    periodTo: '',
    minutes: event.minutes !== null ? String(event.minutes) : '',
    documented: event.documented,
    reason: event.reason ?? '',
    note: event.note ?? '',
  };
}

export type DraftProblem = 'kind' | 'period' | 'minutes';

/** What is missing before the draft can be sent, or the request body. */
export function draftToInput(
  draft: EventDraft,
  pupilId: string,
  date: string,
  lessons: Lesson[],
): { problem: DraftProblem } | { input: EventInput } {
  if (!draft.kind) return { problem: 'kind' };
  const input: EventInput = { pupilId, date, kind: draft.kind, documented: draft.documented };
  if (draft.reason) input.reason = draft.reason;
  if (draft.note.trim()) input.note = draft.note.trim();
  if (draft.kind === 'lesson' || draft.kind === 'left') {
    const period = Number(draft.period);
    if (!draft.period || !Number.isInteger(period)) return { problem: 'period' };
    input.period = period;
    if (draft.kind === 'lesson') {
      const subject = lessons.find((l) => l.period === period)?.subject;
      if (subject) input.subject = subject;
      const to = Number(draft.periodTo);
      if (draft.periodTo && Number.isInteger(to) && to > period) input.periodTo = to;
    }
  }
  if (draft.kind === 'late') {
    const minutes = Number(draft.minutes);
    if (!draft.minutes || !Number.isInteger(minutes) || minutes < 1) return { problem: 'minutes' };
    input.minutes = minutes;
  }
  return { input };
}

type EventFieldsProps = {
  draft: EventDraft;
  onChange(draft: EventDraft): void;
  lessons: Lesson[];
  /** Added to every label for screen readers ("for Fjell, Henrik"), so fields in a long list are told apart. */
  who?: string;
  problem?: DraftProblem | null;
  kindRef?: Ref<HTMLSelectElement>;
  /** The register offers "Til stede" as the empty choice; an edit form has no empty choice. */
  allowPresent?: boolean;
  showNote?: boolean;
  /** The register: a lesson may be a run («til og med time», a double lesson as one registration). */
  allowRun?: boolean;
  /** Only the kind select: the row shows what was saved until the user changes it. */
  collapsed?: boolean;
  children?: ReactNode;
};

/** Kind, then lesson or minutes, then documented and reason. Only the kind is shown until one is chosen. */
export function EventFields({
  draft,
  onChange,
  lessons,
  who,
  problem,
  kindRef,
  allowPresent = true,
  showNote = false,
  allowRun = false,
  collapsed = false,
  children,
}: EventFieldsProps) {
  const { t } = useTranslation();
  const sr = who ? <span className="ds-sr-only"> {who}</span> : null;
  const set = (patch: Partial<EventDraft>) => onChange({ ...draft, ...patch });
  const periods = lessons.length > 0 ? lessons : [];
  return (
    <div className="event-fields">
      <Field className="event-fields__kind">
        <Label>
          {t('absence.kindLabel')}
          {sr}
        </Label>
        <Select
          ref={kindRef}
          value={draft.kind}
          onChange={(e) => set({ kind: e.target.value as EventDraft['kind'] })}
          aria-invalid={problem === 'kind' || undefined}
        >
          {allowPresent && <Select.Option value="">{t('absence.present')}</Select.Option>}
          {KINDS.map((kind) => (
            <Select.Option key={kind} value={kind}>
              {t(`absence.kind_${kind}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      {!collapsed && (draft.kind === 'lesson' || draft.kind === 'left') && (
        <Field>
          <Label>
            {draft.kind === 'lesson' ? t('absence.period') : t('absence.periodFrom')}
            {sr}
          </Label>
          <Select
            value={draft.period}
            onChange={(e) => set({ period: e.target.value })}
            aria-invalid={problem === 'period' || undefined}
          >
            <Select.Option value="">{t('absence.choosePeriod')}</Select.Option>
            {periods.map((lesson) => (
              <Select.Option key={lesson.period} value={String(lesson.period)}>
                {lesson.subject
                  ? t('absence.periodOption', { period: lesson.period, subject: lesson.subject })
                  : t('absence.describe_lessonPeriod', { period: lesson.period })}
              </Select.Option>
            ))}
          </Select>
        </Field>
      )}
      {!collapsed && allowRun && draft.kind === 'lesson' && (
        <Field>
          <Label>
            {t('absence.periodTo')}
            {sr}
          </Label>
          <Select value={draft.periodTo} onChange={(e) => set({ periodTo: e.target.value })}>
            <Select.Option value="">{t('absence.periodToSame')}</Select.Option>
            {periods
              .filter((lesson) => draft.period !== '' && lesson.period > Number(draft.period))
              .map((lesson) => (
                <Select.Option key={lesson.period} value={String(lesson.period)}>
                  {lesson.subject
                    ? t('absence.periodOption', { period: lesson.period, subject: lesson.subject })
                    : t('absence.describe_lessonPeriod', { period: lesson.period })}
                </Select.Option>
              ))}
          </Select>
        </Field>
      )}
      {!collapsed && draft.kind === 'late' && (
        <Textfield
          label={
            <>
              {t('absence.minutes')}
              {sr}
            </>
          }
          type="number"
          inputMode="numeric"
          min={1}
          max={480}
          size={4}
          value={draft.minutes}
          onChange={(e) => set({ minutes: e.target.value })}
          aria-invalid={problem === 'minutes' || undefined}
        />
      )}
      {!collapsed && draft.kind && (
        <>
          <Field>
            <Label>
              {t('absence.reason')}
              {sr}
            </Label>
            <Select value={draft.reason} onChange={(e) => set({ reason: e.target.value as EventDraft['reason'] })}>
              <Select.Option value="">{t('absence.chooseReason')}</Select.Option>
              {REASONS.map((reason) => (
                <Select.Option key={reason} value={reason}>
                  {t(`absence.reason_${reason}`)}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Checkbox
            className="event-fields__documented"
            label={
              <>
                {t('absence.documented')}
                {sr}
              </>
            }
            checked={draft.documented}
            onChange={(e) => set({ documented: e.target.checked })}
          />
          {showNote && (
            <Textfield
              label={
                <>
                  {t('absence.note')}
                  {sr}
                </>
              }
              value={draft.note}
              onChange={(e) => set({ note: e.target.value })}
            />
          )}
        </>
      )}
      {children}
    </div>
  );
}

/** Tells which field the user must fix before sending. */
export function DraftProblemMessage({ problem }: { problem: DraftProblem | null }) {
  const { t } = useTranslation();
  if (!problem) return null;
  return (
    <Paragraph data-size="sm" className="draft-problem" role="alert">
      {t(`absence.problem_${problem}`)}
    </Paragraph>
  );
}
