// The written notices the ladder requires (000 §5): to the school leadership at level 1, to the
// avdelingsdirektør at levels 2–3. Generated as a letter from the case (PDF), logged in the contact log.
// They go inside the school and the municipality, never home, so no address is involved.
import { norwegianDate } from '../../domain/calendar/dates';
import { storedCaseState } from '../../domain/ladder/case-machine';
import type { Db } from '../../db/create-db';
import { osloDate } from '../clock';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { renderPdf } from '../pdf/document';
import { resolveLadder } from '../ladder/resolve-ladder';
import { caseForStaff } from '../cases/case-place';
import { insertContact } from '../absence/contacts';
import type { Content } from '../content/load-content';
import { documentTexts, kommuneMalform } from '../documents';
import { contentIn } from '../content/content-in';
import { TIMELINE_TEXTS } from '../presenters/timeline-texts';
import { randomUUID } from 'node:crypto';
import { notify, usersWithRole } from '../inbox/notify';

export async function writeCaseNotice(
  db: Db,
  content: Content,
  actor: Actor,
  caseId: string,
  to: 'skoleledelse' | 'avdelingsdirektor',
  now: Date,
) {
  return db.withContext(contextOf(actor), async (tx) => {
    const { row, place } = await caseForStaff(tx, actor, caseId);
    const state = storedCaseState(row.state);
    // A document kept in the pupil's file: in the kommune's målform, the ladder's words too (issue 20).
    const malform = await kommuneMalform(tx, actor.kommuneId);
    const ladder = await resolveLadder(tx, contentIn(content, malform), row.ladder);
    const level = ladder.levels.find((l) => l.level === state.level)!;
    const done = await tx
      .selectFrom('case_task')
      .select(['text', 'done_on'])
      .where('case_id', '=', caseId)
      .where('done_on', 'is not', null)
      .orderBy('done_on')
      .execute();
    const contacts = await tx
      .selectFrom('contact_log')
      .select(['contacted_at', 'channel', 'summary'])
      .where('pupil_id', '=', place.pupilId)
      .where('restricted_to', 'is', null)
      .where('contacted_at', '>=', new Date(row.opened_at))
      .orderBy('contacted_at')
      .execute();
    const name = `${place.firstName} ${place.lastName}`;
    const t = documentTexts(malform);
    const words = t.record.notice;
    const pdf = await renderPdf({
      title: words.title(to),
      createdAt: now,
      footer: `${place.schoolName} · ${norwegianDate(osloDate(now))} · ${t.confidential}`,
      blocks: [
        { kind: 'paragraph', text: `${place.schoolName}\n${norwegianDate(osloDate(now))}` },
        { kind: 'heading', text: words.pupil(name, place.className) },
        {
          kind: 'paragraph',
          text: words.where(
            ladder.name,
            state.level,
            level.title,
            state.status === 'open' ? norwegianDate(state.evaluationDue) : null,
          ),
        },
        { kind: 'heading', text: words.doneHeading },
        {
          kind: 'paragraph',
          text:
            [
              ...done.map((t) => `${norwegianDate(t.done_on!)}: ${t.text}`),
              ...contacts.map(
                (c) =>
                  `${norwegianDate(osloDate(new Date(c.contacted_at)))} (${TIMELINE_TEXTS[malform].channel[c.channel]}): ${c.summary}`,
              ),
            ].join('\n') || words.nothingDone,
        },
        { kind: 'heading', text: words.goalsHeading },
        { kind: 'paragraph', text: level.goals.join('\n') },
        { kind: 'paragraph', text: `${t.letter.regards}\n${actor.displayName}` },
      ],
    });
    await insertContact(
      tx,
      actor,
      place.pupilId,
      null,
      {
        contactedAt: now.toISOString(),
        withWhom: [to],
        channel: 'brev',
        summary: t.record.caseNotice(to, state.level),
        agreed: null,
      },
      now,
    );
    // The notice itself goes to its recipients' inboxes, kept as sent (decision 123): the leadership of the
    // pupil's school at level 1, the kommune's avdelingsdirektør at levels 2–3.
    const fileName = `melding-${to}-${osloDate(now)}.pdf`;
    const noticeId = randomUUID();
    await tx
      .insertInto('case_notice')
      .values({
        id: noticeId,
        kommune_id: actor.kommuneId,
        case_id: caseId,
        pupil_id: place.pupilId,
        recipient: to,
        level: state.level,
        file_name: fileName,
        pdf,
        sent_by: actor.userId,
        sent_at: now,
      })
      .execute();
    const recipients = await usersWithRole(tx, to, to === 'skoleledelse' ? place.schoolId : null);
    await notify(
      tx,
      actor.kommuneId,
      recipients.map((userId) => ({ userId, kind: 'notice' as const, caseId, pupilId: place.pupilId, noticeId })),
      now,
    );
    await tx.updateTable('pupil_case').set({ last_activity_at: now }).where('id', '=', caseId).execute();
    await writeAudit(tx, actor, now, [
      {
        action: 'case.notice',
        pupilId: place.pupilId,
        entity: 'pupil_case',
        entityId: caseId,
        caseId,
        details: { caseId, to, noticeId, recipients: recipients.length },
      },
    ]);
    return { pdf, fileName, noticeId, recipients: recipients.length };
  });
}
