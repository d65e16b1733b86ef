// The guardians answer a forhåndsvarsel (fvl § 16) on the child page (decision 228). Only a guardian with parental
// responsibility and a right to information may (a guardian of another child learns nothing: 404); a first reply
// while the reply deadline runs, a change by the one who sent it until the decision is made; against the version
// the page was based on (409 when the school changed the decision meanwhile). The reply is the decision's one
// reply — who sent it (the account) and when — and moves it to «svar registrert», so the school may decide. The
// one who drafted the decision and the case's stafettholder get it in the inbox. Audited as the guardian's write.
import type { Db } from '../../db/create-db';
import { norwegianDate } from '../../domain/calendar/dates';
import { guardianReplyChance } from '../../domain/decisions/decision';
import { contextOf, type Actor } from '../actor';
import { hasParentalResponsibility, pupilForGuardian } from '../absence/place';
import { writeAudit } from '../audit';
import { osloDate } from '../clock';
import { stateOf } from '../decisions/decisions';
import { AppError } from '../errors';
import { notify } from '../inbox/notify';
import { updateVersioned } from '../versioned';

export async function replyToDecisionNotice(
  db: Db,
  actor: Actor,
  input: { pupilId: string; decisionId: string; version: number; text: string },
  now: Date,
) {
  return db.withContext(contextOf(actor), async (tx) => {
    const place = await pupilForGuardian(tx, actor, input.pupilId);
    const row = await tx
      .selectFrom('case_decision')
      .selectAll()
      .where('id', '=', input.decisionId)
      .where('pupil_id', '=', place.pupilId)
      .where('notice_sent_on', 'is not', null)
      .executeTakeFirst();
    if (!row) throw new AppError('not_found', 'Fant ikke forhåndsvarselet.');
    if (!(await hasParentalResponsibility(tx, actor, place.pupilId)))
      throw new AppError(
        'forbidden',
        'Bare foresatte med foreldreansvar kan svare på forhåndsvarselet i Nærvær. Ta kontakt med skolen om du vil si noe.',
      );
    const today = osloDate(now);
    const chance = guardianReplyChance(stateOf(row), today, row.reply_user_id === actor.userId);
    if (chance === 'late')
      throw new AppError(
        'validation',
        `Svarfristen gikk ut ${norwegianDate(row.reply_by!)}. Ta kontakt med skolen om dere fortsatt vil si noe før vedtaket fattes.`,
      );
    if (chance === 'closed')
      throw new AppError(
        'validation',
        row.decided_on
          ? 'Vedtaket er fattet, så svaret kan ikke endres lenger. Ta kontakt med skolen om dere vil si noe mer.'
          : 'Svaret på forhåndsvarselet er allerede registrert. Ta kontakt med skolen om dere vil si noe mer.',
      );
    if (row.version !== input.version)
      throw new AppError(
        'conflict',
        'Skolen har endret vedtaket etter at du åpnet siden. Hent siden på nytt og send svaret igjen.',
        { currentVersion: row.version },
      );
    const text = input.text.trim();
    const version = await updateVersioned(tx, 'case_decision', row.id, input.version, {
      reply_on: today,
      reply: text,
      reply_channel: 'naervaer',
      reply_user_id: actor.userId,
      reply_sent_at: now,
      status: 'reply-recorded',
      updated_by: actor.userId,
      updated_at: now,
    });
    const caseRow = await tx
      .selectFrom('pupil_case')
      .select('stafettholder_id')
      .where('id', '=', row.case_id)
      .executeTakeFirst();
    // One item per reply sent: a changed reply is a new item, and the older one goes (load-inbox.ts).
    await notify(
      tx,
      actor.kommuneId,
      [...new Set([row.created_by, caseRow?.stafettholder_id ?? null])]
        .filter((id): id is string => id !== null)
        .map((userId) => ({
          userId,
          kind: 'decision-reply' as const,
          caseId: row.case_id,
          pupilId: place.pupilId,
          dedupeKey: `decision-reply:${row.id}:${now.getTime()}`,
        })),
      now,
    );
    await writeAudit(tx, actor, now, [
      {
        action: 'guardian.decision.reply',
        pupilId: place.pupilId,
        entity: 'case_decision',
        entityId: row.id,
        caseId: row.case_id,
        details: { decisionId: row.id, edited: chance === 'edit', version },
      },
    ]);
    return { reply: { on: today, text, byName: actor.displayName }, version };
  });
}
