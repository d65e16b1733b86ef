// An arkivuttrekk of a school for a period (decision 223): every case of the school closed in the period, and every
// school environment matter closed in it (each its own saksmappe, decision 231), in one extract, for the leadership
// or administrator of the school. Refused when neither a case nor a matter closed in the period.
import { sql } from 'kysely';
import type { Db, Tx } from '../../db/create-db';
import { contextOf, type Actor } from '../actor';
import { AppError } from '../errors';
import { osloDate } from '../clock';
import { makeArchiveExtract } from '../archive/make-extract';
import { archiveSchools } from '../archive/scope';
import type { Content } from '../content/load-content';
import { presentExtracts } from '../presenters/archive';
import { norwegianDate } from '../../domain/calendar/dates';

export async function makeSchoolArchiveExtract(
  db: Db,
  content: Content,
  actor: Actor,
  schoolId: string,
  period: { from: string; to: string },
  now: Date,
) {
  return db.withContext(contextOf(actor), async (tx) => {
    if (!archiveSchools(actor).includes(schoolId)) throw new AppError('not_found', 'Fant ikke skolen.');
    const caseIds = await casesClosedIn(tx, schoolId, period);
    // A closed school environment matter is its own saksmappe in the school's extract (decision 231).
    const matterIds = await mattersClosedIn(tx, schoolId, period);
    if (!caseIds.length && !matterIds.length)
      throw new AppError(
        'conflict',
        `Ingen saker ved skolen ble avsluttet fra ${norwegianDate(period.from)} til ${norwegianDate(period.to)}.`,
      );
    const made = await makeArchiveExtract(
      tx,
      content,
      actor,
      { scope: 'school', reason: 'on-demand', schoolId, caseIds, matterIds, period },
      now,
    );
    const [extract] = await presentExtracts(tx, { schoolIds: [schoolId], extractId: made.id });
    return { extract: extract! };
  });
}

/** The ids of the school's cases closed in the period, sorted (also what `naervaer archive export` compares). */
export async function casesClosedIn(tx: Tx, schoolId: string, period: { from: string; to: string }): Promise<string[]> {
  // The day a case closed is the day of its last closing action (a reopened case closed again counts then).
  const closed = await tx
    .selectFrom('pupil_case as c')
    .innerJoin('case_action as a', 'a.case_id', 'c.id')
    .select(['c.id', sql<Date>`max(a.acted_at)`.as('closed_at')])
    .where('c.school_id', '=', schoolId)
    .where('c.status', '=', 'closed')
    .where(sql<string>`a.state_after->>'status'`, '=', 'closed')
    .groupBy('c.id')
    .execute();
  return closed
    .filter((c) => {
      const on = osloDate(new Date(c.closed_at));
      return on >= period.from && on <= period.to;
    })
    .map((c) => c.id)
    .sort();
}

/** The school environment matters of the school closed in the period (decision 231), by id. */
export async function mattersClosedIn(
  tx: Tx,
  schoolId: string,
  period: { from: string; to: string },
): Promise<string[]> {
  const rows = await tx
    .selectFrom('school_environment_case')
    .select('id')
    .where('school_id', '=', schoolId)
    .where('status', '=', 'closed')
    .where('closed_on', '>=', period.from)
    .where('closed_on', '<=', period.to)
    .orderBy('id')
    .execute();
  return rows.map((m) => m.id);
}
