// Rule profiles: the shipped ones (content/profiles, read and validated once at first use — a profile
// that fails validation stops the server with the file, rule and field named) and a municipality's own,
// stored in kommune_rule_profile and validated by the same schema when saved.
import { parseProfile, type Profile } from '../../domain/rules/profile-schema';
import { loadProfile, shippedProfileNames } from '../content/profile-files';
import type { Tx } from '../../db/create-db';
import { AppError } from '../errors';

let cache: Map<string, Profile> | undefined;

export function shippedProfiles(): Map<string, Profile> {
  if (cache) return cache;
  const loaded = new Map<string, Profile>();
  for (const name of shippedProfileNames()) {
    const result = loadProfile(name);
    if (!result.ok) throw new Error(`Regelprofilen «${name}» er ugyldig:\n${result.errors.join('\n')}`);
    loaded.set(name, result.value);
  }
  cache = loaded;
  return loaded;
}

/** A shipped profile by id. */
export function profileById(id: string): Profile {
  const profile = shippedProfiles().get(id);
  if (!profile)
    throw new AppError(
      'validation',
      `Ukjent regelprofil «${id}». Gyldige: ${[...shippedProfiles().keys()].join(', ')}.`,
    );
  return profile;
}

/** The kommune's own profile with this id, else the shipped one. */
export async function resolveProfile(tx: Tx, id: string): Promise<Profile> {
  const own = await tx
    .selectFrom('kommune_rule_profile')
    .select('definition')
    .where('profile_id', '=', id)
    .executeTakeFirst();
  if (own) {
    const parsed = parseProfile(own.definition, id);
    if (!parsed.ok)
      throw new AppError('internal', `Kommunens regelprofil «${id}» er ugyldig: ${parsed.errors.join('; ')}`);
    return parsed.profile;
  }
  return profileById(id);
}
