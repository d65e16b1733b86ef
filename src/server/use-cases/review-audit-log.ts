// Tilgangslogg: the school leadership reviews who has read or changed data about the pupils of their own
// school(s) — allowed and refused — newest first, a page at a time. Reading the review is audited too.
import type { Db } from '../../db/create-db';
import type { AuditKind } from '../../db/schema';
import { osloDate } from '../clock';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { AppError } from '../errors';

export const REVIEW_PAGE_SIZE = 50;
const LEADERSHIP = new Set(['skoleledelse', 'administrator']);

export type AuditReviewFilter = {
  pupilId?: string | undefined;
  userId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  kind?: AuditKind | undefined;
  outcome?: 'allowed' | 'denied' | undefined;
  page?: number | undefined;
};

/** The instant an Oslo calendar day starts (CET or CEST). */
export function osloDayStart(date: string): Date {
  for (const offset of ['+01:00', '+02:00']) {
    const t = new Date(`${date}T00:00:00${offset}`);
    if (osloDate(t) === date && osloDate(new Date(t.getTime() - 1)) !== date) return t;
  }
  return new Date(`${date}T00:00:00Z`);
}

function nextDay(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export async function reviewAuditLog(db: Db, actor: Actor, filter: AuditReviewFilter, now: Date) {
  const schoolIds = [
    ...new Set(actor.roles.filter((r) => LEADERSHIP.has(r.role) && r.schoolId).map((r) => r.schoolId!)),
  ];
  if (filter.from && filter.to && filter.to < filter.from)
    throw new AppError('validation', 'Til-datoen kommer før fra-datoen.', {
      fields: [{ field: 'to', message: 'Til-datoen kommer før fra-datoen.' }],
    });
  const page = Math.max(1, filter.page ?? 1);
  return db.withContext(contextOf(actor), async (tx) => {
    // The pupils of the actor's schools today (the current class); a pupil who has moved on is reviewed by the new school.
    const pupils = schoolIds.length
      ? await tx
          .selectFrom('class_membership as m')
          .innerJoin('class as c', 'c.id', 'm.class_id')
          .innerJoin('pupil as p', 'p.id', 'm.pupil_id')
          .select(['p.id', 'p.first_name', 'p.last_name', 'c.name as class_name'])
          .where('m.valid_to', 'is', null)
          .where('c.school_id', 'in', schoolIds)
          .orderBy('p.last_name')
          .orderBy('p.first_name')
          .execute()
      : [];
    const pupilIds = pupils.map((p) => p.id);
    if (filter.pupilId && !pupilIds.includes(filter.pupilId))
      throw new AppError('not_found', 'Fant ikke eleven ved din skole.');
    const scope = filter.pupilId ? [filter.pupilId] : pupilIds;
    let query = tx
      .selectFrom('audit_log as a')
      .where('a.pupil_id', 'in', scope.length ? scope : ['00000000-0000-0000-0000-000000000000']);
    if (filter.userId) query = query.where('a.user_id', '=', filter.userId);
    if (filter.from) query = query.where('a.at', '>=', osloDayStart(filter.from));
    if (filter.to) query = query.where('a.at', '<', osloDayStart(nextDay(filter.to)));
    if (filter.kind) query = query.where('a.kind', '=', filter.kind);
    if (filter.outcome) query = query.where('a.outcome', '=', filter.outcome);
    const total = Number((await query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const rows = await query
      .leftJoin('app_user as u', 'u.id', 'a.user_id')
      .select([
        'a.id',
        'a.at',
        'a.user_id',
        'u.display_name',
        'a.role',
        'a.action',
        'a.kind',
        'a.outcome',
        'a.pupil_id',
        'a.entity',
        'a.entity_id',
        'a.case_id',
        'a.organisation',
        'a.client_ip',
      ])
      .orderBy('a.id', 'desc')
      .limit(REVIEW_PAGE_SIZE)
      .offset((page - 1) * REVIEW_PAGE_SIZE)
      .execute();
    const users = pupilIds.length
      ? await tx
          .selectFrom('audit_log as a')
          .innerJoin('app_user as u', 'u.id', 'a.user_id')
          .select(['u.id', 'u.display_name'])
          .distinct()
          .where('a.pupil_id', 'in', pupilIds)
          .orderBy('u.display_name')
          .execute()
      : [];
    await writeAudit(tx, actor, now, [
      {
        action: 'audit.review',
        pupilId: filter.pupilId ?? null,
        entity: 'audit_log',
        details: { schoolIds, filter: { ...filter, page } },
      },
    ]);
    const pupilName = new Map(pupils.map((p) => [p.id, `${p.first_name} ${p.last_name}`]));
    return {
      page,
      pageSize: REVIEW_PAGE_SIZE,
      total,
      entries: rows.map((r) => ({
        id: String(r.id),
        at: new Date(r.at).toISOString(),
        userId: r.user_id,
        userName: r.display_name ?? 'Ukjent',
        role: r.role ?? '',
        action: r.action,
        kind: r.kind,
        outcome: r.outcome,
        pupilId: r.pupil_id,
        pupilName: r.pupil_id ? (pupilName.get(r.pupil_id) ?? null) : null,
        entity: r.entity,
        entityId: r.entity_id,
        caseId: r.case_id,
        organisation: r.organisation,
        clientIp: r.client_ip,
      })),
      options: {
        pupils: pupils.map((p) => ({ id: p.id, name: `${p.last_name}, ${p.first_name}`, className: p.class_name })),
        users: users.map((u) => ({ id: u.id, name: u.display_name })),
      },
    };
  });
}
