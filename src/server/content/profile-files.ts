import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentFile, jsonNames, readJson, type Loaded } from './content-file';
import { parseSchoolCalendar } from '../../domain/calendar/calendar';
import type { SchoolCalendar } from '../../domain/calendar/calendar';
import { parseProfile } from '../../domain/rules/profile-schema';
import type { Profile } from '../../domain/rules/profile-schema';

// Reading rule profiles and calendars from disk; the validation itself is pure and lives in the domain.

/** The folder of the shipped rule profiles. */
export const PROFILES_DIR = fileURLToPath(new URL('../../../content/profiles/', import.meta.url));

/** Names of the shipped profiles (file names without .json), sorted. */
export function shippedProfileNames(): string[] {
  return jsonNames(PROFILES_DIR);
}

/** Loads a profile by shipped name (e.g. «saltdal») or by path to a JSON file, validated. */
export function loadProfile(nameOrFile: string): Loaded<Profile> {
  const { path } = contentFile(nameOrFile, PROFILES_DIR);
  if (!path)
    return {
      ok: false,
      errors: [
        `Ukjent profil «${nameOrFile}». Bruk en av ${shippedProfileNames().join(', ')}, eller stien til en JSON-fil.`,
      ],
    };
  const json = readJson(path, 'profil');
  if (!json.ok) return json;
  const parsed = parseProfile(json.value, basename(path));
  return parsed.ok ? { ok: true, value: parsed.profile } : parsed;
}

/** Loads and validates a school calendar JSON file. */
export function loadCalendar(path: string): Loaded<SchoolCalendar> {
  const json = readJson(path, 'kalender');
  if (!json.ok) return json;
  const parsed = parseSchoolCalendar(json.value);
  return parsed.ok
    ? { ok: true, value: parsed.calendar }
    : { ok: false, errors: parsed.errors.map((e) => `${basename(path)}: ${e}`) };
}
