// The database side of a roster sync (decision 083): what the kommune holds now, as the diff compares it,
// and writing a plan, all inside the caller's transaction (all or nothing). Bulk statements in chunks,
// so a whole city's first sync is a few hundred statements, not a few hundred thousand.
import { nationalIdHash } from '../auth/national-id-hash';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { formatIsoDate, parseIsoDate } from '../../domain/calendar/dates';
import type { CurrentRoster, RosterPlan } from '../../domain/roster/diff';
import type { RosterClass, RosterGuardian, RosterPupil, RosterSchool, RosterStaff } from '../../domain/roster/types';
import type { Tx } from '../../db/create-db';
import type { Role } from '../../db/schema';
import { AUDIT_KINDS, type AuditAction } from '../audit';
import { endUserSessions } from '../auth/sessions';
import { AppError } from '../errors';

const CHUNK = 1000;

function* chunks<T>(list: readonly T[], size = CHUNK): Generator<T[]> {
  for (let i = 0; i < list.length; i += size) yield list.slice(i, i + size);
}

/** Everything a sync compares, for the kommune of the transaction (row-level security). */
export async function loadCurrentRoster(tx: Tx): Promise<CurrentRoster> {
  const [schools, classes, pupils, guardians, links, users, roles] = await Promise.all([
    tx
      .selectFrom('school')
      .select(['id', 'source_id', 'name', 'organisasjonsnummer', 'first_trinn', 'last_trinn'])
      .execute(),
    tx.selectFrom('class').select(['id', 'source_id', 'school_id', 'name', 'trinn', 'school_year']).execute(),
    tx
      .selectFrom('pupil as p')
      .leftJoin('class_membership as m', (j) => j.onRef('m.pupil_id', '=', 'p.id').on('m.valid_to', 'is', null))
      // The pupil's own account (decision 205).
      .leftJoin('app_user as a', 'a.id', 'p.user_id')
      .select([
        'a.id as account_id',
        'a.username as account_username',
        'a.disabled_at as account_disabled_at',
        'p.id',
        'p.source_id',
        'p.first_name',
        'p.last_name',
        'p.birth_date',
        'p.national_id',
        'p.local_id',
        'p.protected_address',
        'p.left_on',
        'm.class_id',
      ])
      .execute(),
    tx
      .selectFrom('guardian')
      .select(['id', 'source_id', 'first_name', 'last_name', 'email', 'phone', 'national_id', 'protected_address'])
      .execute(),
    tx
      .selectFrom('guardian_pupil')
      .select([
        'guardian_id',
        'pupil_id',
        'parental_responsibility',
        'information_restricted',
        'information_restricted_source',
      ])
      .execute(),
    tx
      .selectFrom('app_user')
      .select(['id', 'source_id', 'username', 'display_name', 'left_on', 'disabled_at'])
      .where('kind', 'in', ['staff', 'municipal'])
      .execute(),
    tx
      .selectFrom('role_assignment')
      .select(['user_id', 'role', 'school_id', 'class_id'])
      .where('from_roster', '=', true)
      .execute(),
  ]);
  const childrenOf = new Map<
    string,
    { pupilId: string; parentalResponsibility: boolean; rosterRestricted: boolean }[]
  >();
  for (const l of links) {
    const list = childrenOf.get(l.guardian_id) ?? [];
    list.push({
      pupilId: l.pupil_id,
      parentalResponsibility: l.parental_responsibility,
      rosterRestricted: l.information_restricted && l.information_restricted_source === 'roster',
    });
    childrenOf.set(l.guardian_id, list);
  }
  const rolesOf = new Map<string, { role: string; schoolId: string | null; classId: string | null }[]>();
  for (const r of roles) {
    const list = rolesOf.get(r.user_id) ?? [];
    list.push({ role: r.role, schoolId: r.school_id, classId: r.class_id });
    rolesOf.set(r.user_id, list);
  }
  return {
    schools: schools.map((s) => ({
      id: s.id,
      sourceId: s.source_id,
      name: s.name,
      orgNumber: s.organisasjonsnummer,
      firstTrinn: s.first_trinn,
      lastTrinn: s.last_trinn,
    })),
    classes: classes.map((c) => ({
      id: c.id,
      sourceId: c.source_id,
      schoolId: c.school_id,
      name: c.name,
      trinn: c.trinn,
      schoolYear: c.school_year,
    })),
    pupils: pupils.map((p) => ({
      id: p.id,
      sourceId: p.source_id,
      firstName: p.first_name,
      lastName: p.last_name,
      birthDate: p.birth_date,
      nationalId: p.national_id,
      localId: p.local_id,
      protectedAddress: p.protected_address,
      classId: p.class_id,
      leftOn: p.left_on,
      account:
        p.account_id && p.account_username
          ? { userId: p.account_id, username: p.account_username, disabled: p.account_disabled_at !== null }
          : null,
    })),
    guardians: guardians.map((g) => ({
      id: g.id,
      sourceId: g.source_id,
      firstName: g.first_name,
      lastName: g.last_name,
      email: g.email,
      phone: g.phone,
      nationalId: g.national_id,
      protectedAddress: g.protected_address,
      children: childrenOf.get(g.id) ?? [],
    })),
    staff: users.map((u) => ({
      id: u.id,
      sourceId: u.source_id,
      username: u.username,
      displayName: u.display_name,
      leftOn: u.left_on,
      disabled: u.disabled_at !== null,
      roles: rolesOf.get(u.id) ?? [],
    })),
  };
}

