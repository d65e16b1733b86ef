// «Helsestasjonens oppfølging» in a case (decision 197): the steps and who ticked each, for the school's
// staff on the case and the helsesykepleier through a consent covering the helsestasjon. Audited as a read.
import type { Db } from '../../db/create-db';
import { contextOf, hasRole, partnerServiceOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { caseForReader } from '../cases/case-place';
import type { Content } from '../content/load-content';
import { healthChecklistOf } from '../health/partner-checklist';
import { userNames } from '../presenters/absence';

export async function getPartnerChecklist(db: Db, content: Content, actor: Actor, caseId: string, now: Date) {
  return db.withContext(contextOf(actor), async (tx) => {
    const { row } = await caseForReader(tx, actor, caseId, now);
    const checklist = await healthChecklistOf(tx, content, actor, row.ladder);
    const ticks = await tx.selectFrom('partner_checklist_tick').selectAll().where('case_id', '=', row.id).execute();
    const names = await userNames(
      tx,
      ticks.map((t) => t.ticked_by),
    );
    await writeAudit(tx, actor, now, [
      {
        action: 'case.partner-checklist.read',
        pupilId: row.pupil_id,
        caseId: row.id,
        entity: 'pupil_case',
        entityId: row.id,
      },
    ]);
    const tickOf = (stepId: string) =>
      checklist ? ticks.find((t) => t.checklist_id === checklist.id && t.step_id === stepId) : undefined;
    return {
      checklist: checklist && {
        id: checklist.id,
        title: checklist.title,
        source: checklist.source,
        steps: checklist.steps.map((s) => {
          const tick = tickOf(s.id);
          return {
            id: s.id,
            text: s.text,
            options: s.options ?? [],
            ticked: tick
              ? { byName: names.get(tick.ticked_by) ?? '', at: new Date(tick.ticked_at).toISOString() }
              : null,
          };
        }),
      },
      mayTick: partnerServiceOf(actor) === 'helsestasjon' && hasRole(actor, 'helsesykepleier') && checklist !== null,
    };
  });
}
