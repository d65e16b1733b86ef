// The same-day notice to guardians (issue 18 item 4, decision 134). A pupil registered absent today without a
// guardian's report, once the school's time (09:30 by default) has passed: each guardian with access gets an
// item in the inbox (and an e-mail, if they chose it, through notify()), an SMS when SMS is configured and
// they have a mobile number (decision 136), and the contact log records that the notice went out. Once per
// pupil and day: the contact log's unique (pupil, notice_on) decides, in the same transaction as the rest, so
// the periodic job may run every minute and after any restart. None for a class the school turned it off for.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Db, Tx } from '../../db/create-db';
import { minutesOf, type NoticeSettings } from '../../domain/inbox/notice-settings';
import { norwegianMobile } from '../../domain/inbox/sms';
import { AUDIT_KINDS } from '../audit';
import { osloDate } from '../clock';
import { documentTexts, kommuneMalform, type DocumentTexts } from '../documents';
import { MESSAGE_ID_HOST, notify, osloOffsetMinutes, type NewInboxItem } from './notify';

export type SameDayRound = { pupils: number; inbox: number; sms: number };

/** The minutes after midnight, Oslo time, at `now`. */
export function osloMinutes(now: Date): number {
  const local = new Date(now.getTime() + osloOffsetMinutes(now) * 60_000);
  return local.getUTCHours() * 60 + local.getUTCMinutes();
}

/**
 * The guardians who are told about a pupil: those with parental responsibility, and a parent without it, who
 * still has the right to information from the school (barnelova § 47) unless that right is restricted (the
 * school records it on the pupil page, decision 152): a restricted parent is told nothing.
 */
export async function guardiansWithAccess(tx: Tx, pupilId: string) {
  return tx
    .selectFrom('guardian_pupil as gp')
    .innerJoin('guardian as g', 'g.id', 'gp.guardian_id')
    .leftJoin('app_user as u', (j) => j.onRef('u.id', '=', 'g.user_id').on('u.disabled_at', 'is', null))
    .select(['g.id', 'g.phone', 'u.id as userId', 'gp.parental_responsibility'])
    .where('gp.pupil_id', '=', pupilId)
    .where('gp.information_restricted', '=', false)
    .orderBy('g.id')
    .execute();
}

