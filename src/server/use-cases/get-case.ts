// The case page: the ladder state and what the guideline says at this level, the checklist, the
// timeline (actions, contacts, alerts), the allowed next actions, and — for the evaluation — absence
// before and after the measures started, from the absence data by itself. Loaded here, shaped by
// presenters/case.ts.
import { noticeReceipts } from '../inbox/receipts';
import { absenceBeforeAfter } from '../../domain/absence/before-after';
import { defaultEvaluationOn, storedCaseState } from '../../domain/ladder/case-machine';
import type { Db } from '../../db/create-db';
import { osloDate } from '../clock';
import { contextOf, partnerServiceOf, type Actor } from '../actor';
import { consentFormFacts } from '../cases/consents';
import { presentConsents } from '../presenters/consent';
import { writeAudit } from '../audit';
import { usersByIds } from '../presenters/absence';
import { classCalendar } from '../absence/calendar';
import { loadPupilEvents } from '../absence/evaluate-pupil';
import { resolveLadder } from '../ladder/resolve-ladder';
import { ladderById } from '../ladder/load-ladders';
import { caseForReader } from '../cases/case-place';
import { noteReader } from '../cases/restricted-notes';
import { caseFormsOverview } from './case-forms-overview';
import { presentCase, presentWeeklyContact } from '../presenters/case';
import { weeklyContactsOf } from '../cases/weekly-contact';
import { planSummaries } from '../cases/plans';
import type { Content } from '../content/load-content';
import { measuresToEvaluate, type MeasureToEvaluate } from '../cases/evaluation';
import { mayTickTask } from '../cases/task-access';
import { earlierMinutes } from '../cases/meetings';
import { CASE_PART_FIELDS, type CasePart } from '../../contract/case-parts';
import { findTask, type Ladder } from '../../domain/ladder/ladder-schema';
import type { Selectable } from 'kysely';
import type { Database } from '../../db/schema';
import { readerContentIn } from '../content/reader-content';
import { familyLanguages, kommuneMalform } from '../documents';
import { pupilEntriesOf } from '../pupil-page/pupil-entries';

/**
 * The case page, or — with `parts` — only those parts of it (decision 117): the reads the other parts need
 * are skipped, and the answer holds the parts' fields with the case's id, version, pupil and readOnly.
 */
