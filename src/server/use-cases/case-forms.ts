// Forms filled in a case (decision 063): the mapping tools and conversation guides of content/forms
// (decision 060) filled with the pupil, the guardians or by the school, kept with the form id and version
// they were given to, checked by the pure form engine, printed through the PDF renderer; and the statement
// of a trusted person the pupil chose (004 §3). Together they are the pupil's voice for the plan rules.
// Reading goes through the case's own access (staff, or a partner the consent covers); writing is the
// school's. Every read, write and print is audited.
import { norwegianIsoDate } from '../../domain/calendar/dates';
import { ARSAKSKARTLEGGING_FORM_ID, causesFromArsakskartlegging } from '../../domain/measures/mapped-causes';
import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { Db, Tx } from '../../db/create-db';
import type { Database, FormAudience } from '../../db/schema';
import { updateVersioned } from '../versioned';
import { printForm } from '../../domain/forms/print';
import { validateAnswers, type FormAnswers, type TableRowAnswer } from '../../domain/forms/answers';
import { questionsOf, timetableRowKeys, WEEKDAYS, type FormDefinition } from '../../domain/forms/form-schema';
import {
  checkPupilVoice,
  pupilVoiceEvidence,
  PUPIL_VOICE_FORM_KINDS,
  type PupilVoiceFormKind,
} from '../../domain/plans/pupil-voice';
import { osloDate } from '../clock';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import { renderPdf } from '../pdf/document';
import { caseForReader, caseForStaff, type CaseRow } from '../cases/case-place';
import type { PupilPlace } from '../absence/place';
import { formById, shippedForms } from '../forms/load-forms';
import { userNames } from '../presenters/absence';

export const AUDIENCE_LABEL: Record<FormAudience, string> = {
  elev: 'sammen med eleven',
  foresatte: 'sammen med foresatte',
  'elev-og-foresatte': 'sammen med eleven og foresatte',
  skolen: 'av skolen',
};

const countsAsPupilVoice = (formId: string) => formId in PUPIL_VOICE_FORM_KINDS;

/** The forms one can fill: the newest version of each shipped form. Content, not pupil data. */
export function listForms() {
  const forms = shippedForms();
  return forms.ids().map((id) => {
    const f = forms.latest(id)!;
    return {
      id: f.id,
      version: f.version,
      versions: forms.versions(id),
      title: f.title,
      source: f.source,
      audience: f.audience,
      countsAsPupilVoice: countsAsPupilVoice(f.id),
    };
  });
}

/** A blank form as a PDF, to fill in on paper. */
export async function printBlankForm(formId: string, version: number | undefined, now: Date) {
  const form = formById(formId, version);
  const printed = printForm(form);
  return {
    pdf: await renderPdf({ title: printed.title, blocks: printed.blocks, footer: printed.footer, createdAt: now }),
    fileName: `${form.id}-v${form.version}-blankt.pdf`,
  };
}

type CaseFormRow = Selectable<Database['case_form']>;
type StatementRow = Selectable<Database['case_statement']>;

const DAY_NUMBER = new Map(WEEKDAYS.map((d, i) => [d, i + 1]));