export async function sendSameDayNotices(
  db: Db,
  settings: NoticeSettings,
  options: { sms: boolean },
  now: Date,
): Promise<SameDayRound> {
  const round: SameDayRound = { pupils: 0, inbox: 0, sms: 0 };
  const minutes = osloMinutes(now);
  if (minutes >= minutesOf(settings.sameDayNotice.until)) return round;
  const today = osloDate(now);
  const kommuner = (await sql<{ id: string }>`select id from kommune order by id`.execute(db.owner)).rows;
  for (const k of kommuner) {
    await db.withContext({ kommuneId: k.id }, async (tx) => {
      // The contact log's line is written in the kommune's målform, as the pupil's file is kept (issue 20).
      const words = documentTexts(await kommuneMalform(tx, k.id)).record.sameDayNotice;
      // Registered absent today (a whole day or a lesson, not documented, not by a guardian), in a class with
      // the notice on, and no guardian's report for the pupil today.
      const candidates = await tx
        .selectFrom('absence_event as e')
        .innerJoin('class as c', 'c.id', 'e.class_id')
        .innerJoin('school as s', 's.id', 'c.school_id')
        .select(['e.pupil_id', 's.same_day_notice_at'])
        .distinct()
        .where('e.date', '=', today)
        .where('e.deleted_at', 'is', null)
        .where('e.kind', 'in', ['day', 'lesson'])
        .where('e.documented', '=', false)
        .where('e.source', '<>', 'foresatt')
        .where('e.registered_at', '<=', now)
        .where('c.same_day_notice', '=', true)
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('absence_event as g')
                .select('g.id')
                .whereRef('g.pupil_id', '=', 'e.pupil_id')
                .where('g.date', '=', today)
                .where('g.source', '=', 'foresatt')
                .where('g.deleted_at', 'is', null),
            ),
          ),
        )
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('contact_log as l')
                .select('l.id')
                .whereRef('l.pupil_id', '=', 'e.pupil_id')
                .where('l.notice_on', '=', today),
            ),
          ),
        )
        .execute();
      const due = new Set(
        candidates
          .filter((c) => minutes >= minutesOf(c.same_day_notice_at ?? settings.sameDayNotice.at))
          .map((c) => c.pupil_id),
      );
      const items: NewInboxItem[] = [];
      for (const pupilId of due) {
        const guardians = await guardiansWithAccess(tx, pupilId);
        const inApp = guardians.filter((g) => g.userId);
        const mobiles = options.sms ? guardians.filter((g) => norwegianMobile(g.phone)) : [];
        const contactId = randomUUID();
        // The contact log's unique (pupil, day) is the once-only guard: a second round, or a second server,
        // inserts nothing and so sends nothing.
        const logged = await tx
          .insertInto('contact_log')
          .values({
            id: contactId,
            kommune_id: k.id,
            pupil_id: pupilId,
            alert_id: null,
            contacted_at: now,
            with_whom: ['foresatt'],
            channel: 'melding',
            summary: noticeSummary(guardians.length, inApp.length, mobiles.length, words),
            agreed: null,
            recorded_by: null,
            recorded_at: now,
            notice_on: today,
          })
          .onConflict((oc) => oc.columns(['pupil_id', 'notice_on']).where('notice_on', 'is not', null).doNothing())
          .executeTakeFirst();
        if (!Number(logged.numInsertedOrUpdatedRows ?? 0)) continue;
        round.pupils++;
        for (const g of inApp)
          items.push({
            userId: g.userId!,
            kind: 'absence-unreported',
            pupilId,
            dedupeKey: `absence-unreported:${pupilId}:${today}`,
          });
        if (mobiles.length) {
          await tx
            .insertInto('mail_outbox')
            .values(
              mobiles.map((g) => {
                const id = randomUUID();
                return {
                  id,
                  kommune_id: k.id,
                  user_id: g.userId,
                  guardian_id: g.id,
                  channel: 'sms' as const,
                  kind: 'absence-unreported' as const,
                  dedupe_key: `sms:absence-unreported:${pupilId}:${today}`,
                  message_id: `<${id}@${MESSAGE_ID_HOST}>`,
                  next_attempt_at: now,
                  last_error: null,
                  created_at: now,
                  sent_at: null,
                };
              }),
            )
            .onConflict((oc) =>
              oc.columns(['guardian_id', 'dedupe_key']).where('guardian_id', 'is not', null).doNothing(),
            )
            .execute();
          round.sms += mobiles.length;
        }
        // Nærvær itself wrote the contact row: audited without a user, like the roster sync's changes.
        await tx
          .insertInto('audit_log')
          .values({
            kommune_id: k.id,
            at: now,
            user_id: null,
            role: null,
            action: 'absence.same-day-notice',
            pupil_id: pupilId,
            details: JSON.stringify({
              contactId,
              guardians: guardians.length,
              inbox: inApp.length,
              sms: mobiles.length,
            }),
            kind: AUDIT_KINDS['absence.same-day-notice'],
            entity: 'contact_log',
            entity_id: contactId,
          })
          .execute();
      }
      round.inbox += items.length;
      await notify(tx, k.id, items, now);
    });
  }
  return round;
}

/** The contact log's line: what went out and to how many, so the school knows whether to phone as well. */
export function noticeSummary(
  guardians: number,
  inApp: number,
  sms: number,
  words: DocumentTexts['record']['sameDayNotice'] = documentTexts('nb').record.sameDayNotice,
): string {
  if (!guardians) return `${words.asked} ${words.noGuardians}`;
  if (!inApp && !sms) return `${words.asked} ${words.reachedNone}`;
  const ways = [inApp ? words.inApp(inApp) : null, sms ? words.sms(sms) : null].filter((w): w is string => w !== null);
  return `${words.asked} ${words.sentTo(ways.join(` ${words.and} `))}`;
}
