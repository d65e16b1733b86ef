// A guardian downloads the PDF of a document the school sent them with «Send til foresatte» (decision 154):
// the letter, the minutes or the plan, drawn by the renderers the school prints with (src/server/pdf/). Only
// a document sent to this child's home (a `guardian_document` row), only by a guardian with a right to
// information (pupilForGuardian); a protected child's PDF names neither school, class nor meeting place, as
// the screen does (decision 131). In the guardian's own language: their guardian.language, else the kommune's
// målform (decision 178). Audited as the guardian's print. The aktivitetsplan of a school environment matter
// (decision 211) prints as the school's copy does, without what the investigation found (it may name other
// pupils) and without the pupil's own words (the pupil's to share): the family reads the plan's five elements.
import type { Db } from '../../db/create-db';
import type { GuardianDocumentKind } from '../../db/schema';
import type { Plan } from '../../domain/plans';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { osloDate } from '../clock';
import { AppError } from '../errors';
import { pupilForGuardian } from '../absence/place';
import { letterPdf } from '../pdf/letter-pdf';
import { minutesPdf } from '../pdf/minutes-pdf';
import { planPdf } from '../pdf/plan-pdf';
import { activityPlanPdf } from '../pdf/activity-plan-pdf';
import type { ActivityPlan } from '../../domain/school-environment/activity-plan';
import { asciiFileName } from '../pdf/file-name';
import { documentTexts, guardianLanguage, kommuneMalform } from '../documents';
import type { Content } from '../content/load-content';
import { letterTexts } from '../absence/alert-texts';
import { contactTeacherName } from './write-guardian-letter';

export async function downloadGuardianDocument(
  db: Db,
  content: Content,
  actor: Actor,
  input: { pupilId: string; kind: GuardianDocumentKind; sourceId: string },
  now: Date,
): Promise<{ pdf: Uint8Array; fileName: string }> {
  return db.withContext(contextOf(actor), async (tx) => {
    const place = await pupilForGuardian(tx, actor, input.pupilId);
    const sent = await tx
      .selectFrom('guardian_document')
      .select(['id', 'sent_at', 'sent_by', 'case_id'])
      .where('pupil_id', '=', place.pupilId)
      .where('kind', '=', input.kind)
      .where('source_id', '=', input.sourceId)
      .executeTakeFirst();
    if (!sent) throw new AppError('not_found', 'Fant ikke dokumentet.');
    const shielded = place.protectedAddress !== 'none';
    const className = shielded ? null : place.className;
    const schoolName = shielded ? null : place.schoolName;
    const pupilName = `${place.firstName} ${place.lastName}`;
    const today = osloDate(now);
    const language = await guardianLanguage(tx, actor.kommuneId, actor.userId, place.pupilId);
    let rendered: { pdf: Uint8Array; fileName: string };
    if (input.kind === 'letter') {
      const alert = await tx
        .selectFrom('alert')
        .select(['explanation'])
        .where('id', '=', input.sourceId)
        .executeTakeFirstOrThrow();
      const sender = await tx
        .selectFrom('app_user')
        .select('display_name')
        .where('id', '=', sent.sent_by)
        .executeTakeFirst();
      const on = osloDate(new Date(sent.sent_at));
      rendered = {
        pdf: await letterPdf({
          pupil: place,
          className,
          schoolName,
          explanation: letterTexts(alert.explanation, content, language, await kommuneMalform(tx, actor.kommuneId)),
          teacherName: await contactTeacherName(tx, place.classId),
          signedBy: sender?.display_name ?? documentTexts(language).theSchool,
          on,
          createdAt: now,
          language,
        }),
        fileName: `${documentTexts(language).letter.fileName}-${on}.pdf`,
      };
    } else if (input.kind === 'minutes') {
      const m = await tx
        .selectFrom('case_meeting')
        .selectAll()
        .where('id', '=', input.sourceId)
        .executeTakeFirstOrThrow();
      if (!m.held_on || !m.minutes) throw new AppError('not_found', 'Fant ikke dokumentet.');
      rendered = {
        pdf: await minutesPdf({
          meeting: { ...m, held_on: m.held_on, minutes: m.minutes },
          pupilName,
          className,
          schoolName,
          printedOn: today,
          createdAt: now,
          language,
        }),
        fileName: `referat-${m.kind}-${m.held_on}.pdf`,
      };
    } else if (input.kind === 'activity-plan') {
      const m = await tx
        .selectFrom('school_environment_case')
        .selectAll()
        .where('id', '=', input.sourceId)
        .executeTakeFirst();
      if (!m?.plan) throw new AppError('not_found', 'Fant ikke dokumentet.');
      rendered = {
        pdf: await activityPlanPdf({
          plan: { ...(m.plan as ActivityPlan), pupilView: '' },
          version: m.version,
          pupilName,
          className,
          schoolName,
          knownOn: m.known_on,
          adultInvolved: m.adult_involved,
          findings: null,
          printedOn: today,
          createdAt: now,
          language,
        }),
        fileName: `${documentTexts(language).activityPlan.fileName}-${m.plan_made_on}.pdf`,
      };
    } else {
      const p = await tx.selectFrom('case_plan').selectAll().where('id', '=', input.sourceId).executeTakeFirstOrThrow();
      const plan = p.content as Plan;
      rendered = {
        pdf: await planPdf({
          plan,
          status: p.status,
          version: p.version,
          pupilName,
          className,
          schoolName,
          printedOn: today,
          createdAt: now,
          language,
        }),
        fileName: `${p.kind}-${plan.date}.pdf`,
      };
    }
    await writeAudit(tx, actor, now, [
      {
        action: 'guardian.document.pdf',
        pupilId: place.pupilId,
        caseId: sent.case_id,
        details: { kind: input.kind, documentId: sent.id, language },
      },
    ]);
    return { pdf: rendered.pdf, fileName: asciiFileName(rendered.fileName) };
  });
}
