// Who works with a school's archive extracts (decision 223): its leadership and its administrator.
import type { Actor } from '../actor';

/** The schools whose archive extracts the actor may list, make, download and hand over. */
export function archiveSchools(actor: Actor): string[] {
  return [
    ...new Set(
      actor.roles
        .filter((r) => (r.role === 'skoleledelse' || r.role === 'administrator') && r.schoolId)
        .map((r) => r.schoolId!),
    ),
  ];
}
