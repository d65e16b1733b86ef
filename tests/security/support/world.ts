// The people and objects the security tests probe with: kommune A (the actors' own) and kommune B, and
// in each a full set of objects built through the API (case, task, meeting, referral, participant,
// absence event) plus an alert. The objects come in "bundles" of ids, one per place:
//   own           A, Testskole, 9A, pupil 0 — the contact teacher's class, the guardian's child
//   sameClass     A, 9A, pupil 1 — the same class, but not the guardian's child
//   otherClass    A, Testskole, 9B — same school, a class the contact teacher does not teach
//   otherSchool   A, Andre skole, 3B — another school of the same kommune
//   otherKommune  B, its Testskole, 9A
// The pupils, classes, schools and staff of each bundle carry a marker of their own in their names
// (MARKERS), so a response that leaks another's data is easy to spot.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { Db } from '../../../src/db/create-db';
import { TENANT_TABLES } from '../../../src/db/schema';
import { syntheticNationalId } from '../../../src/domain/people/national-id';
import { hashPassword } from '../../../src/server/auth/password';
import { beforeAll } from 'vitest';
import type { Session } from '../../support/app';
import { useWorld } from '../../support/world';
import { operations, type Operation } from './openapi';
import { createKommune, PASSWORD, type TestKommune } from '../../support/factories';

export const IDS = [
  'schoolId',
  'classId',
  'pupilId',
  'caseId',
  'taskId',
  'meetingId',
  'caseFormId',
  'referralId',
  'participantId',
  'alertId',
  'eventId',
  'consentId',
  'planId',
  'guardianId',
  'staffUserId',
  'kommuneUserId',
  'moveToClassId',
  'profileName',
  'ladderName',
  'localPupilId',
  'providerId',
  'inboxItemId',
  'noticeItemId',
  'matterId',
  'extractId',
  'decisionId',
] as const;
export type IdKey = (typeof IDS)[number];
export type Bundle = Partial<Record<IdKey, string>>;
export type BundleName = 'own' | 'sameClass' | 'otherClass' | 'otherSchool' | 'otherKommune';

export type ActorName = 'kontakt' | 'fag' | 'rektor' | 'admin' | 'eier' | 'forelder' | 'helse';

/** Which bundles hold data an actor of this kind must not reach (the rest of `own`'s kommune is theirs). */
export const FOREIGN: Record<ActorName, BundleName[]> = {
  kontakt: ['otherClass', 'otherSchool', 'otherKommune'],
  fag: ['otherClass', 'otherSchool', 'otherKommune'],
  rektor: ['otherSchool', 'otherKommune'],
  admin: ['otherSchool', 'otherKommune'],
  eier: ['otherKommune'],
  forelder: ['sameClass', 'otherClass', 'otherSchool', 'otherKommune'],
  // The helsesykepleier of Testskole (issue 21 item 6): every case of kommune A in this world has a consent
  // covering the helsestasjon, so through consent its cases are hers to read; only kommune B is foreign.
  // Her schools (the undring's pupils) are probed in tests/integration/health-partner.test.ts.
  helse: ['otherKommune'],
};

/** Text in each bundle's names; an answer must never hold the marker of a bundle foreign to the actor. */
export const MARKERS: Record<BundleName, string> = {
  own: 'Elev0',
  sameClass: 'Elev1',
  otherClass: 'SkjultKlasse',
  otherSchool: 'SkjultSkole',
  otherKommune: 'secb',
};

export type World = {
  a: TestKommune;
  b: TestKommune;
  bundles: Record<BundleName, Bundle>;
  sessions: Record<ActorName, Session>;
  /** Logs in again (a fresh session), e.g. after a test has logged one out. */
  session(actor: ActorName): Promise<Session>;
};

let address = 0;
/** Logs in from an address of its own each time, so the per-address login limit never bites the tests. */
export async function loginAs(app: FastifyInstance, username: string): Promise<Session> {
  address++;
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password: PASSWORD },
    remoteAddress: `10.9.${address >> 8}.${address & 255}`,
  });
  const cookie = res.cookies.find((c) => c.name === 'naervaer_sid');
  if (res.statusCode !== 200 || !cookie) throw new Error(`Oppsett: innlogging for ${username} feilet: ${res.body}`);
  return { cookie: `naervaer_sid=${cookie.value}`, csrf: (res.json() as { csrfToken: string }).csrfToken };
}

type Req = { method: string; url: string; payload?: unknown };

