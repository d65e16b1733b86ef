// How a class is shown: the school year as «2025–2026», and the actor's own role in it.
import type { Role } from '../../db/schema';

export function formatSchoolYear(startYear: number): string {
  return `${startYear}–${startYear + 1}`;
}

export type MyClassRow = {
  id: string;
  name: string;
  trinn: number;
  school_year: number;
  school_id: string;
  school_name: string;
  pupil_count: number;
};

export function presentMyClass(c: MyClassRow, myRole: Role) {
  return {
    id: c.id,
    name: c.name,
    trinn: c.trinn,
    schoolYear: formatSchoolYear(c.school_year),
    schoolId: c.school_id,
    schoolName: c.school_name,
    pupilCount: c.pupil_count,
    myRole,
  };
}
