// «Send til foresatte» (issue 18 item 5, decision 130): a letter about concerning absence, the minutes of a
// held meeting or a plan is put in the view of the child's guardians and in their inbox (the e-mail says
// only that something has come, decision 126). However often the button is pressed, the document is sent
// once: one guardian_document row, one line in the contact log, one inbox item per guardian. The printable
// PDF stays where it was, for those who need paper. A pupil with a protected address: only the school's
// leadership may send, after confirming it, as for printing (decision 053). The row records the languages it
// went out in: each guardian's own, else the kommune's målform (decision 178); each guardian's download is in
// their language. The aktivitetsplan of a school environment matter goes the same way (decision 211): sent by
// the leadership, who work in the matter; its row names the matter and no absence case, since the matter is not
// the case's (decision 187), while the contact-log line and the audit row name the case the matter is linked to.
import { randomUUID } from 'node:crypto';
import type { Db, Tx } from '../../db/create-db';
import type { GuardianDocumentKind } from '../../db/schema';
import { norwegianDate } from '../../domain/calendar/dates';
import type { Language } from '../../domain/language/language';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import { insertGuardianMessage } from '../absence/contacts';
import { isLeadership, pupilForStaff, type PupilPlace } from '../absence/place';
import { caseForStaff } from '../cases/case-place';
import { documentTexts, familyLanguages, kommuneMalform, type DocumentTexts } from '../documents';
import { notify } from '../inbox/notify';
import { matterForEditor } from '../school-environment/matters';

export type SendTarget =
  | { kind: 'minutes'; caseId: string; meetingId: string }
  | { kind: 'plan'; caseId: string; planId: string }
  | { kind: 'letter'; alertId: string }
  | { kind: 'activity-plan'; matterId: string };

export type SendResult = { sentAt: string; alreadySent: boolean; guardians: number; languages: Language[] };

/** The guardians who get a document in Nærvær: those with an account and an unrestricted right to information. */
export async function guardianUsersOf(tx: Tx, pupilId: string): Promise<string[]> {
  const rows = await tx
    .selectFrom('guardian_pupil as gp')
    .innerJoin('guardian as g', 'g.id', 'gp.guardian_id')
    .select('g.user_id')
    .where('gp.pupil_id', '=', pupilId)
    .where('gp.information_restricted', '=', false)
    .where('g.user_id', 'is not', null)
    .execute();
  return rows.map((r) => r.user_id!).filter((id, i, all) => all.indexOf(id) === i);
}

export async function sendToGuardians(
  db: Db,
  actor: Actor,
  target: SendTarget,
  input: { confirmProtectedAddress?: boolean | undefined },
  now: Date,
): Promise<SendResult> {
  return db.withContext(contextOf(actor), async (tx) => {
    // The line in the pupil's file is written in the kommune's målform, as the file is kept (issue 20).
    const filed = documentTexts(await kommuneMalform(tx, actor.kommuneId));
    const { place, caseId, sourceId, title, entity, documentCaseId } = await resolve(tx, actor, target, filed);
    if (place.protectedAddress !== 'none' && !(isLeadership(actor, place.schoolId) && input.confirmProtectedAddress)) {
      throw new AppError(
        'forbidden',
        'Eleven har fortrolig eller strengt fortrolig adresse. Bare skoleledelsen kan sende til foresatte, etter å ha bekreftet at det er trygt.',
      );
    }
    const existing = await tx
      .selectFrom('guardian_document')
      .select(['id', 'sent_at', 'languages'])
      .where('kind', '=', target.kind)
      .where('source_id', '=', sourceId)
      .executeTakeFirst();
    const guardians = await guardianUsersOf(tx, place.pupilId);
    if (existing) {
      // Pressed again: nothing new is sent or logged (the audit row says it was tried).
      await writeAudit(tx, actor, now, [
        {
          action: 'case.send-to-guardians',
          pupilId: place.pupilId,
          entity,
          entityId: sourceId,
          caseId,
          details: { kind: target.kind, again: true },
        },
      ]);
      return {
        sentAt: new Date(existing.sent_at).toISOString(),
        alreadySent: true,
        guardians: guardians.length,
        languages: existing.languages,
      };
    }
    const id = randomUUID();
    const languages = await familyLanguages(tx, actor.kommuneId, place.pupilId, { withAccount: true });
    await tx
      .insertInto('guardian_document')
      .values({
        id,
        kommune_id: actor.kommuneId,
        pupil_id: place.pupilId,
        case_id: documentCaseId === undefined ? caseId : documentCaseId,
        kind: target.kind,
        source_id: sourceId,
        sent_by: actor.userId,
        sent_at: now,
        languages,
      })
      .execute();
    await insertGuardianMessage(
      tx,
      actor,
      place.pupilId,
      target.kind === 'letter' ? target.alertId : null,
      filed.record.sentToGuardians(title),
      caseId,
      now,
    );
    await notify(
      tx,
      actor.kommuneId,
      guardians.map((userId) => ({
        userId,
        kind: 'guardian-document' as const,
        pupilId: place.pupilId,
        dedupeKey: `guardian-document:${id}`,
      })),
      now,
    );
    await writeAudit(tx, actor, now, [
      {
        action: 'case.send-to-guardians',
        pupilId: place.pupilId,
        entity,
        entityId: sourceId,
        caseId,
        details: { kind: target.kind, guardians: guardians.length, languages },
      },
    ]);
    return { sentAt: now.toISOString(), alreadySent: false, guardians: guardians.length, languages };
  });
}

