// The pupil's file (elevmappe) for absence follow-up: every case with its outcome, every meeting with
// minutes, referrals and expert assessments, the contact log and the observations — in date order.
import type { Db } from '../../db/create-db';
import { masked, noteReader } from '../cases/restricted-notes';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { presentContact, presentObservation, userNames } from '../presenters/absence';
import { pupilForStaff } from '../absence/place';
import { MEETING_LABEL } from '../presenters/meetings';
import { presentPupilPlace } from '../presenters/pupil';
import { heardSteps } from '../presenters/case';

export async function getPupilFile(db: Db, actor: Actor, pupilId: string, now: Date) {
  return db.withContext(contextOf(actor), async (tx) => {
    const place = await pupilForStaff(tx, actor, pupilId);
    const cases = await tx
      .selectFrom('pupil_case')
      .selectAll()
      .where('pupil_id', '=', pupilId)
      .orderBy('opened_at', 'desc')
      .execute();
    const caseIds = cases.map((c) => c.id);
    const meetings = caseIds.length
      ? await tx
          .selectFrom('case_meeting')
          .selectAll()
          .where('case_id', 'in', caseIds)
          .where('held_on', 'is not', null)
          .orderBy('held_on', 'desc')
          .execute()
      : [];
    const referrals = caseIds.length
      ? await tx
          .selectFrom('case_referral')
          .selectAll()
          .where('case_id', 'in', caseIds)
          .orderBy('updated_at', 'desc')
          .execute()
      : [];
    const assessments = caseIds.length
      ? await tx
          .selectFrom('case_assessment')
          .selectAll()
          .where('case_id', 'in', caseIds)
          .orderBy('issued_on', 'desc')
          .execute()
      : [];
    // The pupil's views and the best interest recorded with each step (decision 181).
    const actions = caseIds.length
      ? await tx
          .selectFrom('case_action')
          .select(['case_id', 'action', 'acted_at'])
          .where('case_id', 'in', caseIds)
          .orderBy('id')
          .execute()
      : [];
    const contacts = await tx
      .selectFrom('contact_log')
      .selectAll()
      .where('pupil_id', '=', pupilId)
      .orderBy('contacted_at', 'desc')
      .execute();
    const mayRead = await noteReader(tx, actor, pupilId);
    const observations = await tx
      .selectFrom('observation')
      .selectAll()
      .where('pupil_id', '=', pupilId)
      .orderBy('observed_on', 'desc')
      .execute();
    const names = await userNames(tx, [
      ...cases.map((c) => c.stafettholder_id),
      ...contacts.map((c) => c.recorded_by),
      ...observations.map((o) => o.recorded_by),
    ]);
    await writeAudit(tx, actor, now, [{ action: 'pupil.file.read', pupilId }]);
    return {
      pupil: presentPupilPlace(place),
      cases: cases.map((c) => {
        const state = c.state as { summary?: string };
        return {
          id: c.id,
          status: c.status,
          level: c.level,
          ladder: c.ladder,
          openedAt: new Date(c.opened_at).toISOString(),
          stafettholderName: names.get(c.stafettholder_id) ?? 'Ukjent',
          summary: c.status === 'closed' ? (state.summary ?? null) : null,
          heard: heardSteps(actions.filter((a) => a.case_id === c.id)),
        };
      }),
      meetings: meetings.map((m) => ({
        id: m.id,
        caseId: m.case_id,
        title: MEETING_LABEL[m.kind],
        heldOn: m.held_on!,
        minutes: m.minutes ?? '',
      })),
      referrals: referrals.map((r) => ({
        id: r.id,
        caseId: r.case_id,
        service: r.service,
        status: r.status,
        sentOn: r.sent_on,
        answeredOn: r.answered_on,
      })),
      assessments: assessments.map((a) => ({
        id: a.id,
        caseId: a.case_id,
        kind: a.kind,
        issuedOn: a.issued_on,
        issuedBy: a.issued_by,
        recommendations: a.recommendations,
        validUntil: a.valid_until,
      })),
      contacts: contacts.map((c) => presentContact(mayRead(c) ? c : masked(c), names)),
      observations: observations.map((o) => presentObservation(o, names)),
    };
  });
}