export async function send(
  app: FastifyInstance,
  s: Session | undefined,
  req: Req & { headers?: Record<string, string> },
) {
  const headers: Record<string, string> = {
    ...(s ? { cookie: s.cookie } : {}),
    ...(s && req.method !== 'GET' ? { 'x-csrf-token': s.csrf } : {}),
    ...req.headers,
  };
  return app.inject({
    method: req.method as 'GET',
    url: req.url,
    headers,
    ...(req.payload !== undefined ? { payload: req.payload as string } : {}),
  });
}

async function ok<T>(app: FastifyInstance, s: Session, req: Req): Promise<T> {
  const res = await send(app, s, req);
  if (res.statusCode >= 300) throw new Error(`Oppsett: ${req.method} ${req.url} svarte ${res.statusCode}: ${res.body}`);
  return res.json() as T;
}

/** A case with a task, a planned meeting, a referral and a participant, and an absence event, made by `s`. */
async function objectsFor(app: FastifyInstance, s: Session, pupilId: string, guardianId: string, reason: string) {
  const { event } = await ok<{ event: { id: string } }>(app, s, {
    method: 'POST',
    url: '/api/absence-events',
    payload: { pupilId, date: '2026-11-23', kind: 'day', documented: false },
  });
  const { id: caseId } = await ok<{ id: string }>(app, s, {
    method: 'POST',
    url: '/api/cases',
    payload: { pupilId, from: 'undring', reason },
  });
  const { id: taskId } = await ok<{ id: string }>(app, s, {
    method: 'POST',
    url: `/api/cases/${caseId}/tasks`,
    payload: { text: `Oppgave: ${reason}` },
  });
  const { meeting } = await ok<{ meeting: { id: string } }>(app, s, {
    method: 'POST',
    url: `/api/cases/${caseId}/meetings`,
    payload: {
      kind: 'samarbeidsmote',
      scheduledOn: '2026-11-30',
      participants: ['Kontaktlærer'],
      agenda: `Agenda: ${reason}`,
    },
  });
  const { referral } = await ok<{ referral: { id: string } }>(app, s, {
    method: 'POST',
    url: `/api/cases/${caseId}/referrals`,
    payload: { service: 'ppt', status: 'under-arbeid', note: `Henvisning: ${reason}` },
  });
  const { participant } = await ok<{ participant: { id: string } }>(app, s, {
    method: 'POST',
    url: `/api/cases/${caseId}/participants`,
    payload: { name: `Mor ${reason}`, role: 'foresatte' },
  });
  const { id: consentId } = await ok<{ id: string }>(app, s, {
    method: 'POST',
    url: `/api/cases/${caseId}/consents`,
    payload: {
      decision: 'granted',
      services: ['helsestasjon'],
      guardianIds: [guardianId],
      pupilConsented: false,
      informationGiven: `Informert: ${reason}`,
      scope: 'Fravær',
      stafettlogg: false,
      consentDate: '2026-11-24',
      collectedAtService: 'Skolen',
    },
  });
  await ok(app, s, {
    method: 'POST',
    url: `/api/cases/${caseId}/consents/${consentId}/scan`,
    payload: {
      fileName: 'samtykke.pdf',
      mime: 'application/pdf',
      dataBase64: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64'),
    },
  });
  const { plan } = await ok<{ plan: { id: string } }>(app, s, {
    method: 'POST',
    url: `/api/cases/${caseId}/plans`,
    payload: {
      kind: 'samarbeidsavtale',
      content: {
        kind: 'samarbeidsavtale',
        date: '2026-11-24',
        status: `Status: ${reason}`,
        mainGoal: '',
        rows: [],
        planB: '',
        evaluationOn: null,
        signatures: [],
      },
    },
  });
  const { form } = await ok<{ form: { id: string } }>(app, s, {
    method: 'POST',
    url: `/api/cases/${caseId}/forms`,
    payload: { formId: 'arsakskartlegging', meetingId: meeting.id, answers: { tiltak: `Tiltak: ${reason}` } },
  });
  // A school environment matter (decision 187), started by hand as everyone at the school may.
  const { id: matterId } = await ok<{ id: string }>(app, s, {
    method: 'POST',
    url: `/api/pupils/${pupilId}/school-environment`,
    payload: { knownOn: '2026-11-20', report: `Skolemiljø: ${reason}`, adultInvolved: false },
  });
  // A decision in the case (decisions 213–217): a leave drafted with its facts and what is decided, so the
  // forhåndsvarsel may be sent.
  const { decision } = await ok<{ decision: { id: string } }>(app, s, {
    method: 'POST',
    url: `/api/cases/${caseId}/decisions`,
    payload: { kind: 'permisjon' },
  });
  await ok(app, s, {
    method: 'PUT',
    url: `/api/cases/${caseId}/decisions/${decision.id}`,
    payload: { version: 1, facts: `Søknad om permisjon: ${reason}`, decision: 'Permisjon innvilges.' },
  });
  return {
    matterId,
    decisionId: decision.id,
    eventId: event.id,
    caseId,
    taskId,
    meetingId: meeting.id,
    caseFormId: form.id,
    referralId: referral.id,
    participantId: participant.id,
    consentId,
    planId: plan.id,
  };
}

