// Writes the generated demo into the database, one kommune per transaction under its own context, so
// the seeding goes through the same row-level security as the application.
import { sql, type Kysely } from 'kysely';
import { hashPassword } from '../auth/password';
import type { Db } from '../../db/create-db';
import type { Database } from '../../db/schema';
import { defaultSkolerute } from '../../domain/school-year/skolerute';
import { randomUUID } from 'node:crypto';
import { alertEpisodes } from '../../domain/absence/alert-episodes';
import { transition, type CaseAction, type CaseState } from '../../domain/ladder/case-machine';
import { checklistForLevel } from '../../domain/ladder/tasks';
import type { Tiltaksplan } from '../../domain/plans';
import { ladderById, DEFAULT_LADDER_ID } from '../ladder/load-ladders';
import { profileById } from '../absence/profiles';
import type { Content } from '../content/load-content';
import { demoCalendar, generateAbsenceHistory, type DemoEvent } from './absence-history';
import { DEMO_PASSWORD, generateDemo, type DemoKommune } from './generate';
import { insertLastYear } from './last-year';
import { syntheticNationalId } from '../../domain/people/national-id';
import { nationalIdHash } from '../../server/auth/national-id-hash';
import { DEMO_ID_HASH_KEY } from '../../server/config';

/**
 * The demo guardians' synthetic national ids (one birth date each, 2000–2009), stored only as their keyed
 * hash: what ID-porten's pid is matched to (decision 084). Guardian number `index` of a kommune.
 */
export function demoGuardianNationalId(index: number): string {
  const birth = new Date(Date.UTC(2000, 0, 1) + (index % 3650) * 86_400_000).toISOString().slice(0, 10);
  return syntheticNationalId(birth, index * 7);
}

export type SeedResult = { created: boolean; kommuner: { name: string; pupils: number; logins: number }[] };

export async function demoExists(db: Db): Promise<boolean> {
  // Without a kommune context, the login lookup is the one way to see a user row: look for a demo login.
  return db.withContext(
    { loginUsername: 'kontaktlaerer' },
    async (tx) => (await tx.selectFrom('app_user').select('id').execute()).length > 0,
  );
}

/** Creates the demo kommuner for the school year containing `today`, unless they exist. */
export async function seedDemo(
  db: Db,
  content: Content,
  today: string,
  idHashKey: string = DEMO_ID_HASH_KEY,
): Promise<SeedResult> {
  if (await demoExists(db)) return { created: false, kommuner: [] };
  const passwordHash = await hashPassword(DEMO_PASSWORD, 'cheap');
  const result: SeedResult = { created: true, kommuner: [] };
  for (const k of generateDemo(today)) {
    await db.withContext({ kommuneId: k.id }, async (tx) => {
      await insertKommune(tx, k, passwordHash, idHashKey);
      await insertHistory(tx, content, k, today);
      await insertLastYear(tx, k);
    });
    result.kommuner.push({ name: k.name, pupils: k.pupils.length, logins: k.users.filter((u) => u.login).length });
  }
  // Fresh statistics for the planner: right after the bulk insert it still believes the tables empty and
  // picks nested loops over every pupil (the alert list read 600 pupils for one class's 21 alerts).
  await sql`analyze`.execute(db.owner);
  return result;
}

