// The «tilrettelegging» notes of a class (decision 190): for each pupil in the class with an open case, the
// measures of the case's active plans marked for the teaching staff. Only the note's words leave this file;
// the case, its level and its reasons stay behind.
import type { Tx } from '../../db/create-db';
import { teachingNotes, type Plan } from '../../domain/plans';
import type { PupilPlace } from '../absence/place';

export type ClassNote = { pupilId: string; caseId: string; planId: string; measureId: string; note: string };

/** A note's id as the teachers' screens know it: the plan and the measure in it, never the case. */
export const noteId = (n: { planId: string; measureId: string }) => `${n.planId}:${n.measureId}`;

export function parseNoteId(id: string): { planId: string; measureId: string } | null {
  const at = id.indexOf(':');
  if (at <= 0 || at === id.length - 1) return null;
  return { planId: id.slice(0, at), measureId: id.slice(at + 1) };
}

export async function classNotes(tx: Tx, places: readonly PupilPlace[]): Promise<ClassNote[]> {
  if (places.length === 0) return [];
  const plans = await tx
    .selectFrom('case_plan as p')
    .innerJoin('pupil_case as c', 'c.id', 'p.case_id')
    .select(['p.id', 'p.case_id', 'p.pupil_id', 'p.content'])
    .where(
      'p.pupil_id',
      'in',
      places.map((p) => p.pupilId),
    )
    .where('p.status', '=', 'aktiv')
    .where('c.status', '=', 'open')
    .where('p.kind', 'in', ['tiltaksplan', 'samarbeidsavtale'])
    .orderBy('p.created_at')
    .execute();
  return plans.flatMap((p) =>
    teachingNotes(p.content as Plan).map((n) => ({
      pupilId: p.pupil_id,
      caseId: p.case_id,
      planId: p.id,
      measureId: n.measureId,
      note: n.note,
    })),
  );
}
