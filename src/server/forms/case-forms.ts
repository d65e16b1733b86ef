// Forms filled in a case (decision 063): the mapping tools and conversation guides of content/forms
// (decision 060) filled with the pupil, the guardians or by the school, kept with the form id and version
// they were given to, checked by the pure form engine, printed through the PDF renderer; and the statement
// of a trusted person the pupil chose (004 §3). Together they are the pupil's voice for the plan rules.
// Reading goes through the case's own access (staff, or a partner the consent covers); writing is the
// school's. Every read, write and print is audited.
import { norwegianDate } from '../../domain/calendar/dates';
import type { Selectable } from 'kysely';
import type { Tx } from '../../db/create-db';
import type { Database } from '../../db/schema';
import { validateAnswers, type FormAnswers, type TableRowAnswer } from '../../domain/forms/answers';
import { questionsOf, timetableRowKeys, WEEKDAYS, type FormDefinition } from '../../domain/forms/form-schema';
import { formMayCountAsPupilVoice } from '../../domain/plans/pupil-voice';
import { AppError } from '../errors';
import { type CaseRow } from '../cases/case-place';
import type { PupilPlace } from '../absence/place';
import { AUDIENCE_LABEL } from '../presenters/forms';
import type { Content } from '../content/load-content';

/** Whether a new answer to this form version can count as the pupil's voice (decision 062). */
export const countsAsPupilVoice = (formId: string, version: number) => formMayCountAsPupilVoice(formId, version);

export type CaseFormRow = Selectable<Database['case_form']>;

export type StatementRow = Selectable<Database['case_statement']>;

export const DAY_NUMBER = new Map(WEEKDAYS.map((d, i) => [d, i + 1]));

/** The class's lessons by timetable key («mandag-3» → «Kroppsøving»). */
export async function lessonsByKey(tx: Tx, classId: string): Promise<Map<string, string>> {
  const lessons = await tx
    .selectFrom('timetable_lesson')
    .select(['weekday', 'period', 'subject'])
    .where('class_id', '=', classId)
    .execute();
  const bySlot = new Map(lessons.map((l) => [`${l.weekday}-${l.period}`, l.subject]));
  const out = new Map<string, string>();
  for (const day of WEEKDAYS)
    for (let p = 1; p <= 12; p++) {
      const subject = bySlot.get(`${DAY_NUMBER.get(day)}-${p}`);
      if (subject) out.set(`${day}-${p}`, subject);
    }
  return out;
}

/**
 * A timetable table's rows take their subjects from the class timetable, never from the client (002:
 * the pupil colours their own week): every lesson of the class is a row, with what the pupil marked.
 */
export function withTimetable(
  form: FormDefinition,
  answers: Record<string, unknown>,
  lessons: Map<string, string>,
): Record<string, unknown> {
  const out = { ...answers };
  for (const { question } of questionsOf(form)) {
    if (question.type !== 'table' || question.rows.kind !== 'timetable') continue;
    const given = out[question.id] as { rows?: unknown } | undefined | null;
    // A malformed answer is left for the engine to explain.
    if (given != null && (typeof given !== 'object' || !Array.isArray(given.rows))) continue;
    const byKey = new Map(
      ((given?.rows ?? []) as TableRowAnswer[]).filter((r) => r && typeof r === 'object').map((r) => [r.key, r]),
    );
    const keys = timetableRowKeys(question.rows);
    const rows: TableRowAnswer[] = keys.flatMap((key) => {
      const row = byKey.get(key);
      const subject = lessons.get(key);
      if (!subject && !row) return [];
      return [{ key, ...(subject ? { label: subject } : {}), cells: row?.cells ?? {} }];
    });
    // Rows the form does not know stay, so the engine names them.
    for (const [key, row] of byKey) if (typeof key !== 'string' || !keys.includes(key)) rows.push(row);
    out[question.id] = { rows };
  }
  return out;
}

export function checked(form: FormDefinition, answers: Record<string, unknown>): FormAnswers {
  const result = validateAnswers(form, answers);
  if (result.ok) return result.answers;
  const n = result.problems.length;
  throw new AppError(
    'validation',
    `Skjemaet har ${n === 1 ? 'én feil' : `${n} feil`}. Rett svarene som er merket, og lagre igjen.`,
    {
      fields: result.problems.map((p) => ({ field: p.path, message: p.message })),
    },
  );
}

export function checkFilledOn(filledOn: string, today: string) {
  if (filledOn > today)
    throw new AppError('validation', 'Datoen skjemaet ble fylt ut kan ikke være fram i tid.', {
      fields: [{ field: 'filledOn', message: 'Fram i tid' }],
    });
}

export async function checkMeeting(tx: Tx, caseId: string, meetingId: string | null) {
  if (!meetingId) return;
  const m = await tx
    .selectFrom('case_meeting')
    .select('id')
    .where('id', '=', meetingId)
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  if (!m) throw new AppError('not_found', 'Fant ikke møtet.');
}

export function mustBeOpen(row: CaseRow) {
  if (row.status !== 'open')
    throw new AppError('validation', 'Saken er avsluttet. Gjenåpne den for å fylle ut eller endre skjema.');
}

export async function loadForm(
  tx: Tx,
  content: Content,
  caseId: string,
  caseFormId: string,
): Promise<{ row: CaseFormRow; form: FormDefinition }> {
  const row = await tx
    .selectFrom('case_form')
    .selectAll()
    .where('id', '=', caseFormId)
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', 'Fant ikke skjemaet.');
  // Every version stays loadable (decision 060); a missing one is a broken installation, not the user's fault.
  const form = content.forms.get(row.form_id, row.form_version);
  if (!form)
    throw new AppError(
      'internal',
      `Skjemaet «${row.form_id}» versjon ${row.form_version} finnes ikke lenger i content/forms.`,
    );
  return { row, form };
}

export function metaLines(place: PupilPlace, row: CaseFormRow): string[] {
  const shielded = place.protectedAddress !== 'none';
  return [
    ...(shielded
      ? [
          'Eleven har fortrolig eller strengt fortrolig adresse. Skjemaet skal ikke sendes hjem eller ut av skolen før skoleledelsen har bekreftet hvordan.',
        ]
      : []),
    `Elev: ${place.firstName} ${place.lastName}, klasse ${place.className}${shielded ? '' : `, ${place.schoolName}`}`,
    `Fylt ut ${norwegianDate(row.filled_on)}, ${AUDIENCE_LABEL[row.audience]}`,
  ];
}