async function insertAlert(
  db: Db,
  kommuneId: string,
  pupilId: string,
  classId: string,
  schoolId: string,
): Promise<string> {
  const id = randomUUID();
  await db.withContext({ kommuneId }, (tx) =>
    tx
      .insertInto('alert')
      .values({
        id,
        kommune_id: kommuneId,
        pupil_id: pupilId,
        class_id: classId,
        school_id: schoolId,
        profile: 'saltdal',
        rule_id: 'test',
        started_on: '2026-11-02',
        ended_on: null,
        status: 'new',
        explanation: JSON.stringify({
          title: 'Mye fravær',
          severity: 'medium',
          explanation: 'Fire dager fravær',
          action: 'Ring hjem',
          source: 'test',
          evidence: [],
        }),
        dismiss_reason: null,
        created_at: new Date(),
        updated_at: new Date(),
      })
      .execute(),
  );
  return id;
}

export async function buildWorld(app: FastifyInstance, db: Db, tagA = 'seca', tagB = 'secb'): Promise<World> {
  // Demo users log in with the password alone in demo mode; the second factor has tests of its own.
  const a = await createKommune(db, tagA, { demoUsers: true });
  const b = await createKommune(db, tagB, { demoUsers: true });
  // A second class at A's school, with its own contact teacher and pupil, and a contact teacher for A's other school.
  const class9b = randomUUID();
  const pupil9b = randomUUID();
  const guardian9b = randomUUID();
  const guardian3b = randomUUID();
  const kontakt9b = { id: randomUUID(), username: `kontakt9b.${tagA}` };
  const kontakt3b = { id: randomUUID(), username: `kontakt3b.${tagA}` };
  // The helsesykepleier actor: an account of her own, serving Testskole (decision 196), so the factory's
  // helsesykepleier stays a reference the sweeps may reset, disable or make wait for its second factor.
  const helse = { id: randomUUID(), username: `helse.aktor.${tagA}` };
  const passwordHash = await hashPassword(PASSWORD, 'cheap');
  await db.withContext({ kommuneId: a.id }, async (tx) => {
    await tx
      .insertInto('class')
      .values({
        id: class9b,
        kommune_id: a.id,
        school_id: a.schoolId,
        name: '9B SkjultKlasse',
        trinn: 9,
        school_year: 2026,
      })
      .execute();
    await tx
      .insertInto('pupil')
      .values({
        id: pupil9b,
        kommune_id: a.id,
        first_name: 'SkjultKlasse',
        last_name: 'Niendebe',
        birth_date: '2012-04-14',
        national_id: syntheticNationalId('2012-04-14', 9),
        local_id: `${tagA}-9b`,
        protected_address: 'none',
      })
      .execute();
    await tx
      .insertInto('class_membership')
      .values({
        id: randomUUID(),
        kommune_id: a.id,
        pupil_id: pupil9b,
        class_id: class9b,
        valid_from: '2026-08-17',
        valid_to: null,
      })
      .execute();
    await tx
      .insertInto('timetable_lesson')
      .values(
        [1, 2, 3, 4, 5].flatMap((weekday) =>
          [1, 2, 3, 4].map((period) => ({
            id: randomUUID(),
            kommune_id: a.id,
            class_id: class9b,
            weekday,
            period,
            subject: 'Norsk',
            teacher_id: null,
          })),
        ),
      )
      .execute();
    await tx
      .insertInto('app_user')
      .values(
        [kontakt9b, kontakt3b].map((u) => ({
          id: u.id,
          kommune_id: a.id,
          username: u.username,
          display_name: `${u === kontakt9b ? 'SkjultKlasse' : 'SkjultSkole'} ${u.username}`,
          kind: 'staff' as const,
          password_hash: passwordHash,
          totp_secret: null,
          oidc_subject: null,
          is_demo: true,
        })),
      )
      .execute();
    await tx
      .insertInto('app_user')
      .values({
        id: helse.id,
        kommune_id: a.id,
        username: helse.username,
        display_name: `Helsesykepleier ${helse.username}`,
        kind: 'service',
        password_hash: passwordHash,
        totp_secret: null,
        oidc_subject: null,
        is_demo: true,
      })
      .execute();
    const unit = await tx
      .selectFrom('service_unit')
      .select('id')
      .where('kind', '=', 'helsestasjon')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('role_assignment')
      .values({
        id: randomUUID(),
        kommune_id: a.id,
        user_id: helse.id,
        role: 'helsesykepleier',
        school_id: a.schoolId,
        class_id: null,
        service_unit_id: unit.id,
        subject: null,
      })
      .execute();
    await tx
      .insertInto('role_assignment')
      .values([
        {
          id: randomUUID(),
          kommune_id: a.id,
          user_id: kontakt9b.id,
          role: 'kontaktlaerer',
          school_id: a.schoolId,
          class_id: class9b,
          service_unit_id: null,
          subject: null,
        },
        {
          id: randomUUID(),
          kommune_id: a.id,
          user_id: kontakt3b.id,
          role: 'kontaktlaerer',
          school_id: a.otherSchoolId,
          class_id: a.otherClassId,
          service_unit_id: null,
          subject: null,
        },
      ])
      .execute();
    for (const [pupilId, guardianId, marker] of [
      [pupil9b, guardian9b, 'SkjultKlasse'],
      [a.otherPupilId, guardian3b, 'SkjultSkole'],
    ] as const) {
      await tx
        .insertInto('guardian')
        .values({
          id: guardianId,
          kommune_id: a.id,
          first_name: 'Foresatt',
          last_name: marker,
          phone: null,
          email: null,
          user_id: null,
        })
        .execute();
      await tx
        .insertInto('guardian_pupil')
        .values({ kommune_id: a.id, guardian_id: guardianId, pupil_id: pupilId })
        .execute();
    }
    // Names outside the actors' reach carry the marker.
    await tx.updateTable('pupil').set({ first_name: 'SkjultSkole' }).where('id', '=', a.otherPupilId).execute();
    await tx.updateTable('school').set({ name: 'SkjultSkole' }).where('id', '=', a.otherSchoolId).execute();
    await tx.updateTable('class').set({ name: '3B SkjultSkole' }).where('id', '=', a.otherClassId).execute();
  });

  const as = (username: string) => loginAs(app, username);
  const own = await objectsFor(app, await as(a.users.kontakt!.username), a.pupilIds[0]!, a.guardianId, 'egen sak');
  const otherClass = await objectsFor(app, await as(kontakt9b.username), pupil9b, guardian9b, 'SkjultKlasse');
  const otherSchool = await objectsFor(app, await as(kontakt3b.username), a.otherPupilId, guardian3b, 'SkjultSkole');
  const otherKommune = await objectsFor(app, await as(b.users.kontakt!.username), b.pupilIds[0]!, b.guardianId, 'secb');

  // Each kommune's identity provider (createKommune makes one): kommune-wide, so only another kommune's is foreign.
  const providerOf = async (kommuneId: string) =>
    (
      await db.owner
        .selectFrom('oidc_provider')
        .select('id')
        .where('kommune_id', '=', kommuneId)
        .orderBy('slug')
        .executeTakeFirstOrThrow()
    ).id;

  // Inbox items are their owner's alone (decision 124): the contact teacher's and the leader's of each kommune.
  const inboxItemOf = async (userId: string, kind: 'stafettholder' | 'notice') =>
    (
      await db.owner
        .selectFrom('inbox_item')
        .select('id')
        .where('user_id', '=', userId)
        .where('kind', '=', kind)
        .executeTakeFirstOrThrow()
    ).id;

  // The factory's archive extract of each kommune's closed case (migration 0053, decision 223).
  const extractOf = async (kommuneId: string) =>
    (
      await db.owner
        .selectFrom('archive_extract')
        .select('id')
        .where('kommune_id', '=', kommuneId)
        .executeTakeFirstOrThrow()
    ).id;

  const bundles: Record<BundleName, Bundle> = {
    own: {
      ...own,
      schoolId: a.schoolId,
      classId: a.classId,
      pupilId: a.pupilIds[0],
      alertId: await insertAlert(db, a.id, a.pupilIds[0]!, a.classId, a.schoolId),
      guardianId: a.guardianId,
      staffUserId: a.users.fag!.id,
      kommuneUserId: a.users.helse!.id,
      moveToClassId: class9b,
      profileName: `egen-${tagA}`,
      ladderName: `egen-${tagA}`,
      localPupilId: `${tagA}-1`,
      providerId: await providerOf(a.id),
      inboxItemId: await inboxItemOf(a.users.kontakt!.id, 'stafettholder'),
      noticeItemId: await inboxItemOf(a.users.rektor!.id, 'notice'),
      extractId: await extractOf(a.id),
    },
    sameClass: { pupilId: a.pupilIds[1] },
    // Same school as `own`: its school and staff are the actor's too, so only the class's objects are foreign.
    otherClass: {
      ...otherClass,
      classId: class9b,
      pupilId: pupil9b,
      alertId: await insertAlert(db, a.id, pupil9b, class9b, a.schoolId),
      localPupilId: `${tagA}-9b`,
    },
    // Moving a pupil to another school of the kommune is allowed (decision 040), so no moveToClassId here.
    otherSchool: {
      ...otherSchool,
      schoolId: a.otherSchoolId,
      classId: a.otherClassId,
      pupilId: a.otherPupilId,
      alertId: await insertAlert(db, a.id, a.otherPupilId, a.otherClassId, a.otherSchoolId),
      staffUserId: kontakt3b.id,
      localPupilId: `${tagA}-4`,
      // Another user's items in the same kommune: no one reads or marks another's inbox.
      inboxItemId: await inboxItemOf(a.users.rektor!.id, 'notice'),
      noticeItemId: await inboxItemOf(a.users.kontakt!.id, 'stafettholder'),
    },
    otherKommune: {
      ...otherKommune,
      schoolId: b.schoolId,
      classId: b.classId,
      pupilId: b.pupilIds[0],
      alertId: await insertAlert(db, b.id, b.pupilIds[0]!, b.classId, b.schoolId),
      guardianId: b.guardianId,
      staffUserId: b.users.fag!.id,
      kommuneUserId: b.users.helse!.id,
      moveToClassId: b.classId,
      profileName: `egen-${tagB}`,
      ladderName: `egen-${tagB}`,
      localPupilId: `${tagB}-1`,
      providerId: await providerOf(b.id),
      extractId: await extractOf(b.id),
      inboxItemId: await inboxItemOf(b.users.kontakt!.id, 'stafettholder'),
      noticeItemId: await inboxItemOf(b.users.rektor!.id, 'notice'),
    },
  };
  const session = (actor: ActorName) => as(actor === 'helse' ? helse.username : a.users[actor]!.username);
  const sessions = Object.fromEntries(
    await Promise.all((Object.keys(FOREIGN) as ActorName[]).map(async (n) => [n, await session(n)])),
  ) as Record<ActorName, Session>;
  return { a, b, bundles, sessions, session };
}

