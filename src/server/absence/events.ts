// Shared by the absence use-cases: checking an event against the class calendar and timetable,
// writing its history, and the pupil's open alerts after re-evaluation.
import { isoWeekday, norwegianDate, parseIsoDate } from '../../domain/calendar/dates';
import type { Tx } from '../../db/create-db';
import type { AbsenceKind, AbsenceReason, AbsenceSource, Database } from '../../db/schema';
import { sql, type Selectable } from 'kysely';
import type { Actor } from '../actor';
import { AppError } from '../errors';
import { openCasesOf, presentAlert, presentConcerns } from '../presenters/absence';
import type { AlertReader } from './alert-texts';
import { classCalendar, slot, type ClassCalendar } from './calendar';
import { registersWholeClass, type PupilPlace } from './place';

export type EventInput = {
  date: string;
  kind: AbsenceKind;
  subject?: string | null | undefined;
  period?: number | null | undefined;
  minutes?: number | null | undefined;
  documented: boolean;
  reason?: AbsenceReason | null | undefined;
  note?: string | null | undefined;
};

export type CheckedEvent = {
  date: string;
  kind: AbsenceKind;
  subject: string | null;
  period: number | null;
  minutes: number | null;
  documented: boolean;
  reason: AbsenceReason | null;
  note: string | null;
};

const invalid = (field: string, message: string) =>
  new AppError('validation', message, { fields: [{ field, message }] });

/**
 * Validates an event against the class's school days and timetable; fills the subject from the timetable.
 * Staff register what has happened: a date after `today` is refused, except granted leave (decision 008)
 * and an event already on that date (a guardian's advance report being corrected).
 */
export function checkEvent(
  input: EventInput,
  cal: ClassCalendar,
  when: { today: string; keepsDate?: string },
): CheckedEvent {
  const day = parseIsoDate(input.date);
  if (day === null) throw invalid('date', `Ugyldig dato «${input.date}». Bruk ÅÅÅÅ-MM-DD.`);
  const closed = cal.calendar.closedReason(day);
  if (closed) throw invalid('date', `Kan ikke registrere fravær: ${closed}.`);
  if (input.date > when.today && input.reason !== 'permisjon' && input.date !== when.keepsDate) {
    throw invalid(
      'date',
      `${norwegianDate(input.date)} er fram i tid. Fravær registreres når det har skjedd; innvilget permisjon kan registreres på forhånd (velg årsak «permisjon»), og foresatte kan melde fravær for dager som kommer.`,
    );
  }
  const lessons = cal.calendar.lessons[cal.calendar.indexOf(day)]!;
  const period = input.period ?? null;
  if ((input.kind === 'lesson' || input.kind === 'left') && period === null)
    throw invalid(
      'period',
      input.kind === 'lesson' ? 'Velg hvilken time eleven var borte.' : 'Velg fra hvilken time eleven gikk.',
    );
  if (period !== null && (period < 1 || period > lessons))
    throw invalid('period', `Time ${period} finnes ikke: ${norwegianDate(input.date)} har ${lessons} timer.`);
  if (input.kind === 'late' && !input.minutes)
    throw invalid('minutes', 'Skriv hvor mange minutter eleven kom for sent.');
  const subject =
    input.kind === 'lesson'
      ? input.subject?.trim() || cal.lessons.get(slot(isoWeekday(day), period!)) || null
      : input.subject?.trim() || null;
  if (input.kind === 'lesson' && !subject) throw invalid('subject', 'Skriv hvilket fag timen var.');
  return {
    date: input.date,
    kind: input.kind,
    subject,
    period: input.kind === 'day' ? null : period,
    minutes: input.kind === 'late' ? (input.minutes ?? null) : null,
    documented: input.documented,
    reason: input.reason ?? null,
    note: input.note?.trim() || null,
  };
}

/** Faglærere register only in their own lessons; contact teachers and leadership in the whole class. */
export function checkMayRegister(actor: Actor, place: PupilPlace, event: CheckedEvent, cal: ClassCalendar): void {
  if (registersWholeClass(actor, place)) return;
  const teaches =
    event.period !== null &&
    (event.kind === 'lesson' || event.kind === 'late') &&
    cal.teachers.get(slot(isoWeekday(parseIsoDate(event.date)!), event.period)) === actor.userId;
  if (!teaches)
    throw new AppError('forbidden', 'Som faglærer kan du bare registrere fravær og forsentkomming i dine egne timer.');
}

type EventRow = Selectable<Database['absence_event']>;

export async function writeHistory(
  tx: Tx,
  event: EventRow,
  change: 'created' | 'updated' | 'deleted',
  actor: Actor,
  at: Date,
): Promise<void> {
  await tx
    .insertInto('absence_event_history')
    .values({
      kommune_id: event.kommune_id,
      event_id: event.id,
      version: event.version,
      change,
      changed_by: actor.userId,
      changed_at: at,
      snapshot: JSON.stringify(event),
    })
    .execute();
}

/** The pupil's open alerts (new or seen, under the current rules), presented (for `reader`), and as concerns. */
export async function openAlerts(tx: Tx, place: PupilPlace, today: string, reader?: AlertReader) {
  const rows = await tx
    .selectFrom('alert')
    .selectAll()
    .where('pupil_id', '=', place.pupilId)
    .where('status', 'in', ['new', 'seen'])
    .where('retired_at', 'is', null)
    .orderBy('started_on')
    .execute();
  const cases = await openCasesOf(tx, [place.pupilId]);
  const alerts = rows.map((a) => presentAlert(a, place, place.className, cases.get(place.pupilId)?.id ?? null, reader));
  return { alerts, concerns: presentConcerns(alerts, cases, today) };
}

export async function calendarFor(tx: Tx, place: PupilPlace): Promise<ClassCalendar> {
  return classCalendar(tx, place);
}

/** The conflict target of the partial unique index absence_event_natural (one live event per pupil, day, kind and period). */
export const NATURAL_KEY = sql`pupil_id, date, kind, (coalesce(period, 0))` as never;

export const SOURCE_OF: Record<'staff' | 'guardian' | 'import', AbsenceSource> = {
  staff: 'laerer',
  guardian: 'foresatt',
  import: 'import',
};
