// The people with an account in Nærvær who can be added to a case as participants (issue 16 item 3): the
// school's staff, the kommune's service partners (helsesykepleier, PPT …) and the pupil's guardians with
// an account. Each comes with the ladder role their account suggests, so adding the helsesykepleier means
// her account (she then sees the case as the consent allows), not only her name.
import type { Db } from '../../db/create-db';
import type { LadderRole } from '../../domain/ladder/ladder-schema';
import { contextOf, type Actor } from '../actor';
import { caseForStaff } from '../cases/case-place';

/** The ladder role an account's role suggests. */
const SUGGESTED: Record<string, LadderRole> = {
  kontaktlaerer: 'kontaktlaerer',
  faglaerer: 'faglaerer',
  skoleledelse: 'skoleledelse',
  ressursteam: 'ressursteam',
  administrator: 'skoleledelse',
  helsesykepleier: 'helsesykepleier',
  ppt: 'ppt',
  barnevern: 'barnevern',
  bup: 'bup',
  kommunepsykolog: 'kommunepsykolog',
};

export type CasePerson = { id: string; name: string; role: LadderRole; accountRole: string };

export async function listCasePeople(db: Db, actor: Actor, caseId: string): Promise<CasePerson[]> {
  return db.withContext(contextOf(actor), async (tx) => {
    const { place } = await caseForStaff(tx, actor, caseId);
    const staff = await tx
      .selectFrom('role_assignment as r')
      .innerJoin('app_user as u', 'u.id', 'r.user_id')
      .select(['u.id', 'u.display_name', 'r.role'])
      .where('u.disabled_at', 'is', null)
      .where((eb) => eb.or([eb('r.school_id', '=', place.schoolId), eb('r.service_unit_id', 'is not', null)]))
      .orderBy('u.display_name')
      .execute();
    const guardians = await tx
      .selectFrom('guardian as g')
      .innerJoin('guardian_pupil as gp', 'gp.guardian_id', 'g.id')
      .innerJoin('app_user as u', 'u.id', 'g.user_id')
      .select(['u.id', 'u.display_name'])
      .where('gp.pupil_id', '=', place.pupilId)
      .where('u.disabled_at', 'is', null)
      .orderBy('u.display_name')
      .execute();
    const seen = new Set<string>();
    const people: CasePerson[] = [];
    for (const s of staff) {
      const role = SUGGESTED[s.role];
      if (!role || seen.has(s.id)) continue;
      seen.add(s.id);
      people.push({ id: s.id, name: s.display_name, role, accountRole: s.role });
    }
    for (const g of guardians)
      if (!seen.has(g.id)) people.push({ id: g.id, name: g.display_name, role: 'foresatte', accountRole: 'foresatt' });
    return people;
  });
}
