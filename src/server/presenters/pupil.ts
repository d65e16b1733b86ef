// The only place that shapes pupil data for the API. The national id never leaves the server here;
// the protected-address flag always does, so every screen can honour it (no address, no letters
// without the leadership's confirmation — later issues).
import type { ProtectedAddress } from '../../db/schema';
import type { PupilPlace } from '../absence/place';

export type PupilRow = {
  id: string;
  first_name: string;
  last_name: string;
  birth_date: string;
  protected_address: ProtectedAddress;
  version: number;
};

export function presentPupil(p: PupilRow) {
  return {
    id: p.id,
    firstName: p.first_name,
    lastName: p.last_name,
    birthDate: p.birth_date,
    protectedAddress: p.protected_address,
    version: p.version,
  };
}

/** The pupil at the head of a screen (the pupil page, the pupil's file, the case): name, class, school, protection. */
export function presentPupilPlace(place: PupilPlace) {
  return {
    id: place.pupilId,
    firstName: place.firstName,
    lastName: place.lastName,
    className: place.className,
    schoolName: place.schoolName,
    protectedAddress: place.protectedAddress,
  };
}
