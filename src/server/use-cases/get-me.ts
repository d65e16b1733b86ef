// The logged-in user as the web app sees them: name, kommune, organisation and roles with names.
import type { Db } from '../../db/create-db';
import { contextOf, type Actor } from '../actor';
import type { Language } from '../../domain/language/language';

export type Me = Awaited<ReturnType<typeof getMe>>;

export async function getMe(db: Db, actor: Actor) {
  return db.withContext(contextOf(actor), async (tx) => {
    const kommune = await tx.selectFrom('kommune').select(['id', 'name', 'malform']).executeTakeFirstOrThrow();
    const own = await tx.selectFrom('app_user').select('language').where('id', '=', actor.userId).executeTakeFirst();
    // The session decided the effective language (naervaer_session, 0041); without one, the målform.
    const language: Language = actor.language ?? kommune.malform;
    const schoolIds = actor.roles.map((r) => r.schoolId).filter((x): x is string => !!x);
    const classIds = actor.roles.map((r) => r.classId).filter((x): x is string => !!x);
    const serviceIds = actor.roles.map((r) => r.serviceUnitId).filter((x): x is string => !!x);
    const schools = schoolIds.length
      ? await tx.selectFrom('school').select(['id', 'name']).where('id', 'in', schoolIds).execute()
      : [];
    const classes = classIds.length
      ? await tx.selectFrom('class').select(['id', 'name']).where('id', 'in', classIds).execute()
      : [];
    const services = serviceIds.length
      ? await tx.selectFrom('service_unit').select(['id', 'name']).where('id', 'in', serviceIds).execute()
      : [];
    const nameOf = (rows: { id: string; name: string }[], id: string | null) => rows.find((r) => r.id === id)?.name;

    const firstSchool = schools[0];
    const firstService = services[0];
    const organisation =
      actor.kind === 'guardian' || actor.kind === 'pupil'
        ? { id: kommune.id, name: kommune.name, type: 'hjem' as const }
        : firstSchool
          ? { ...firstSchool, type: 'skole' as const }
          : firstService
            ? { ...firstService, type: 'tjeneste' as const }
            : { id: kommune.id, name: kommune.name, type: 'kommune' as const };

    return {
      id: actor.userId,
      username: actor.username,
      displayName: actor.displayName,
      kind: actor.kind,
      kommune,
      language,
      chosenLanguage: own?.language ?? null,
      organisation,
      roles: [
        ...actor.roles.map((r) => ({
          role: r.role,
          schoolId: r.schoolId ?? undefined,
          schoolName: nameOf(schools, r.schoolId),
          classId: r.classId ?? undefined,
          className: nameOf(classes, r.classId),
          subject: r.subject ?? undefined,
        })),
        ...(actor.kind === 'guardian' ? [{ role: 'foresatt' as const }] : []),
        // A pupil's own account is «elev» by its kind (decision 184).
        ...(actor.kind === 'pupil' ? [{ role: 'elev' as const }] : []),
      ],
    };
  });
}
