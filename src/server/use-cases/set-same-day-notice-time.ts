// The school's time for the same-day notice to guardians (decision 134): when a pupil registered absent
// without a guardian's report is told home. Null goes back to the municipality's default (content/settings).
import type { Db } from '../../db/create-db';
import { minutesOf } from '../../domain/inbox/notice-settings';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { requireAdmin } from '../access/school-admin';
import type { Content } from '../content/load-content';
import { AppError } from '../errors';
import { updateVersioned } from '../versioned';

export async function setSameDayNoticeTime(
  db: Db,
  content: Content,
  actor: Actor,
  schoolId: string,
  input: { at: string | null; version: number },
  now: Date,
) {
  requireAdmin(actor, schoolId, true);
  const until = content.settings.sameDayNotice.until;
  if (input.at !== null && minutesOf(input.at) >= minutesOf(until))
    throw new AppError('validation', `Varselet må gå før skoledagen er slutt, før kl. ${until.replace(':', '.')}.`, {
      fields: [{ field: 'at', message: `Velg et klokkeslett før ${until.replace(':', '.')}` }],
    });
  return db.withContext(contextOf(actor), async (tx) => {
    const version = await updateVersioned(tx, 'school', schoolId, input.version, { same_day_notice_at: input.at });
    await writeAudit(tx, actor, now, [
      { action: 'school.same-day-notice.set', entity: 'school', entityId: schoolId, details: { at: input.at } },
    ]);
    return { at: input.at, version };
  });
}
