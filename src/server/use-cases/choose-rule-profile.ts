import type { Db } from '../../db/create-db';
import { updateVersioned } from '../versioned';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { DEFAULT_PROFILE } from '../absence/place';
import { reevaluateSchool } from '../absence/evaluate-pupil';
import { resolveProfile } from '../absence/profiles';
import { availableProfiles } from './available-profiles';
import { requireAdmin } from '../access/school-admin';
import type { Content } from '../content/load-content';

export async function chooseRuleProfile(
  db: Db,
  content: Content,
  actor: Actor,
  schoolId: string,
  input: { ruleProfile: string; version: number },
  now: Date,
) {
  requireAdmin(actor, schoolId, true);
  return db.withContext(contextOf(actor), async (tx) => {
    await resolveProfile(tx, content, input.ruleProfile);
    const before = await tx
      .selectFrom('school')
      .select('rule_profile')
      .where('id', '=', schoolId)
      .executeTakeFirstOrThrow();
    const version = await updateVersioned(tx, 'school', schoolId, input.version, { rule_profile: input.ruleProfile });
    const from = before.rule_profile ?? DEFAULT_PROFILE;
    if (from !== input.ruleProfile) {
      // Nothing is lost to the switch: the old profile's alerts are retired with the reason and keep their
      // status; what is concerning under the new one is open at once, or carries on as handled.
      const names = new Map((await availableProfiles(tx, content)).map((p) => [p.id, p.name]));
      const name = (id: string) => names.get(id) ?? id;
      const reason = `Skolen byttet regelsett fra «${name(from)}» til «${name(input.ruleProfile)}».`;
      await reevaluateSchool(tx, content, actor.kommuneId, schoolId, now, {
        retireReason: reason,
        switchReason: reason,
        pastReason: `Episoden var over da skolen tok i bruk regelsettet «${name(input.ruleProfile)}».`,
      });
    }
    await writeAudit(tx, actor, now, [
      {
        action: 'school.rule-profile.choose',
        entity: 'school',
        entityId: schoolId,
        details: { schoolId, ruleProfile: input.ruleProfile },
      },
    ]);
    return { ruleProfile: input.ruleProfile, version };
  });
}