type WholeCase = ReturnType<typeof presentCase> & {
  weeklyContact: ReturnType<typeof presentWeeklyContact> | null;
  notices: Awaited<ReturnType<typeof noticeReceipts>>;
  pupilEntries: Awaited<ReturnType<typeof pupilEntriesOf>>;
  municipalContent: Awaited<ReturnType<typeof readerContentIn>>['municipalContent'];
};
type CaseParts = Partial<WholeCase> & Pick<WholeCase, 'id' | 'version' | 'pupil' | 'readOnly' | 'municipalContent'>;
export async function getCase(db: Db, content: Content, actor: Actor, caseId: string, now: Date): Promise<WholeCase>;
export async function getCase(
  db: Db,
  content: Content,
  actor: Actor,
  caseId: string,
  now: Date,
  parts: readonly CasePart[],
): Promise<CaseParts>;
export async function getCase(
  db: Db,
  content: Content,
  actor: Actor,
  caseId: string,
  now: Date,
  parts?: readonly CasePart[],
): Promise<WholeCase | CaseParts> {
  const want = (...p: CasePart[]) => !parts || p.some((x) => parts.includes(x));
  const none = <T>(): T[] => [];
  return db.withContext(contextOf(actor), async (tx) => {
    const { row, place } = await caseForReader(tx, actor, caseId, now);
    const state = storedCaseState(row.state);
    // The ladder, forms and minutes template in the reader's written form (decision 179); a kommune's own
    // ladder is shown as the kommune wrote it.
    const shown = await readerContentIn(tx, content, actor);
    const asStored = await resolveLadder(tx, content, row.ladder);
    const ladder = content.ladders.get(row.ladder) === asStored ? ladderById(shown.content, row.ladder) : asStored;
    const level = ladder.levels.find((l) => l.level === state.level)!;
    const today = osloDate(now);
    const actions = !want('timeline') ? none<Awaited<ReturnType<typeof loadActions>>[number]>() : await loadActions();
    async function loadActions() {
      return tx.selectFrom('case_action').selectAll().where('case_id', '=', caseId).orderBy('id').execute();
    }
    const tasks = !want('status')
      ? []
      : await tx
          .selectFrom('case_task')
          .selectAll()
          .where('case_id', '=', caseId)
          .orderBy('level')
          .orderBy('due_on')
          .execute()
          .then((rows) => (ladder === asStored ? rows : rows.map((t) => taskAsShown(t, asStored, ladder))));
    // Contacts from the day the case opened on (the morning's call often comes before the case).
    const openedOn = osloDate(new Date(row.opened_at));
    const contacts = !want('timeline')
      ? []
      : (
          await tx
            .selectFrom('contact_log')
            .selectAll()
            .where('pupil_id', '=', place.pupilId)
            .where('contacted_at', '>=', new Date(new Date(row.opened_at).getTime() - 86_400_000))
            .orderBy('contacted_at')
            .execute()
        ).filter((c) => osloDate(new Date(c.contacted_at)) >= openedOn);
    const mayRead = await noteReader(tx, actor, place.pupilId);
    // Alerts that came while the case is open go into it, for the stafettholder (decision 026).
    const alerts = !want('timeline')
      ? []
      : await tx
          .selectFrom('alert')
          .selectAll()
          .where('pupil_id', '=', place.pupilId)
          .where((eb) =>
            eb.or([
              eb('started_on', '>=', osloDate(new Date(row.opened_at))),
              eb('created_at', '>=', new Date(row.opened_at)),
            ]),
          )
          .orderBy('started_on')
          .execute();
    const referrals = !want('referrals')
      ? []
      : await tx.selectFrom('case_referral').selectAll().where('case_id', '=', caseId).orderBy('updated_at').execute();
    const assessments = !want('referrals')
      ? []
      : await tx.selectFrom('case_assessment').selectAll().where('case_id', '=', caseId).orderBy('issued_on').execute();
    const participants = !want('status')
      ? []
      : await tx
          .selectFrom('case_participant')
          .select(['id', 'name', 'role'])
          .where('case_id', '=', caseId)
          .where('removed_at', 'is', null)
          .orderBy('added_at')
          .execute();
    const plans = want('plans') ? await planSummaries(tx, caseId) : [];
    const meetings = !want('meetings', 'timeline')
      ? []
      : await tx.selectFrom('case_meeting').selectAll().where('case_id', '=', caseId).orderBy('scheduled_on').execute();
    const { names, disabled } = await usersByIds(tx, [
      row.stafettholder_id,
      ...meetings.map((m) => m.recorded_by),
      ...actions.map((a) => a.acted_by),
      ...contacts.map((c) => c.recorded_by),
      ...tasks.map((t) => t.owner_id),
      ...tasks.map((t) => t.done_by),
    ]);
    const holderDisabled = disabled.has(row.stafettholder_id);
    // Before/after counts from the day the measures started, once they have (decision 102).
    let beforeAfter = null;
    let evaluationDefault: string | null = null;
    let evaluationMeasures: MeasureToEvaluate[] = [];
    if (state.status === 'open' && want('status')) {
      const { calendar } = await classCalendar(tx, place);
      evaluationMeasures = await measuresToEvaluate(tx, caseId, { calendar, today });
      evaluationDefault = defaultEvaluationOn(ladder, today, { calendar });
      if (state.measuresStartedOn !== null) {
        const events = await loadPupilEvents(tx, place.pupilId, calendar.source.firstDay, today);
        beforeAfter = absenceBeforeAfter(calendar, events, state.measuresStartedOn, today);
      }
    }
    // A service partner reads; the school acts. The consent form's facts are the school's to fill in.
    const partner = partnerServiceOf(actor) !== null;
    const consents = want('consents') ? await presentConsents(tx, caseId, today) : [];
    const consentForm =
      !want('consents') || partner || row.status !== 'open' ? null : await consentFormFacts(tx, place.pupilId, today);
    const formsOverview = want('forms')
      ? await caseFormsOverview(tx, shown.content, caseId, today)
      : {
          forms: [],
          statements: [],
          pupilVoice: { heard: false, evidence: [], reasons: [], offers: [] },
          mappedCauses: null,
        };
    // The pupil's own entries from their page (decision 184), with the pupil as their author.
    const pupilEntries = want('pupilEntries')
      ? await pupilEntriesOf(tx, caseId, place.pupilId, `${place.firstName} ${place.lastName}`, today)
      : { author: '', checkins: [], meetingWishes: [], weeks: [] };
    await writeAudit(tx, actor, now, [
      {
        action: 'case.read',
        pupilId: place.pupilId,
        entity: 'pupil_case',
        entityId: caseId,
        caseId,
        details: parts ? { caseId, parts: [...parts] } : { caseId },
      },
    ]);
    // The written notices and who has read them (decision 123); the school's, not a partner's business.
    const notices = partner || !want('status') ? [] : await noticeReceipts(tx, caseId);
    const presented = presentCase({
      row,
      place,
      ladder,
      level,
      state,
      today,
      partner,
      names,
      mayRead,
      actions,
      tasks,
      contacts,
      alerts,
      referrals,
      assessments,
      participants,
      meetings,
      minutesHistory: want('meetings') ? await earlierMinutes(tx, meetings) : new Map(),
      minutesTemplates: shown.content.minutesTemplates,
      plans,
      beforeAfter,
      defaultEvaluationOn: evaluationDefault,
      evaluationMeasures,
      holderDisabled,
      consents,
      consentForm,
      formsOverview,
      mayTick: (task) => row.status === 'open' && mayTickTask(actor, task),
      // The timeline's words and the alerts' in the reader's language (issue 20, decision 179).
      language: actor.language ?? 'nb',
      reader: { content, language: actor.language ?? 'nb', contentLanguage: shown.municipalContent.language },
    });
    // The weekly contact, worked out from the ladder, the team's switch, waiting referrals and the contact log.
    const weekly =
      want('status') && row.status === 'open'
        ? (await weeklyContactsOf(tx, content, [row], today, new Map([[place.pupilId, place]]))).get(row.id)
        : undefined;
    const malform = await kommuneMalform(tx, actor.kommuneId);
    const whole = {
      ...presented,
      weeklyContact: weekly ? presentWeeklyContact(weekly) : null,
      notices,
      pupilEntries,
      municipalContent: shown.municipalContent,
      // What the school can print a document in: the målform (its own copy) and the family's languages.
      documentLanguages: {
        malform,
        family: await familyLanguages(tx, actor.kommuneId, place.pupilId, { withAccount: false, malform }),
      },
    };
    if (!parts) return whole;
    // Only the parts asked for, with what every part carries.
    const picked: Record<string, unknown> = {
      id: whole.id,
      version: whole.version,
      pupil: whole.pupil,
      readOnly: whole.readOnly,
      municipalContent: whole.municipalContent,
      documentLanguages: whole.documentLanguages,
    };
    for (const part of parts) for (const field of CASE_PART_FIELDS[part]) picked[field] = whole[field];
    return picked as CaseParts;
  });
}

type TaskRow = Selectable<Database['case_task']>;

/**
 * A checklist task as the reader sees it: the case keeps the ladder's words as they were when the task was
 * made; while they are still the shipped bokmål word for word, a nynorsk reader gets the ladder's nynorsk.
 */
function taskAsShown(t: TaskRow, stored: Ladder, shown: Ladder): TaskRow {
  if (!t.ladder_task_id) return t;
  const nb = findTask(stored, t.ladder_task_id);
  const nn = findTask(shown, t.ladder_task_id);
  if (!nb || !nn) return t;
  if (t.text === nb.text) return { ...t, text: nn.text };
  if (nb.appText && nn.appText && t.text === nb.appText) return { ...t, text: nn.appText };
  return t;
}