async function resolve(
  tx: Tx,
  actor: Actor,
  target: SendTarget,
  filed: DocumentTexts,
): Promise<{
  place: PupilPlace;
  caseId: string | null;
  sourceId: string;
  title: string;
  entity: 'case_meeting' | 'case_plan' | 'alert' | 'school_environment_case';
  /** The document row's case when it is not `caseId` (the aktivitetsplan's: none). */
  documentCaseId?: null;
}> {
  if (target.kind === 'activity-plan') {
    const { row, place } = await matterForEditor(tx, actor, target.matterId);
    if (!row.plan) throw new AppError('validation', 'Skolemiljøsaken har ingen aktivitetsplan ennå.');
    // The absence case the matter is linked to, while it exists: the contact-log line goes in it.
    const linked = row.case_id
      ? await tx.selectFrom('pupil_case').select('id').where('id', '=', row.case_id).executeTakeFirst()
      : undefined;
    return {
      place,
      caseId: linked?.id ?? null,
      documentCaseId: null,
      sourceId: row.id,
      title: filed.activityPlan.title,
      entity: 'school_environment_case',
    };
  }
  if (target.kind === 'letter') {
    const alert = await tx.selectFrom('alert').selectAll().where('id', '=', target.alertId).executeTakeFirst();
    if (!alert) throw new AppError('not_found', 'Fant ikke varselet.');
    const place = await pupilForStaff(tx, actor, alert.pupil_id);
    const open = await tx
      .selectFrom('pupil_case')
      .select('id')
      .where('pupil_id', '=', place.pupilId)
      .where('status', '=', 'open')
      .executeTakeFirst();
    return {
      place,
      caseId: open?.id ?? null,
      sourceId: alert.id,
      title: filed.letter.title,
      entity: 'alert',
    };
  }
  const { row, place } = await caseForStaff(tx, actor, target.caseId);
  if (target.kind === 'minutes') {
    const m = await tx
      .selectFrom('case_meeting')
      .selectAll()
      .where('id', '=', target.meetingId)
      .where('case_id', '=', row.id)
      .executeTakeFirst();
    if (!m) throw new AppError('not_found', 'Fant ikke møtet.');
    if (!m.held_on || !m.minutes) throw new AppError('validation', 'Møtet har ikke referat ennå.');
    return {
      place,
      caseId: row.id,
      sourceId: m.id,
      title: filed.record.minutesTitle(filed.minutes.meeting[m.kind], norwegianDate(m.held_on)),
      entity: 'case_meeting',
    };
  }
  const plan = await tx
    .selectFrom('case_plan')
    .selectAll()
    .where('id', '=', target.planId)
    .where('case_id', '=', row.id)
    .executeTakeFirst();
  if (!plan) throw new AppError('not_found', 'Fant ikke planen.');
  if (plan.status === 'utkast')
    throw new AppError('validation', 'Et utkast sendes ikke til foresatte. Ta planen i bruk først.');
  return {
    place,
    caseId: row.id,
    sourceId: plan.id,
    title: filed.plan.kind[plan.kind],
    entity: 'case_plan',
  };
}

export type { GuardianDocumentKind };
