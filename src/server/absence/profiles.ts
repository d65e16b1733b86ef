// Rule profiles: the shipped ones (content/profiles, read and validated with the rest of the content at
// start — a profile that fails validation stops the server with the file, rule and field named) and a municipality's own,
// stored in kommune_rule_profile and validated by the same schema when saved.
import { parseProfile, type Profile } from '../../domain/rules/profile-schema';
import type { Content } from '../content/load-content';
import type { Tx } from '../../db/create-db';
import { sql } from 'kysely';
import { AppError } from '../errors';
import { memo } from './memo';

/** Kommunes' own profiles by id and text: a few per kommune, a version kept per edit. */
const ownProfiles = memo<Profile>(200);

/** A shipped profile by id. */
export function profileById(content: Content, id: string): Profile {
  const profile = content.profiles.get(id);
  if (!profile)
    throw new AppError(
      'validation',
      `Ukjent regelprofil «${id}». Gyldige: ${[...content.profiles.keys()].join(', ')}.`,
    );
  return profile;
}

/** The kommune's own profile with this id, else the shipped one. */
export async function resolveProfile(tx: Tx, content: Content, id: string): Promise<Profile> {
  const own = await tx
    .selectFrom('kommune_rule_profile')
    .select(sql<string>`definition::text`.as('definition'))
    .where('profile_id', '=', id)
    .executeTakeFirst();
  if (own) {
    // The same text gives the same profile: validated once, and the same object lets the compiled
    // rules be kept for it too (alert-episodes, decision 165).
    return ownProfiles(`${id}\u0000${own.definition}`, () => {
      const parsed = parseProfile(JSON.parse(own.definition), id);
      if (!parsed.ok)
        throw new AppError('internal', `Kommunens regelprofil «${id}» er ugyldig: ${parsed.errors.join('; ')}`);
      return parsed.profile;
    });
  }
  return profileById(content, id);
}
