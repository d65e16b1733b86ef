import { randomUUID } from 'node:crypto';
import { parseProfile } from '../../domain/rules/profile-schema';
import type { Db } from '../../db/create-db';
import { updateVersioned } from '../versioned';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import { reevaluateSchool } from '../absence/evaluate-pupil';
import type { Content } from '../content/load-content';

export async function saveRuleProfile(
  db: Db,
  content: Content,
  actor: Actor,
  profileId: string,
  input: { definition: unknown; version?: number | undefined },
  now: Date,
) {
  if (content.profiles.has(profileId))
    throw new AppError(
      'validation',
      `«${profileId}» er en levert profil og kan ikke endres. Lagre en kopi med en ny id.`,
    );
  const parsed = parseProfile(input.definition, profileId);
  if (!parsed.ok)
    throw new AppError('validation', `Profilen er ikke gyldig (${parsed.errors.length} feil).`, {
      errors: parsed.errors,
    });
  if (parsed.profile.id !== profileId)
    throw new AppError(
      'validation',
      `Profilens id «${parsed.profile.id}» må være den samme som i adressen («${profileId}»).`,
    );
  return db.withContext(contextOf(actor), async (tx) => {
    const existing = await tx
      .selectFrom('kommune_rule_profile')
      .select(['id'])
      .where('profile_id', '=', profileId)
      .executeTakeFirst();
    const definition = JSON.stringify(parsed.profile);
    let version = 1;
    if (existing) {
      if (input.version === undefined)
        throw new AppError('conflict', 'Profilen finnes allerede. Last den på nytt og endre den.');
      version = await updateVersioned(tx, 'kommune_rule_profile', existing.id, input.version, {
        definition,
        updated_by: actor.userId,
        updated_at: now,
      });
    } else {
      await tx
        .insertInto('kommune_rule_profile')
        .values({
          id: randomUUID(),
          kommune_id: actor.kommuneId,
          profile_id: profileId,
          definition,
          updated_by: actor.userId,
          updated_at: now,
        })
        .execute();
    }
    // The schools that follow the profile follow the edit at once; nothing is lost (decision 021).
    if (existing) {
      const schools = await tx.selectFrom('school').select('id').where('rule_profile', '=', profileId).execute();
      for (const school of schools) {
        await reevaluateSchool(tx, content, actor.kommuneId, school.id, now, {
          retireReason: `Regelsettet «${parsed.profile.name}» ble endret, og regelen slår ikke lenger til for disse dagene.`,
          pastReason: `Episoden var over da regelsettet «${parsed.profile.name}» ble endret.`,
        });
      }
    }
    await writeAudit(tx, actor, now, [
      { action: 'rule-profile.save', entity: 'rule_profile', entityId: profileId, details: { profileId } },
    ]);
    return { id: profileId, version };
  });
}