/** The class's lessons by timetable key («mandag-3» → «Kroppsøving»). */
async function lessonsByKey(tx: Tx, classId: string): Promise<Map<string, string>> {
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
function withTimetable(
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

function checked(form: FormDefinition, answers: Record<string, unknown>): FormAnswers {
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

function checkFilledOn(filledOn: string, today: string) {
  if (filledOn > today)
    throw new AppError('validation', 'Datoen skjemaet ble fylt ut kan ikke være fram i tid.', {
      fields: [{ field: 'filledOn', message: 'Fram i tid' }],
    });
}

async function checkMeeting(tx: Tx, caseId: string, meetingId: string | null) {
  if (!meetingId) return;
  const m = await tx
    .selectFrom('case_meeting')
    .select('id')
    .where('id', '=', meetingId)
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  if (!m) throw new AppError('not_found', 'Fant ikke møtet.');
}

function mustBeOpen(row: CaseRow) {
  if (row.status !== 'open')
    throw new AppError('validation', 'Saken er avsluttet. Gjenåpne den for å fylle ut eller endre skjema.');
}

/** The line on the case page: which form, with whom, when. */
export function presentFormSummary(f: CaseFormRow) {
  const form = shippedForms().get(f.form_id, f.form_version);
  return {
    id: f.id,
    formId: f.form_id,
    formVersion: f.form_version,
    title: form?.title ?? f.form_id,
    audience: f.audience,
    filledOn: f.filled_on,
    meetingId: f.meeting_id,
    version: f.version,
  };
}

export function presentStatement(s: StatementRow) {
  return {
    id: s.id,
    personName: s.person_name,
    relation: s.relation,
    chosenByPupil: s.chosen_by_pupil,
    statement: s.statement,
    givenOn: s.given_on,
    version: s.version,
  };
}

/** Forms, statements and whether the case holds the pupil's own view (004 §3), for the case page. */
export async function caseFormsOverview(tx: Tx, caseId: string, today: string) {
  const forms = await tx
    .selectFrom('case_form')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('filled_on')
    .orderBy('updated_at')
    .execute();
  const statements = await tx
    .selectFrom('case_statement')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('given_on')
    .orderBy('recorded_at')
    .execute();
  const facts = {
    asOf: today,
    filledForms: forms.map((f) => ({ id: f.id, kind: f.form_id, audience: f.audience, filledOn: f.filled_on })),
    trustedPersonStatements: statements.map((s) => ({
      id: s.id,
      name: s.person_name,
      relation: s.relation,
      chosenByPupil: s.chosen_by_pupil,
      statement: s.statement,
      recordedOn: s.given_on,
    })),
  };
  const check = checkPupilVoice(facts);
  const evidence = pupilVoiceEvidence(facts).map((e) =>
    e.kind === 'form'
      ? { kind: e.kind, id: e.id, on: e.on, text: PUPIL_VOICE_FORM_KINDS[e.formKind as PupilVoiceFormKind].name }
      : { kind: e.kind, id: e.id, on: e.on, text: `Uttalelse fra ${e.name}` },
  );
  // The newest årsakskartlegging's causes: what the measures bank suggests from (decision 061).
  const mapping = forms.filter((f) => f.form_id === ARSAKSKARTLEGGING_FORM_ID).at(-1);
  return {
    forms: forms.map(presentFormSummary),
    statements: statements.map(presentStatement),
    pupilVoice: { heard: check.ok, evidence, reasons: check.ok ? [] : check.reasons.map((r) => r.message) },
    mappedCauses: mapping
      ? { formId: mapping.id, filledOn: mapping.filled_on, causes: causesFromArsakskartlegging(mapping.answers).labels }
      : null,
  };
}

/** A form to fill for this case: the newest version, with the class timetable as the rows of a timetable. */
export async function startForm(db: Db, actor: Actor, caseId: string, formId: string, now: Date) {
  const form = formById(formId);
  return db.withContext(contextOf(actor), async (tx) => {
    const { place } = await caseForStaff(tx, actor, caseId);
    const lessons = await lessonsByKey(tx, place.classId);
    await writeAudit(tx, actor, now, [
      {
        action: 'case.form.start',
        pupilId: place.pupilId,
        entity: 'pupil_case',
        entityId: caseId,
        caseId,
        details: { caseId, formId: form.id, formVersion: form.version },
      },
    ]);
    return { form, answers: withTimetable(form, {}, lessons) };
  });
}

export type FillFormInput = {
  formId: string;
  audience?: FormAudience | undefined;
  meetingId?: string | null | undefined;
  filledOn?: string | undefined;
  answers: Record<string, unknown>;
};

export async function fillForm(db: Db, actor: Actor, caseId: string, input: FillFormInput, now: Date) {
  const today = osloDate(now);
  const form = formById(input.formId);
  const filledOn = input.filledOn ?? today;
  checkFilledOn(filledOn, today);
  return db.withContext(contextOf(actor), async (tx) => {
    const { row, place } = await caseForStaff(tx, actor, caseId);
    mustBeOpen(row);
    await checkMeeting(tx, caseId, input.meetingId ?? null);
    const answers = checked(form, withTimetable(form, input.answers, await lessonsByKey(tx, place.classId)));
    const f = await tx
      .insertInto('case_form')
      .values({
        id: randomUUID(),
        kommune_id: actor.kommuneId,
        case_id: caseId,
        pupil_id: place.pupilId,
        form_id: form.id,
        form_version: form.version,
        audience: input.audience ?? form.audience,
        meeting_id: input.meetingId ?? null,
        answers: JSON.stringify(answers),
        filled_on: filledOn,
        recorded_by: actor.userId,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await tx.updateTable('pupil_case').set({ last_activity_at: now }).where('id', '=', caseId).execute();
    await writeAudit(tx, actor, now, [
      {
        action: 'case.form.fill',
        pupilId: place.pupilId,
        entity: 'case_form',
        entityId: f.id,
        caseId,
        details: { caseId, formId: form.id, formVersion: form.version },
      },
    ]);
    return presentFormSummary(f);
  });
}

async function loadForm(
  tx: Tx,
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
  const form = shippedForms().get(row.form_id, row.form_version);
  if (!form)
    throw new AppError(
      'internal',
      `Skjemaet «${row.form_id}» versjon ${row.form_version} finnes ikke lenger i content/forms.`,
    );
  return { row, form };
}

export type UpdateFormInput = {
  audience: FormAudience;
  meetingId: string | null;
  filledOn: string;
  answers: Record<string, unknown>;
  version: number;
};

/** An edit keeps the version the answers were given to; the replaced answers stay in record_history. */
export async function updateForm(
  db: Db,
  actor: Actor,
  caseId: string,
  caseFormId: string,
  input: UpdateFormInput,
  now: Date,
) {
  checkFilledOn(input.filledOn, osloDate(now));
  return db.withContext(contextOf(actor), async (tx) => {
    const { row: c, place } = await caseForStaff(tx, actor, caseId);
    const { form } = await loadForm(tx, caseId, caseFormId);
    mustBeOpen(c);
    await checkMeeting(tx, caseId, input.meetingId);
    const answers = checked(form, withTimetable(form, input.answers, await lessonsByKey(tx, place.classId)));
    await updateVersioned(tx, 'case_form', caseFormId, input.version, {
      audience: input.audience,
      meeting_id: input.meetingId,
      filled_on: input.filledOn,
      answers: JSON.stringify(answers),
      recorded_by: actor.userId,
      updated_at: now,
    });
    await tx.updateTable('pupil_case').set({ last_activity_at: now }).where('id', '=', caseId).execute();
    await writeAudit(tx, actor, now, [
      {
        action: 'case.form.update',
        pupilId: place.pupilId,
        entity: 'case_form',
        entityId: caseFormId,
        caseId,
        details: { caseId, formId: form.id, formVersion: form.version },
      },
    ]);
    return presentFormSummary(
      await tx.selectFrom('case_form').selectAll().where('id', '=', caseFormId).executeTakeFirstOrThrow(),
    );
  });
}

/** A filled form with its answers and the definition of the version they were given to. */
export async function readForm(db: Db, actor: Actor, caseId: string, caseFormId: string, now: Date) {
  return db.withContext(contextOf(actor), async (tx) => {
    const { place } = await caseForReader(tx, actor, caseId, now);
    const { row, form } = await loadForm(tx, caseId, caseFormId);
    const names = await userNames(tx, [row.recorded_by]);
    await writeAudit(tx, actor, now, [
      {
        action: 'case.form.read',
        pupilId: place.pupilId,
        entity: 'case_form',
        entityId: caseFormId,
        caseId,
        details: { caseId, formId: row.form_id },
      },
    ]);
    return {
      ...presentFormSummary(row),
      answers: row.answers as Record<string, unknown>,
      recordedByName: names.get(row.recorded_by) ?? 'Ukjent',
      updatedAt: new Date(row.updated_at).toISOString(),
      form,
    };
  });
}

/**
 * The filled form as a PDF for the pupil's file or the next meeting. It is not a letter home: it names no
 * address and carries no guardian's details. For a pupil with a protected address the school's name is
 * left out too, and the first lines say the form must not leave the school before the leadership has
 * decided how (as printMinutes insists for letters).
 */
export async function printFilledForm(db: Db, actor: Actor, caseId: string, caseFormId: string, now: Date) {
  return db.withContext(contextOf(actor), async (tx) => {
    const { place } = await caseForReader(tx, actor, caseId, now);
    const { row, form } = await loadForm(tx, caseId, caseFormId);
    const printed = printForm(form, row.answers as FormAnswers, { meta: metaLines(place, row) });
    const pdf = await renderPdf({
      title: printed.title,
      blocks: printed.blocks,
      footer: `${printed.footer} · Unntatt offentlighet, jf. offl. § 13 og fvl. § 13`,
      createdAt: now,
    });
    await writeAudit(tx, actor, now, [
      {
        action: 'case.form.print',
        pupilId: place.pupilId,
        entity: 'case_form',
        entityId: caseFormId,
        caseId,
        details: { caseId, formId: row.form_id },
      },
    ]);
    return { pdf, fileName: `${row.form_id}-${row.filled_on}.pdf` };
  });
}

function metaLines(place: PupilPlace, row: CaseFormRow): string[] {
  const shielded = place.protectedAddress !== 'none';
  return [
    ...(shielded
      ? [
          'Eleven har fortrolig eller strengt fortrolig adresse. Skjemaet skal ikke sendes hjem eller ut av skolen før skoleledelsen har bekreftet hvordan.',
        ]
      : []),
    `Elev: ${place.firstName} ${place.lastName}, klasse ${place.className}${shielded ? '' : `, ${place.schoolName}`}`,
    `Fylt ut ${norwegianIsoDate(row.filled_on)}, ${AUDIENCE_LABEL[row.audience]}`,
  ];
}

export type StatementInput = {
  personName: string;
  relation: string;
  chosenByPupil: boolean;
  statement: string;
  givenOn: string;
};

/** 004 §3: what a trusted person the pupil chose tells about what the pupil thinks and what matters from now on. */
export async function addStatement(db: Db, actor: Actor, caseId: string, input: StatementInput, now: Date) {
  const today = osloDate(now);
  const fields: { field: string; message: string }[] = [];
  if (!input.personName.trim()) fields.push({ field: 'personName', message: 'Skriv hvem tillitspersonen er' });
  if (!input.relation.trim())
    fields.push({ field: 'relation', message: 'Skriv hvilken relasjon personen har til eleven' });
  if (!input.statement.trim())
    fields.push({ field: 'statement', message: 'Skriv hva eleven tenker og hva som er viktig for eleven framover' });
  if (input.givenOn > today) fields.push({ field: 'givenOn', message: 'Datoen kan ikke være fram i tid' });
  if (fields.length > 0) throw new AppError('validation', fields.map((f) => f.message).join('. ') + '.', { fields });
  return db.withContext(contextOf(actor), async (tx) => {
    const { row, place } = await caseForStaff(tx, actor, caseId);
    mustBeOpen(row);
    const s = await tx
      .insertInto('case_statement')
      .values({
        id: randomUUID(),
        kommune_id: actor.kommuneId,
        case_id: caseId,
        pupil_id: place.pupilId,
        person_name: input.personName.trim(),
        relation: input.relation.trim(),
        chosen_by_pupil: input.chosenByPupil,
        statement: input.statement.trim(),
        given_on: input.givenOn,
        recorded_by: actor.userId,
        recorded_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await tx.updateTable('pupil_case').set({ last_activity_at: now }).where('id', '=', caseId).execute();
    await writeAudit(tx, actor, now, [
      {
        action: 'case.statement.add',
        pupilId: place.pupilId,
        entity: 'case_statement',
        entityId: s.id,
        caseId,
        details: { caseId },
      },
    ]);
    return presentStatement(s);
  });
}