async function insertKommune(
  tx: Kysely<Database>,
  k: DemoKommune,
  passwordHash: string,
  idHashKey: string,
): Promise<void> {
  const kommune_id = k.id;
  const startOfYear = `${k.classes[0]!.schoolYear}-08-15`;
  await tx
    .insertInto('kommune')
    .values({ id: k.id, kommunenummer: k.kommunenummer, name: k.name, malform: k.malform })
    .execute();
  await tx
    .insertInto('school')
    .values(
      k.schools.map((s) => ({
        id: s.id,
        kommune_id,
        name: s.name,
        organisasjonsnummer: null,
        first_trinn: s.firstTrinn,
        last_trinn: s.lastTrinn,
        rule_profile: s.profile,
      })),
    )
    .execute();
  const rute = defaultSkolerute(k.classes[0]!.schoolYear);
  await tx
    .insertInto('school_calendar')
    .values(
      k.schools.map((s) => ({
        id: s.calendarId,
        kommune_id,
        school_id: s.id,
        school_year: k.classes[0]!.schoolYear,
        first_day: rute.firstDay,
        last_day: rute.lastDay,
        spring_starts: rute.springStarts,
        closed: JSON.stringify(rute.closed),
      })),
    )
    .execute();
  await tx
    .insertInto('service_unit')
    .values(k.services.map((s) => ({ id: s.id, kommune_id, name: s.name, kind: s.kind })))
    .execute();
  await tx
    .insertInto('class')
    .values(
      k.classes.map((c) => ({
        id: c.id,
        kommune_id,
        school_id: c.schoolId,
        name: c.name,
        trinn: c.trinn,
        school_year: c.schoolYear,
      })),
    )
    .execute();
  for (const chunk of chunks(k.pupils, 200)) {
    await tx
      .insertInto('pupil')
      .values(
        chunk.map((p) => ({
          id: p.id,
          kommune_id,
          first_name: p.firstName,
          last_name: p.lastName,
          birth_date: p.birthDate,
          national_id: p.nationalId,
          local_id: p.localId,
          protected_address: p.protectedAddress,
        })),
      )
      .execute();
    await tx
      .insertInto('class_membership')
      .values(
        chunk.map((p) => ({
          id: p.membershipId,
          kommune_id,
          pupil_id: p.id,
          class_id: p.classId,
          valid_from: startOfYear,
          valid_to: null,
        })),
      )
      .execute();
  }
  await tx
    .insertInto('app_user')
    .values(
      k.users.map((u) => ({
        id: u.id,
        kommune_id,
        username: u.username,
        display_name: u.displayName,
        kind: u.kind,
        password_hash: u.login ? passwordHash : null,
        // Staff get a made-up work address (the reserved .example domain) so the e-mail notices can be tried
        // with a local SMTP server (issue 18); guardians and pupils get none.
        email:
          u.login && u.kind !== 'guardian' && u.kind !== 'pupil'
            ? `${u.username}@${k.kommunenummer}.kommune.example`
            : null,
        totp_secret: null,
        oidc_subject: null,
        is_demo: true,
      })),
    )
    .execute();
  // A pupil's own account (decision 184), linked from the pupil it is.
  for (const p of k.pupils.filter((x) => x.userId))
    await tx.updateTable('pupil').set({ user_id: p.userId! }).where('id', '=', p.id).execute();
  // The kommune's own rule profiles, as its school owner would have saved them.
  const eier = k.roles.find((x) => x.role === 'skoleeier')!.userId;
  for (const p of k.ruleProfiles) {
    await tx
      .insertInto('kommune_rule_profile')
      .values({
        id: randomUUID(),
        kommune_id,
        profile_id: p.id,
        definition: JSON.stringify(p),
        updated_by: eier,
        updated_at: new Date(`${startOfYear}T08:00:00+02:00`),
      })
      .execute();
  }
  await tx
    .insertInto('role_assignment')
    .values(
      k.roles.map((x) => ({
        id: x.id,
        kommune_id,
        user_id: x.userId,
        role: x.role,
        school_id: x.schoolId ?? null,
        class_id: x.classId ?? null,
        service_unit_id: x.serviceUnitId ?? null,
        subject: x.subject ?? null,
      })),
    )
    .execute();
  const guardianIndex = new Map(k.guardians.map((g, i) => [g.id, i]));
  for (const chunk of chunks(k.guardians, 300)) {
    await tx
      .insertInto('guardian')
      .values(
        chunk.map((g) => ({
          national_id_hash: nationalIdHash(demoGuardianNationalId(guardianIndex.get(g.id)!), idHashKey),
          id: g.id,
          kommune_id,
          first_name: g.firstName,
          last_name: g.lastName,
          phone: g.phone,
          email: null,
          user_id: g.userId,
        })),
      )
      .execute();
    await tx
      .insertInto('guardian_pupil')
      .values(chunk.flatMap((g) => g.pupilIds.map((pupil_id) => ({ kommune_id, guardian_id: g.id, pupil_id }))))
      .execute();
  }
  for (const chunk of chunks(k.lessons, 500)) {
    await tx
      .insertInto('timetable_lesson')
      .values(
        chunk.map((l) => ({
          id: l.id,
          kommune_id,
          class_id: l.classId,
          weekday: l.weekday,
          period: l.period,
          subject: l.subject,
          teacher_id: l.teacherId,
        })),
      )
      .execute();
  }
}

