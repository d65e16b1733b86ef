// The shipped rule profiles, read and validated once at first use. A profile that fails validation
// stops the server with the file, rule and field named (municipal content is data, checked at load).
import type { Profile } from '../../domain/rules/profile-schema';
import { loadProfile, shippedProfileNames } from '../../cli/evaluate/load-content';
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

export function profileById(id: string): Profile {
  const profile = shippedProfiles().get(id);
  if (!profile) throw new AppError('validation', `Ukjent regelprofil «${id}». Gyldige: ${[...shippedProfiles().keys()].join(', ')}.`);
  return profile;
}
