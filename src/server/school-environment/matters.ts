// What the school environment use-cases share (issue 21 item 3, decisions 187–189): starting a matter
// (from an observation, by hand, from a case note), loading one the reader may see, and who may work in it.
// A matter is the pupil's and the school's: a staff member sees it through the pupil (pupilForStaff), the
// reading roles of the policy table; the leadership (and the resource team, administrator) work in it.
import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { Tx } from '../../db/create-db';
import type { Database, SchoolEnvironmentStart } from '../../db/schema';
import { hasRole, type Actor } from '../actor';
import { pupilForStaff, type PupilPlace } from '../absence/place';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import { notify, usersWithRole } from '../inbox/notify';

export type MatterRow = Selectable<Database['school_environment_case']>;

/** The roles that read a matter (the policy table's `school-environment.read`). */
export const MATTER_READERS = ['kontaktlaerer', 'skoleledelse', 'ressursteam', 'administrator'] as const;
/** The roles that record its steps and make the aktivitetsplan: the school's leadership and those it delegates to. */
export const MATTER_EDITORS = ['skoleledelse', 'ressursteam', 'administrator'] as const;

/** Whether the actor works in matters at the pupil's school (not only reads them). */
export function editsMatters(actor: Actor, place: { schoolId: string }): boolean {
  return actor.roles.some(
    (r) => (MATTER_EDITORS as readonly string[]).includes(r.role) && r.schoolId === place.schoolId,
  );
}

export type StartInput = {
  knownOn: string;
  report: string;
  adultInvolved: boolean;
  startedFrom: SchoolEnvironmentStart;
  observationId?: string | null;
};

/**
 * Starts the aktivitetsplikt for a pupil (opplæringslova § 12-4): the matter, linked to the pupil's open
 * absence case if there is one; the school's leadership told in the inbox (everyone who knows must tell the
 * rektor), and with an adult at the school involved the school owner too (§ 12-5). One audit row.
 */
export async function startMatter(
  tx: Tx,
  actor: Actor,
  place: PupilPlace,
  input: StartInput,
  now: Date,
): Promise<MatterRow> {
  const openCase = await tx
    .selectFrom('pupil_case')
    .select('id')
    .where('pupil_id', '=', place.pupilId)
    .where('status', '=', 'open')
    .executeTakeFirst();
  const owners = input.adultInvolved ? await usersWithRole(tx, 'skoleeier', null) : [];
  const row = await tx
    .insertInto('school_environment_case')
    .values({
      id: randomUUID(),
      kommune_id: actor.kommuneId,
      pupil_id: place.pupilId,
      school_id: place.schoolId,
      case_id: openCase?.id ?? null,
      status: 'open',
      started_from: input.startedFrom,
      observation_id: input.observationId ?? null,
      adult_involved: input.adultInvolved,
      reported_by: actor.userId,
      reported_at: now,
      known_on: input.knownOn,
      report: input.report.trim(),
      leader_notified_at: now,
      owner_notified_at: owners.length ? now : null,
      plan: null,
      created_at: now,
      updated_by: actor.userId,
      updated_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const leaders = await usersWithRole(tx, 'skoleledelse', place.schoolId);
  const dedupeKey = `school-environment:${row.id}`;
  await notify(
    tx,
    actor.kommuneId,
    [...leaders, ...owners]
      .filter((userId) => userId !== actor.userId)
      .map((userId) => ({ userId, kind: 'school-environment' as const, pupilId: place.pupilId, dedupeKey })),
    now,
  );
  await writeAudit(tx, actor, now, [
    {
      action: 'school-environment.start',
      pupilId: place.pupilId,
      entity: 'school_environment_case',
      entityId: row.id,
      caseId: row.case_id,
      details: {
        matterId: row.id,
        startedFrom: input.startedFrom,
        adultInvolved: input.adultInvolved,
        leadersTold: leaders.length,
        ownersTold: owners.length,
      },
    },
  ]);
  return row;
}

/** A matter with its pupil's place, if the reader may see the pupil and read matters; otherwise not found. */
export async function matterForReader(
  tx: Tx,
  actor: Actor,
  matterId: string,
): Promise<{ row: MatterRow; place: PupilPlace }> {
  const row = await tx.selectFrom('school_environment_case').selectAll().where('id', '=', matterId).executeTakeFirst();
  const notFound = () => new AppError('not_found', 'Fant ikke skolemiljøsaken, eller du har ikke tilgang til den.');
  if (!row || !hasRole(actor, ...MATTER_READERS)) throw notFound();
  const place = await pupilForStaff(tx, actor, row.pupil_id).catch(() => null);
  // A contact teacher reads the matters of their own class; the school-wide roles those of their school.
  if (!place || place.schoolId !== row.school_id || !readsPupil(actor, place)) throw notFound();
  return { row, place };
}

/** Whether the actor's reading role covers the pupil (a faglærer's class is in scope but not a reader). */
export function readsPupil(actor: Actor, place: PupilPlace): boolean {
  return actor.roles.some(
    (r) =>
      (r.role === 'kontaktlaerer' && r.classId === place.classId) ||
      ((MATTER_EDITORS as readonly string[]).includes(r.role) && r.schoolId === place.schoolId),
  );
}

/** The matter for an editor: read access, then the leadership's role at the pupil's school (else 403). */
export async function matterForEditor(tx: Tx, actor: Actor, matterId: string) {
  const found = await matterForReader(tx, actor, matterId);
  if (!editsMatters(actor, found.place))
    throw new AppError('forbidden', 'Bare skoleledelsen kan føre skolemiljøsaken (aktivitetsplan og trinn).');
  return found;
}