/** The school year so far: events with their history, and the alerts they give under each school's profile. */
async function insertHistory(tx: Kysely<Database>, content: Content, k: DemoKommune, today: string): Promise<void> {
  const kommune_id = k.id;
  const events = generateAbsenceHistory(k, today);
  const teacherOf = new Map(k.roles.filter((x) => x.role === 'kontaktlaerer').map((x) => [x.classId!, x.userId]));
  // Registered in the afternoon of the day by the class's contact teacher; a guardian's report (source
  // «foresatt») is their message, which the teacher entered.
  const rows = events.map((e) => ({
    id: randomUUID(),
    kommune_id,
    pupil_id: e.studentId,
    class_id: e.classId,
    date: e.date,
    kind: e.kind,
    subject: e.subject ?? null,
    period: e.kind === 'day' ? null : (e.period ?? null),
    minutes: e.kind === 'late' ? (e.minutes ?? null) : null,
    documented: e.documented,
    reason: e.reason ?? null,
    source: e.source ?? ('laerer' as const),
    note: null,
    registered_by: teacherOf.get(e.classId)!,
    registered_at: new Date(`${e.date}T14:00:00+01:00`),
  }));
  for (const chunk of chunks(rows, 500)) {
    await tx.insertInto('absence_event').values(chunk).execute();
    await tx
      .insertInto('absence_event_history')
      .values(
        chunk.map((e) => ({
          kommune_id,
          event_id: e.id,
          version: 1,
          change: 'created' as const,
          changed_by: e.registered_by,
          changed_at: e.registered_at,
          snapshot: JSON.stringify({ ...e, version: 1, deleted_at: null }),
        })),
      )
      .execute();
  }
  const byPupil = new Map<string, DemoEvent[]>();
  for (const e of events) byPupil.set(e.studentId, [...(byPupil.get(e.studentId) ?? []), e]);
  const alerts = [];
  const contacts = [];
  // A school follows a shipped profile or one of the kommune's own.
  const kommuneProfiles = new Map(k.ruleProfiles.map((p) => [p.id, p]));
  const profileOf = (id: string) => kommuneProfiles.get(id) ?? profileById(content, id);
  for (const pupil of k.pupils) {
    const own = byPupil.get(pupil.id);
    if (!own) continue;
    const cls = k.classes.find((c) => c.id === pupil.classId)!;
    const school = k.schools.find((s) => s.id === cls.schoolId)!;
    for (const ep of alertEpisodes(
      profileOf(school.profile),
      demoCalendar(cls.schoolYear, cls.trinn),
      own,
      [],
      today,
    )) {
      const id = randomUUID();
      const { ruleId, startedOn, endedOn, ...explanation } = ep;
      // Episodes that are over were followed up: handled with a phone call home logged.
      alerts.push({
        id,
        kommune_id,
        pupil_id: pupil.id,
        class_id: cls.id,
        school_id: school.id,
        profile: school.profile,
        rule_id: ruleId,
        started_on: startedOn,
        ended_on: endedOn,
        status: endedOn ? ('handled' as const) : ('new' as const),
        explanation: JSON.stringify(explanation),
        dismiss_reason: null,
        created_at: new Date(`${startedOn}T15:00:00+01:00`),
        updated_at: new Date(`${endedOn ?? startedOn}T15:00:00+01:00`),
      });
      if (endedOn)
        contacts.push({
          id: randomUUID(),
          kommune_id,
          pupil_id: pupil.id,
          alert_id: id,
          contacted_at: new Date(`${startedOn}T15:30:00+01:00`),
          with_whom: ['foresatt'],
          channel: 'telefon' as const,
          summary: `Ringte foresatte om fraværet (${ep.title}).`,
          agreed: 'Følger med de neste ukene.',
          recorded_by: teacherOf.get(cls.id)!,
          recorded_at: new Date(`${startedOn}T15:45:00+01:00`),
        });
    }
  }
  for (const chunk of chunks(alerts, 500)) await tx.insertInto('alert').values(chunk).execute();
  for (const chunk of chunks(contacts, 500)) await tx.insertInto('contact_log').values(chunk).execute();
  await insertScenarioCases(tx, content, k, today);
}