/**
 * Everything of kommune B, and every row in A that mentions an object of A outside the actors' reach —
 * as text, to compare before and after. Audit rows and sessions are left out: a refused request may
 * well write its refusal to the audit log.
 */
export async function foreignSnapshot(db: Db, world: World): Promise<Record<string, string[]>> {
  const skip = new Set(['audit_log', 'audit_anchor', 'user_session']);
  const foreignIds = (['otherClass', 'otherSchool', 'sameClass'] as const).flatMap((n) =>
    Object.entries(world.bundles[n])
      .filter(([k]) => !['profileName', 'ladderName', 'localPupilId'].includes(k))
      .map(([, v]) => v!),
  );
  const out: Record<string, string[]> = {};
  const tables = await sql<{
    table_name: string;
  }>`select table_name from information_schema.columns where table_schema = 'public' and column_name = 'kommune_id'`.execute(
    db.owner,
  );
  for (const table of new Set([
    ...TENANT_TABLES.filter((t) => t !== 'kommune'),
    ...tables.rows.map((r) => r.table_name),
  ])) {
    if (skip.has(table)) continue;
    const rows = await sql<{ j: string }>`select to_jsonb(t)::text as j from ${sql.table(table)} t
      where kommune_id = ${world.b.id} or (kommune_id = ${world.a.id} and to_jsonb(t)::text ~ ${foreignIds.join('|')})`.execute(
      db.owner,
    );
    out[table] = rows.rows.map((r) => r.j).sort();
  }
  return out;
}

/**
 * The test world of the security sweeps: a fresh database and app (useWorld), then the two kommuner with
 * their bundles and logged-in actors, and the operations of the OpenAPI document. Inside describeDb().
 */
export function useSecurityWorld() {
  const w = useWorld();
  let world: World | undefined;
  let ops: Operation[] | undefined;
  beforeAll(async () => {
    world = await buildWorld(w.app, w.db);
    ops = await operations(w.app);
  });
  const need = <T>(v: T | undefined): T => {
    if (v === undefined)
      throw new Error('Sikkerhetsverdenen er ikke bygd ennå: bruk den i en test eller en senere hook');
    return v;
  };
  return {
    get db() {
      return w.db;
    },
    get app() {
      return w.app;
    },
    get world() {
      return need(world);
    },
    get ops() {
      return need(ops);
    },
  };
}