/** Who the audit rows name: the admin of the web screen, or the operator («drift») of the CLI. */
export type SyncBy = { kommuneId: string; organisation: string; userId: string | null; role: string };

type AuditRow = { action: AuditAction; entity: string; entityId: string; pupilId?: string; details: unknown };

async function audit(tx: Tx, by: SyncBy, now: Date, rows: AuditRow[]): Promise<void> {
  for (const chunk of chunks(rows)) {
    await tx
      .insertInto('audit_log')
      .values(
        chunk.map((r) => ({
          kommune_id: by.kommuneId,
          at: now,
          user_id: by.userId,
          role: by.role,
          action: r.action,
          pupil_id: r.pupilId ?? null,
          details: JSON.stringify(r.details),
          kind: AUDIT_KINDS[r.action],
          entity: r.entity,
          entity_id: r.entityId,
          case_id: null,
          organisation: by.organisation,
          client_ip: null,
          outcome: 'allowed' as const,
        })),
      )
      .execute();
  }
}

/** Writes the plan. `today` (YYYY-MM-DD, Oslo) dates memberships and departures. */
export async function applyRosterPlan(
  tx: Tx,
  by: SyncBy,
  current: CurrentRoster,
  plan: RosterPlan,
  today: string,
  now: Date,
  idHashKey?: string,
): Promise<void> {
  const kommune_id = by.kommuneId;
  // Without the key the guardian cannot sign in with ID-porten yet; the clear id is kept, so a later sync fills it.
  const idHash = (nationalId: string | null) =>
    nationalId && idHashKey ? nationalIdHash(nationalId, idHashKey) : null;
  const day = parseIsoDate(today)!;
  const yesterday = formatIsoDate(day - 1);
  const auditRows: AuditRow[] = [];
  // What the roster says of each row, written alike by an update and an insert.
  const schoolColumns = (s: RosterSchool) => ({
    source_id: s.sourceId,
    name: s.name,
    organisasjonsnummer: s.orgNumber,
    first_trinn: s.firstTrinn,
    last_trinn: s.lastTrinn,
  });
  const classColumns = (c: RosterClass) => ({
    source_id: c.sourceId,
    school_id: schoolId.get(c.schoolSourceId)!,
    name: c.name,
    trinn: c.trinn,
    school_year: c.schoolYear,
  });
  const pupilColumns = (p: RosterPupil) => ({
    source_id: p.sourceId,
    first_name: p.firstName,
    last_name: p.lastName,
    birth_date: p.birthDate,
    national_id: p.nationalId,
    local_id: p.localId,
    protected_address: p.protectedAddress,
  });
  const guardianColumns = (g: RosterGuardian) => ({
    source_id: g.sourceId,
    first_name: g.firstName,
    last_name: g.lastName,
    email: g.email,
    phone: g.phone,
    national_id: g.nationalId,
    national_id_hash: idHash(g.nationalId),
    // A protection the roster names; an empty cell never lifts one the school set (decision 153).
    ...(g.protectedAddress ? { protected_address: g.protectedAddress } : {}),
  });

  // Schools.
  const schoolId = new Map<string, string>();
  for (const s of current.schools) if (s.sourceId) schoolId.set(s.sourceId, s.id);
  for (const { id, school } of plan.schools.update) {
    schoolId.set(school.sourceId, id);
    await tx
      .updateTable('school')
      .set((eb) => ({ ...schoolColumns(school), version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .execute();
  }
  const newSchools = plan.schools.create.map((s) => ({ id: randomUUID(), s }));
  for (const { id, s } of newSchools) schoolId.set(s.sourceId, id);
  for (const chunk of chunks(newSchools))
    await tx
      .insertInto('school')
      .values(chunk.map(({ id, s }) => ({ id, kommune_id, ...schoolColumns(s), rule_profile: null })))
      .execute();

  // Classes.
  const classId = new Map<string, string>();
  for (const c of current.classes) if (c.sourceId) classId.set(c.sourceId, c.id);
  for (const { id, klass } of plan.classes.update) {
    classId.set(klass.sourceId, id);
    await tx
      .updateTable('class')
      .set((eb) => ({ ...classColumns(klass), version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .execute();
  }
  const newClasses = plan.classes.create.map((c) => ({ id: randomUUID(), c }));
  for (const { id, c } of newClasses) classId.set(c.sourceId, id);
  for (const chunk of chunks(newClasses))
    await tx
      .insertInto('class')
      .values(chunk.map(({ id, c }) => ({ id, kommune_id, ...classColumns(c) })))
      .execute();

  // Pupils.
  const pupilId = new Map<string, string>();
  for (const p of current.pupils) if (p.sourceId) pupilId.set(p.sourceId, p.id);
  for (const { id, pupil } of plan.pupils.update) {
    pupilId.set(pupil.sourceId, id);
    await tx
      .updateTable('pupil')
      .set((eb) => ({ ...pupilColumns(pupil), left_on: null, version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .execute();
  }
  const newPupils = plan.pupils.create.map((p) => ({ id: randomUUID(), p }));
  for (const { id, p } of newPupils) pupilId.set(p.sourceId, id);
  for (const chunk of chunks(newPupils)) {
    await tx
      .insertInto('pupil')
      .values(chunk.map(({ id, p }) => ({ id, kommune_id, ...pupilColumns(p) })))
      .execute();
    await tx
      .insertInto('class_membership')
      .values(
        chunk.map(({ id, p }) => ({
          id: randomUUID(),
          kommune_id,
          pupil_id: id,
          class_id: classId.get(p.classSourceId)!,
          valid_from: today,
          valid_to: null,
        })),
      )
      .execute();
  }
  // A class change as change-class.ts makes it: the open membership ends the day before, a new one begins
  // today (a membership that began today is ended today instead: the table wants valid_to ≥ valid_from),
  // and the audit says pupil.class.change. An open case follows the pupil; a new school takes it over
  // through «Saker å overta» (listCasesToTakeOver).
  const endMemberships = async (ids: string[]) => {
    for (const chunk of chunks(ids))
      await tx
        .updateTable('class_membership')
        .set({ valid_to: sql`greatest(valid_from, ${yesterday}::date)` })
        .where('pupil_id', 'in', chunk)
        .where('valid_to', 'is', null)
        .execute();
  };
  await endMemberships(plan.pupils.move.map((m) => m.id));
  for (const chunk of chunks(plan.pupils.move))
    await tx
      .insertInto('class_membership')
      .values(
        chunk.map((m) => ({
          id: randomUUID(),
          kommune_id,
          pupil_id: m.id,
          class_id: classId.get(m.toClassSourceId)!,
          valid_from: today,
          valid_to: null,
        })),
      )
      .execute();
  for (const m of plan.pupils.move)
    auditRows.push({
      action: 'pupil.class.change',
      entity: 'pupil',
      entityId: m.id,
      pupilId: m.id,
      details: { from: m.fromClassId, to: classId.get(m.toClassSourceId), roster: true },
    });
  // Leaving: marked, never deleted; the case stays (archive rules) and the class membership ends.
  await endMemberships(plan.pupils.leave.map((l) => l.id));
  for (const chunk of chunks(plan.pupils.leave))
    await tx
      .updateTable('pupil')
      .set((eb) => ({ left_on: today, version: eb('version', '+', 1) }))
      .where(
        'id',
        'in',
        chunk.map((l) => l.id),
      )
      .execute();
  for (const l of plan.pupils.leave)
    auditRows.push({
      action: 'pupil.leave',
      entity: 'pupil',
      entityId: l.id,
      pupilId: l.id,
      details: { from: l.classId, roster: true },
    });

  // Guardians: the links to the children are the roster's, replaced as a whole — but a restriction of a
  // parent's right to information the school set stays while the link does (decision 152): the school wins;
  // one the roster set follows the roster.
  type Link = {
    guardian_id: string;
    pupil_id: string;
    parental_responsibility: boolean;
    information_restricted?: boolean;
    information_restricted_reason?: string | null;
    information_restricted_at?: Date | string | null;
    information_restricted_by?: string | null;
    information_restricted_source?: 'school' | 'roster' | null;
  };
  const links: Link[] = [];
  const replaced: string[] = [];
  const kept = new Map<string, Omit<Link, 'guardian_id' | 'pupil_id' | 'parental_responsibility'>>();
  const updatedIds = plan.guardians.update.map((u) => u.id);
  for (const chunk of chunks(updatedIds))
    for (const r of await tx
      .selectFrom('guardian_pupil')
      .select([
        'guardian_id',
        'pupil_id',
        'information_restricted_reason',
        'information_restricted_at',
        'information_restricted_by',
        'information_restricted_source',
      ])
      .where('guardian_id', 'in', chunk)
      .where('information_restricted', '=', true)
      .execute())
      kept.set(`${r.guardian_id}|${r.pupil_id}`, {
        information_restricted: true,
        information_restricted_reason: r.information_restricted_reason,
        information_restricted_at: r.information_restricted_at,
        information_restricted_by: r.information_restricted_by,
        information_restricted_source: r.information_restricted_source,
      });
  const restriction = (guardianId: string, pupilId: string, fromRoster: boolean) => {
    const before = kept.get(`${guardianId}|${pupilId}`);
    if (before && before.information_restricted_source !== 'roster') return before;
    if (!fromRoster) return {};
    return (
      before ?? {
        information_restricted: true,
        information_restricted_reason: 'Registrert i elevregisteret',
        information_restricted_at: now,
        information_restricted_by: null,
        information_restricted_source: 'roster' as const,
      }
    );
  };
  for (const { id, guardian: g } of plan.guardians.update) {
    replaced.push(id);
    await tx
      .updateTable('guardian')
      .set((eb) => ({ ...guardianColumns(g), version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .execute();
    for (const c of g.children)
      links.push({
        guardian_id: id,
        pupil_id: pupilId.get(c.pupilSourceId)!,
        parental_responsibility: c.parentalResponsibility,
        ...restriction(id, pupilId.get(c.pupilSourceId)!, c.informationRestricted === true),
      });
  }
  replaced.push(...plan.guardians.leave.map((l) => l.id));
  for (const chunk of chunks(replaced))
    await tx.deleteFrom('guardian_pupil').where('guardian_id', 'in', chunk).execute();
  const newGuardians = plan.guardians.create.map((g) => ({ id: randomUUID(), g }));
  for (const { id, g } of newGuardians)
    for (const c of g.children)
      links.push({
        guardian_id: id,
        pupil_id: pupilId.get(c.pupilSourceId)!,
        parental_responsibility: c.parentalResponsibility,
        ...restriction(id, pupilId.get(c.pupilSourceId)!, c.informationRestricted === true),
      });
  for (const chunk of chunks(newGuardians))
    await tx
      .insertInto('guardian')
      .values(chunk.map(({ id, g }) => ({ id, kommune_id, ...guardianColumns(g), user_id: null })))
      .execute();
  for (const chunk of chunks(links))
    await tx
      .insertInto('guardian_pupil')
      .values(chunk.map((l) => ({ kommune_id, ...l })))
      .execute();

  // Staff.
  const roleRows = (userId: string, s: RosterStaff) =>
    s.roles.map((r) => ({
      id: randomUUID(),
      kommune_id,
      user_id: userId,
      role: r.role as Role,
      school_id: r.schoolSourceId ? schoolId.get(r.schoolSourceId)! : null,
      class_id: r.classSourceId ? classId.get(r.classSourceId)! : null,
      service_unit_id: null,
      subject: null,
      from_roster: true,
    }));
  const roles: ReturnType<typeof roleRows> = [];
  const rolesReplaced: string[] = [];
  for (const { id, staff: s, returning } of plan.staff.update) {
    rolesReplaced.push(id);
    roles.push(...roleRows(id, s));
    await tx
      .updateTable('app_user')
      .set((eb) => ({
        source_id: s.sourceId,
        username: s.username,
        display_name: s.displayName,
        ...(returning ? { left_on: null, disabled_at: null, failed_logins: 0, locked_until: null } : {}),
        version: eb('version', '+', 1),
      }))
      .where('id', '=', id)
      .execute();
  }
  const newStaff = plan.staff.create.map((s) => ({ id: randomUUID(), s }));
  for (const chunk of chunks(newStaff)) {
    // Usernames are unique across kommuner; another kommune's account is invisible here, so ask the index.
    const inserted = await tx
      .insertInto('app_user')
      .values(
        chunk.map(({ id, s }) => ({
          id,
          kommune_id,
          source_id: s.sourceId,
          username: s.username,
          display_name: s.displayName,
          kind:
            s.roles.length && s.roles.every((r) => r.role === 'skoleeier')
              ? ('municipal' as const)
              : ('staff' as const),
          password_hash: null,
          totp_secret: null,
          oidc_subject: null,
          locked_until: null,
          disabled_at: null,
        })),
      )
      .onConflict((oc) => oc.expression(sql`lower(username)`).doNothing())
      .returning('id')
      .execute();
    refuseTakenUsernames(
      chunk.map(({ id, s }) => ({ id, username: s.username })),
      inserted,
    );
    for (const { id, s } of chunk) roles.push(...roleRows(id, s));
  }
  for (const { id } of plan.staff.leave) {
    rolesReplaced.push(id);
    await tx
      .updateTable('app_user')
      .set((eb) => ({ disabled_at: now, left_on: today, version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .execute();
    const sessionsEnded = await endUserSessions(tx, id, now);
    auditRows.push({
      action: 'user.disable',
      entity: 'app_user',
      entityId: id,
      details: { sessionsEnded, roster: true },
    });
  }
  for (const chunk of chunks(rolesReplaced))
    await tx.deleteFrom('role_assignment').where('user_id', 'in', chunk).where('from_roster', '=', true).execute();
  for (const chunk of chunks(roles)) await tx.insertInto('role_assignment').values(chunk).execute();

  // The pupils' own accounts (decision 205): kind `pupil`, no password (Feide signs them in), linked by
  // pupil.user_id; the role «elev» is the kind's, so no role rows.
  const newAccounts = plan.pupilAccounts.create.map((a) => ({ id: randomUUID(), a }));
  for (const chunk of chunks(newAccounts)) {
    const inserted = await tx
      .insertInto('app_user')
      .values(
        chunk.map(({ id, a }) => ({
          id,
          kommune_id,
          source_id: null,
          username: a.username,
          display_name: a.displayName,
          kind: 'pupil' as const,
          password_hash: null,
          totp_secret: null,
          oidc_subject: null,
          locked_until: null,
          disabled_at: null,
        })),
      )
      .onConflict((oc) => oc.expression(sql`lower(username)`).doNothing())
      .returning('id')
      .execute();
    refuseTakenUsernames(
      chunk.map(({ id, a }) => ({ id, username: a.username })),
      inserted,
    );
    // One statement per chunk: a city's first sync makes tens of thousands of these.
    await sql`update pupil set user_id = v.user_id, version = pupil.version + 1
      from (values ${sql.join(chunk.map(({ id, a }) => sql`(${pupilId.get(a.pupilSourceId)!}::uuid, ${id}::uuid)`))})
        as v(pupil_id, user_id)
      where pupil.id = v.pupil_id`.execute(tx);
  }
  for (const a of plan.pupilAccounts.update) {
    await tx
      .updateTable('app_user')
      .set((eb) => ({
        username: a.username,
        display_name: a.displayName,
        ...(a.enable ? { disabled_at: null, left_on: null, failed_logins: 0, locked_until: null } : {}),
        version: eb('version', '+', 1),
      }))
      .where('id', '=', a.userId)
      .execute();
    if (a.enable)
      auditRows.push({ action: 'user.enable', entity: 'app_user', entityId: a.userId, details: { roster: true } });
  }
  for (const { userId } of plan.pupilAccounts.disable) {
    await tx
      .updateTable('app_user')
      .set((eb) => ({ disabled_at: now, left_on: today, version: eb('version', '+', 1) }))
      .where('id', '=', userId)
      .execute();
    const sessionsEnded = await endUserSessions(tx, userId, now);
    auditRows.push({
      action: 'user.disable',
      entity: 'app_user',
      entityId: userId,
      details: { sessionsEnded, roster: true },
    });
  }

  await audit(tx, by, now, [
    ...auditRows,
    {
      action: 'roster.sync',
      entity: 'kommune',
      entityId: kommune_id,
      details: {
        totals: plan.totals,
        schools: plan.schools.create.length + plan.schools.update.length,
        pupilAccounts: {
          created: plan.pupilAccounts.create.length,
          changed: plan.pupilAccounts.update.length,
          disabled: plan.pupilAccounts.disable.length,
        },
      },
    },
  ]);
}

/**
 * An insert of accounts skips (ON CONFLICT DO NOTHING) each username another kommune holds: the sync is refused,
 * naming them, and the caller's transaction rolls back.
 */
function refuseTakenUsernames(wanted: { id: string; username: string }[], inserted: { id: string }[]): void {
  if (inserted.length === wanted.length) return;
  const got = new Set(inserted.map((r) => r.id));
  const taken = wanted.filter(({ id }) => !got.has(id)).map((w) => w.username);
  throw new AppError(
    'conflict',
    `Brukernavnet ${taken.map((u) => `«${u}»`).join(', ')} er allerede i bruk i en annen kommune. Ingenting er endret.`,
    { rows: taken.map((u) => ({ file: 'users.csv', line: 0, column: 'username', reason: `«${u}» er i bruk` })) },
  );
}