/** Cases for two scenario pupils, so the board has something to show: Amir at level 0, Emil at level 1. */
async function insertScenarioCases(
  tx: Kysely<Database>,
  content: Content,
  k: DemoKommune,
  today: string,
): Promise<void> {
  const ladder = ladderById(content, DEFAULT_LADDER_ID);
  const day = (offset: number) =>
    new Date(Date.parse(`${today}T12:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
  const stories: { name: string; actions: CaseAction[] }[] = [
    {
      name: 'Amir Haugen',
      actions: [
        {
          type: 'open',
          on: day(-30),
          reason: 'Mye fravær etter lang sykdom i september; virker engstelig for å komme tilbake.',
        },
        {
          type: 'start-measures',
          on: day(-20),
          heard: {
            pupilViews: {
              obtained: true,
              how: 'samtale',
              views: 'Amir vil helst starte med halve dager og ha én fast voksen å gå til om morgenen.',
            },
            bestInterest: 'Trygg, gradvis tilbakekomst veier tyngst; korte dager i to uker før full timeplan.',
          },
        },
      ],
    },
    {
      name: 'Emil Bakken',
      actions: [
        { type: 'open', on: day(-25), reason: 'Har sluttet å komme; sier han er syk, men foresatte er usikre.' },
        {
          type: 'start-measures',
          on: day(-24),
          heard: {
            pupilViews: {
              obtained: false,
              why: 'Emil ville ikke snakke med skolen, verken hjemme eller på telefon.',
              howSought: 'Kontaktlærer ringte to ganger og tilbød samtale hjemme med mor til stede.',
            },
            bestInterest: 'Å holde kontakten og få Emil tilbake på skolen gradvis veier tyngst.',
          },
        },
        {
          type: 'evaluate',
          on: day(-3),
          outcome: 'more-needed',
          assessment: 'Ingen bedring; eleven er borte hver dag. Drøftes i nærværsteamet.',
          heard: {
            pupilViews: {
              obtained: true,
              how: 'tillitsperson',
              views: 'Gjennom helsesykepleier: Emil gruer seg til gymtimene og vil ha hjelp før det blir verre.',
            },
            bestInterest: 'Mer hjelp nå er best for Emil; nærværsteamet skal finne ut hva som ligger bak.',
          },
        },
      ],
    },
  ];
  for (const story of stories) {
    const pupil = k.pupils.find((p) => `${p.firstName} ${p.lastName}` === story.name);
    if (!pupil) continue;
    const cls = k.classes.find((c) => c.id === pupil.classId)!;
    const holder = k.roles.find((r) => r.role === 'kontaktlaerer' && r.classId === cls.id)!.userId;
    let state: CaseState | null = null;
    const rows: { action: CaseAction; state: CaseState }[] = [];
    // In the class's skolerute, as a case opened on screen: an evaluation date is a school day, never in a holiday.
    const calendar = demoCalendar(cls.schoolYear, cls.trinn);
    for (const action of story.actions) {
      const r = transition(ladder, state, action, { calendar });
      if (!r.ok) throw new Error(`Demosaken for ${story.name}: ${r.error}`);
      state = r.next;
      rows.push({ action, state });
    }
    const final = state!;
    const id = randomUUID();
    const openedAt = new Date(`${story.actions[0]!.on}T10:00:00+01:00`);
    await tx
      .insertInto('pupil_case')
      .values({
        id,
        kommune_id: k.id,
        pupil_id: pupil.id,
        school_id: cls.schoolId,
        ladder: ladder.id,
        state: JSON.stringify(final),
        status: final.status,
        level: final.level,
        evaluation_due: final.status === 'open' ? final.evaluationDue : null,
        stafettholder_id: holder,
        opened_from: 'undring',
        origin_alert_id: null,
        opened_by: holder,
        opened_at: openedAt,
        last_activity_at: new Date(`${story.actions.at(-1)!.on}T10:00:00+01:00`),
      })
      .execute();
    await tx
      .insertInto('case_action')
      .values(
        rows.map((r) => ({
          kommune_id: k.id,
          case_id: id,
          action: JSON.stringify(r.action),
          state_after: JSON.stringify(r.state),
          acted_by: holder,
          acted_at: new Date(`${r.action.on}T10:00:00+01:00`),
        })),
      )
      .execute();
    if (story.name === 'Emil Bakken') await insertGymMeasure(tx, k, { caseId: id, pupilId: pupil.id, holder, day });
    const levels = [...new Set(rows.map((r) => r.state.level))];
    for (const level of levels) {
      const since = rows.find((r) => r.state.level === level)!.action.on;
      await tx
        .insertInto('case_task')
        .values(
          checklistForLevel(ladder, level, since).map((t) => ({
            id: randomUUID(),
            kommune_id: k.id,
            case_id: id,
            level,
            ladder_task_id: t.taskId,
            text: t.text,
            responsible: t.responsible,
            owner_id: null,
            due_on: t.dueOn,
            done_on: level < final.level ? since : null,
            done_by: level < final.level ? holder : null,
            completion: null,
            source: 'ladder' as const,
          })),
        )
        .execute();
    }
  }
}

/**
 * Emil's tiltaksplan, activated at level 0 on the morning of his evaluation (day −3, before the team found
 * that more was needed), with the measure the gym teacher must carry out: «Eget garderobe» marked «Gjelder i
 * undervisningen» (decisions 190 and 209). So `faglaerer` sees the «Tilrettelegging» note beside Emil on
 * 9A's register in the demo without anyone making a plan first. His voice came through the helsesykepleier,
 * a trusted person he chose (004 §3), as the evaluation records; that statement is what let the plan be
 * activated. A tiltaksplan has no evaluation date of its own, so the case's state is unchanged by it.
 */
async function insertGymMeasure(
  tx: Kysely<Database>,
  k: DemoKommune,
  at: { caseId: string; pupilId: string; holder: string; day: (offset: number) => string },
): Promise<void> {
  const on = at.day(-3);
  const nurse = k.users.find((u) => u.username.startsWith('helsesykepleier'));
  await tx
    .insertInto('case_statement')
    .values({
      id: randomUUID(),
      kommune_id: k.id,
      case_id: at.caseId,
      pupil_id: at.pupilId,
      person_name: nurse?.displayName ?? 'Helsesykepleier',
      relation: 'helsesykepleier',
      chosen_by_pupil: true,
      statement: 'Emil gruer seg til gymtimene, mest til å skifte i garderoben sammen med de andre.',
      given_on: on,
      recorded_by: at.holder,
      recorded_at: new Date(`${on}T08:30:00+01:00`),
    })
    .execute();
  const plan: Tiltaksplan = {
    kind: 'tiltaksplan',
    date: on,
    longTermGoal: 'Emil er på skolen hver dag og deltar i kroppsøving.',
    subGoals: ['Møter til kroppsøving hver uke'],
    period: { from: on, to: at.day(25) },
    statusAndEvaluation: 'Borte hver dag de siste tre ukene. Gruer seg mest til gymtimene og garderoben.',
    timetableAndAttendance: 'Røde timer: kroppsøving. Grønne: kunst og håndverk og naturfag.',
    measures: [
      {
        id: 'm1',
        description: 'Eget garderobe / rolig sted å skifte før kroppsøving',
        planB: 'Emil skifter på helserommet',
        responsible: 'Faglærer i kroppsøving',
        attendanceReduction: null,
        homeSchooling: null,
        forTeaching: true,
        teacherNote: 'Eget garderobe før kroppsøving: Emil skifter alene, uten å bli spurt foran klassen',
      },
      {
        id: 'm2',
        description: 'Kontaktlærer ringer hjem kl. 08.15 de dagene Emil ikke har kommet',
        planB: 'Rektor ringer',
        responsible: 'Kontaktlærer',
        attendanceReduction: null,
        homeSchooling: null,
        forTeaching: false,
      },
    ],
    triggers: 'Garderoben før gym; å bli spurt om fraværet foran klassen.',
    nextMeetingOn: at.day(7),
  };
  await tx
    .insertInto('case_plan')
    .values({
      id: randomUUID(),
      kommune_id: k.id,
      case_id: at.caseId,
      pupil_id: at.pupilId,
      kind: 'tiltaksplan',
      status: 'aktiv',
      content: JSON.stringify(plan),
      activated_on: on,
      activated_by: at.holder,
      closed_on: null,
      created_by: at.holder,
      created_at: new Date(`${on}T08:45:00+01:00`),
      updated_by: at.holder,
      updated_at: new Date(`${on}T09:00:00+01:00`),
    })
    .execute();
}

function chunks<T>(xs: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}
