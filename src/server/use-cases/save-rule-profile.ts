import { parseProfile } from '../../domain/rules/profile-schema';
import type { Db } from '../../db/create-db';
import type { Actor } from '../actor';
import { reevaluateSchool } from '../absence/evaluate-pupil';
import type { Content } from '../content/load-content';
import { saveKommuneDefinition } from '../content/save-kommune-definition';

/** A kommune's own rule profile, created or edited (decision 021); the schools that follow it are re-evaluated. */
export async function saveRuleProfile(
  db: Db,
  content: Content,
  actor: Actor,
  profileId: string,
  input: { definition: unknown; version?: number | undefined },
  now: Date,
) {
  return saveKommuneDefinition(db, actor, 'profile', profileId, input, now, {
    isShipped: content.profiles.has(profileId),
    parse(definition, id) {
      const parsed = parseProfile(definition, id);
      return parsed.ok ? { ok: true, value: parsed.profile } : parsed;
    },
    // The schools that follow the profile follow the edit at once; nothing is lost (decision 021).
    async afterUpdate(tx, profile) {
      const schools = await tx.selectFrom('school').select('id').where('rule_profile', '=', profileId).execute();
      for (const school of schools) {
        await reevaluateSchool(tx, content, actor.kommuneId, school.id, now, {
          retireReason: `Regelsettet «${profile.name}» ble endret, og regelen slår ikke lenger til for disse dagene.`,
          pastReason: `Episoden var over da regelsettet «${profile.name}» ble endret.`,
        });
      }
    },
  });
}
