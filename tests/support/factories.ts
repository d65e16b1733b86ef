// Small, explicit test data: one kommune with a school, a class, pupils, a guardian, staff, a service
// partner — every tenant table gets at least one row. Inserted through the application role.
import { randomUUID } from 'node:crypto';
import type { Db } from '../../src/db/create-db';
import type { Role, UserKind } from '../../src/db/schema';
import { syntheticNationalId } from '../../src/domain/people/national-id';
import { hashPassword } from '../../src/server/auth/password';
import { defaultSkolerute } from '../../src/domain/school-year/skolerute';

export const PASSWORD = 'riktig-passord';
let hash: Promise<string> | undefined;

export type TestKommune = Awaited<ReturnType<typeof createKommune>>;

export async function createKommune(db: Db, tag: string, opts: { demoUsers?: boolean } = {}) {
  hash ??= hashPassword(PASSWORD, 'cheap');
  const passwordHash = await hash;
  const id = randomUUID();
  const schoolId = randomUUID();
  const otherSchoolId = randomUUID();
  const classId = randomUUID();
  const otherClassId = randomUUID();
  const serviceId = randomUUID();
  const pupilIds = [randomUUID(), randomUUID(), randomUUID()];
  const otherPupilId = randomUUID();
  const guardianId = randomUUID();
  const users: Record<string, { id: string; username: string }> = {};
  const user = (name: string, kind: UserKind) => {
    users[name] = { id: randomUUID(), username: `${name}.${tag}` };
    return { ...users[name], kind };
  };
  const staff: [string, UserKind, Role | null, { schoolId?: string; classId?: string; serviceUnitId?: string }][] = [
    ['kontakt', 'staff', 'kontaktlaerer', { schoolId, classId }],
    ['fag', 'staff', 'faglaerer', { schoolId, classId }],
    ['rektor', 'staff', 'skoleledelse', { schoolId }],
    ['admin', 'staff', 'administrator', { schoolId }],
    ['helse', 'service', 'helsesykepleier', { serviceUnitId: serviceId }],
    ['eier', 'municipal', 'skoleeier', {}],
    ['forelder', 'guardian', null, {}],
  ];
  await db.withContext({ kommuneId: id }, async (tx) => {
    await tx
      .insertInto('kommune')
      .values({ id, kommunenummer: `T${tag}`, name: `Testkommune ${tag}` })
      .execute();
    await tx
      .insertInto('school')
      .values([
        {
          id: schoolId,
          kommune_id: id,
          name: `Testskole ${tag}`,
          organisasjonsnummer: null,
          first_trinn: 8,
          last_trinn: 10,
          rule_profile: 'saltdal',
        },
        {
          id: otherSchoolId,
          kommune_id: id,
          name: `Andre skole ${tag}`,
          organisasjonsnummer: null,
          first_trinn: 1,
          last_trinn: 7,
          rule_profile: null,
        },
      ])
      .execute();
    const rute = defaultSkolerute(2026);
    await tx
      .insertInto('school_calendar')
      .values(
        [schoolId, otherSchoolId].map((sid) => ({
          id: randomUUID(),
          kommune_id: id,
          school_id: sid,
          school_year: 2026,
          first_day: rute.firstDay,
          last_day: rute.lastDay,
          spring_starts: rute.springStarts,
          closed: JSON.stringify(rute.closed),
        })),
      )
      .execute();
    await tx
      .insertInto('service_unit')
      .values({ id: serviceId, kommune_id: id, name: `Helsestasjon ${tag}`, kind: 'helsestasjon' })
      .execute();
    await tx
      .insertInto('class')
      .values([
        { id: classId, kommune_id: id, school_id: schoolId, name: '9A', trinn: 9, school_year: 2026 },
        { id: otherClassId, kommune_id: id, school_id: otherSchoolId, name: '3B', trinn: 3, school_year: 2026 },
      ])
      .execute();
    const pupils = [
      ...pupilIds.map((pid, i) => ({
        pid,
        cls: classId,
        birth: `2012-0${i + 1}-1${i}`,
        prot: i === 2 ? ('strengt_fortrolig' as const) : ('none' as const),
      })),
      { pid: otherPupilId, cls: otherClassId, birth: '2018-05-05', prot: 'none' as const },
    ];
    await tx
      .insertInto('pupil')
      .values(
        pupils.map((p, i) => ({
          id: p.pid,
          kommune_id: id,
          first_name: `Elev${i}`,
          last_name: `Test${tag}`,
          birth_date: p.birth,
          national_id: syntheticNationalId(p.birth, i + tag.length),
          local_id: `${tag}-${i + 1}`,
          protected_address: p.prot,
        })),
      )
      .execute();
    await tx
      .insertInto('class_membership')
      .values(
        pupils.map((p) => ({
          id: randomUUID(),
          kommune_id: id,
          pupil_id: p.pid,
          class_id: p.cls,
          valid_from: '2026-08-17',
          valid_to: null,
        })),
      )
      .execute();
    const rows = staff.map(([name, kind]) => user(name, kind));
    await tx
      .insertInto('app_user')
      .values(
        rows.map((u) => ({
          id: u.id,
          kommune_id: id,
          username: u.username,
          display_name: `Navn ${u.username}`,
          kind: u.kind,
          password_hash: passwordHash,
          totp_secret: null,
          oidc_subject: null,
          is_demo: opts.demoUsers ?? false,
        })),
      )
      .execute();
    await tx
      .insertInto('role_assignment')
      .values(
        staff
          .filter(([, , role]) => role)
          .map(([name, , role, where]) => ({
            id: randomUUID(),
            kommune_id: id,
            user_id: users[name]!.id,
            role: role!,
            school_id: where.schoolId ?? null,
            class_id: where.classId ?? null,
            service_unit_id: where.serviceUnitId ?? null,
            subject: null,
          })),
      )
      .execute();
    await tx
      .insertInto('guardian')
      .values({
        id: guardianId,
        kommune_id: id,
        first_name: 'Foresatt',
        last_name: `Test${tag}`,
        phone: null,
        email: null,
        user_id: users.forelder!.id,
      })
      .execute();
    await tx
      .insertInto('guardian_pupil')
      .values({ kommune_id: id, guardian_id: guardianId, pupil_id: pupilIds[0]! })
      .execute();
    // A full week for 9A (6 lessons a day, 5 on Friday), Kroppsøving on Tuesday 3–4 taught by the faglærer.
    const week = [1, 2, 3, 4, 5].flatMap((weekday) =>
      Array.from({ length: weekday === 5 ? 5 : 6 }, (_, i) => ({ weekday, period: i + 1 })),
    );
    await tx
      .insertInto('timetable_lesson')
      .values(
        week.map(({ weekday, period }) => {
          const gym = weekday === 2 && (period === 3 || period === 4);
          return {
            id: randomUUID(),
            kommune_id: id,
            class_id: classId,
            weekday,
            period,
            subject: gym
              ? 'Kroppsøving'
              : ['Norsk', 'Matematikk', 'Engelsk', 'Naturfag', 'Samfunnsfag', 'KRLE'][period - 1]!,
            teacher_id: gym ? users.fag!.id : users.kontakt!.id,
          };
        }),
      )
      .execute();
    await tx
      .insertInto('timetable_lesson')
      .values(
        [1, 2, 3, 4, 5].flatMap((weekday) =>
          [1, 2, 3, 4].map((period) => ({
            id: randomUUID(),
            kommune_id: id,
            class_id: otherClassId,
            weekday,
            period,
            subject: 'Norsk',
            teacher_id: null,
          })),
        ),
      )
      .execute();
    const eventId = randomUUID();
    await tx
      .insertInto('absence_event')
      .values({
        id: eventId,
        kommune_id: id,
        pupil_id: pupilIds[1]!,
        class_id: classId,
        date: '2026-09-01',
        kind: 'day',
        subject: null,
        period: null,
        minutes: null,
        documented: true,
        reason: 'sykdom',
        source: 'laerer',
        note: null,
        registered_by: users.kontakt!.id,
        registered_at: new Date(),
      })
      .execute();
    await tx
      .insertInto('absence_event_history')
      .values({
        kommune_id: id,
        event_id: eventId,
        version: 1,
        change: 'created',
        changed_by: users.kontakt!.id,
        changed_at: new Date(),
        snapshot: '{}',
      })
      .execute();
    await tx
      .insertInto('observation')
      .values({
        id: randomUUID(),
        kommune_id: id,
        pupil_id: pupilIds[1]!,
        kind: 'tegn',
        rule_id: null,
        observed_on: '2026-09-02',
        description: 'Virket sliten',
        recorded_by: users.kontakt!.id,
        recorded_at: new Date(),
      })
      .execute();
    const alertId = randomUUID();
    await tx
      .insertInto('alert')
      .values({
        id: alertId,
        kommune_id: id,
        pupil_id: pupilIds[2]!,
        class_id: classId,
        school_id: schoolId,
        profile: 'old-profile',
        rule_id: 'test',
        started_on: '2026-09-01',
        ended_on: '2026-09-05',
        status: 'handled',
        explanation: JSON.stringify({
          title: 't',
          severity: 'low',
          explanation: 'e',
          action: 'a',
          source: 's',
          evidence: [],
        }),
        dismiss_reason: null,
        created_at: new Date(),
        updated_at: new Date(),
      })
      .execute();
    await tx
      .insertInto('kommune_rule_profile')
      .values({
        id: randomUUID(),
        kommune_id: id,
        profile_id: `egen-${tag}`,
        definition: JSON.stringify(ownProfile(`egen-${tag}`)),
        updated_by: users.eier!.id,
        updated_at: new Date(),
      })
      .execute();
    const caseId = randomUUID();
    const caseState = { status: 'closed', level: 0, since: '2026-09-10', summary: 'Løst' };
    await tx
      .insertInto('pupil_case')
      .values({
        id: caseId,
        kommune_id: id,
        pupil_id: pupilIds[2]!,
        school_id: schoolId,
        ladder: 'saltdal',
        state: JSON.stringify(caseState),
        status: 'closed',
        level: 0,
        evaluation_due: null,
        stafettholder_id: users.kontakt!.id,
        opened_from: 'undring',
        origin_alert_id: null,
        opened_by: users.kontakt!.id,
        opened_at: new Date('2026-09-01T08:00:00Z'),
        last_activity_at: new Date('2026-09-10T08:00:00Z'),
      })
      .execute();
    await tx
      .insertInto('case_action')
      .values({
        kommune_id: id,
        case_id: caseId,
        action: JSON.stringify({ type: 'close', on: '2026-09-10', summary: 'Løst' }),
        state_after: JSON.stringify(caseState),
        acted_by: users.kontakt!.id,
        acted_at: new Date('2026-09-10T08:00:00Z'),
      })
      .execute();
    await tx
      .insertInto('case_task')
      .values({
        id: randomUUID(),
        kommune_id: id,
        case_id: caseId,
        level: 0,
        ladder_task_id: null,
        text: 'Ringe hjem',
        responsible: [],
        owner_id: users.kontakt!.id,
        due_on: null,
        done_on: '2026-09-02',
        done_by: users.kontakt!.id,
        completion: null,
        source: 'team',
      })
      .execute();
    await tx
      .insertInto('case_referral')
      .values({
        id: randomUUID(),
        kommune_id: id,
        case_id: caseId,
        service: 'ppt',
        status: 'sendt',
        sent_on: '2026-09-05',
        answered_on: null,
        guardians_signed: true,
        note: null,
        updated_by: users.kontakt!.id,
        updated_at: new Date(),
      })
      .execute();
    await tx
      .insertInto('case_assessment')
      .values({
        id: randomUUID(),
        kommune_id: id,
        case_id: caseId,
        kind: 'sakkyndig-uttalelse',
        issued_on: '2026-09-08',
        issued_by: 'PPT',
        recommendations: 'Redusert timeplan i fire uker',
        valid_until: '2026-10-06',
        recorded_by: users.kontakt!.id,
        recorded_at: new Date(),
      })
      .execute();
    await tx
      .insertInto('record_history')
      .values({
        kommune_id: id,
        table_name: 'pupil',
        record_id: pupilIds[0]!,
        version: 1,
        snapshot: '{}',
        changed_by: users.kontakt!.id,
        changed_at: new Date(),
      })
      .execute();
    await tx
      .insertInto('kommune_ladder')
      .values({
        id: randomUUID(),
        kommune_id: id,
        ladder_id: `egen-${tag}`,
        definition: '{}',
        updated_by: users.eier!.id,
        updated_at: new Date(),
      })
      .execute();
    await tx
      .insertInto('case_participant')
      .values({
        id: randomUUID(),
        kommune_id: id,
        case_id: caseId,
        name: 'Mor',
        role: 'foresatte',
        user_id: null,
        added_by: users.kontakt!.id,
        added_at: new Date(),
        removed_at: null,
      })
      .execute();
    await tx
      .insertInto('case_meeting')
      .values({
        id: randomUUID(),
        kommune_id: id,
        case_id: caseId,
        kind: 'undringssamtale-elev',
        scheduled_on: '2026-09-03',
        participants: ['Eleven', 'Kontaktlærer'],
        agenda: 'Hvordan har du det?',
        anonymised: false,
        held_on: '2026-09-03',
        minutes: 'Snakket om friminuttene',
        next_meeting_on: null,
        recorded_by: users.kontakt!.id,
        updated_at: new Date(),
      })
      .execute();
    await tx
      .insertInto('contact_log')
      .values({
        id: randomUUID(),
        kommune_id: id,
        pupil_id: pupilIds[2]!,
        alert_id: alertId,
        contacted_at: new Date('2026-09-05T10:00:00Z'),
        with_whom: ['foresatt'],
        channel: 'telefon',
        summary: 'Ringte hjem',
        agreed: null,
        recorded_by: users.kontakt!.id,
        recorded_at: new Date(),
      })
      .execute();
    const consentId = randomUUID();
    await tx
      .insertInto('consent')
      .values({
        id: consentId,
        kommune_id: id,
        pupil_id: pupilIds[2]!,
        case_id: caseId,
        decision: 'granted',
        services: ['helsestasjon'],
        specialist_services: null,
        other_services: null,
        guardian_ids: [guardianId],
        pupil_consented: false,
        information_given: 'Om helsestasjonen',
        scope: 'Fravær',
        held_back_matters: null,
        excluded_persons: null,
        stafettlogg: false,
        place: null,
        consent_date: '2026-09-02',
        collected_by: users.kontakt!.id,
        collected_at_service: 'Skolen',
        recorded_at: new Date('2026-09-02T08:00:00Z'),
        expired_on: '2026-09-10',
      })
      .execute();
    await tx
      .insertInto('consent_scan')
      .values({
        id: randomUUID(),
        kommune_id: id,
        consent_id: consentId,
        case_id: caseId,
        file_name: 'samtykke.pdf',
        mime: 'application/pdf',
        data: new TextEncoder().encode('%PDF-1.4'),
        uploaded_by: users.kontakt!.id,
        uploaded_at: new Date(),
      })
      .execute();
    await tx
      .insertInto('case_form')
      .values({
        id: randomUUID(),
        kommune_id: id,
        case_id: caseId,
        pupil_id: pupilIds[2]!,
        form_id: 'skaleringsverktoy',
        form_version: 1,
        audience: 'elev',
        meeting_id: null,
        answers: '{}',
        filled_on: '2026-09-03',
        recorded_by: users.kontakt!.id,
        updated_at: new Date(),
      })
      .execute();
    await tx
      .insertInto('case_statement')
      .values({
        id: randomUUID(),
        kommune_id: id,
        case_id: caseId,
        pupil_id: pupilIds[2]!,
        person_name: 'Helsesykepleier Test',
        relation: 'helsesykepleier',
        chosen_by_pupil: true,
        statement: 'Eleven gruer seg til friminuttene',
        given_on: '2026-09-04',
        recorded_by: users.kontakt!.id,
        recorded_at: new Date(),
      })
      .execute();
    // An undring from the health service that went into the closed case, and her checklist's tick in it
    // (issue 21 item 6, migration 0048).
    await tx
      .insertInto('health_concern')
      .values({
        id: randomUUID(),
        kommune_id: id,
        pupil_id: pupilIds[2]!,
        school_id: schoolId,
        class_id: classId,
        raised_by: users.helse!.id,
        raised_at: new Date('2026-09-01T10:00:00+02:00'),
        text: 'Eleven har ofte vondt i magen om morgenen',
        basis: 'guardians',
        consent_on: '2026-08-31',
        consent_by: 'Foresatt Test',
        status: 'followed-up',
        received_by: users.kontakt!.id,
        received_at: new Date('2026-09-01T12:00:00+02:00'),
        followed_up_by: users.kontakt!.id,
        followed_up_at: new Date('2026-09-10T12:00:00+02:00'),
        case_id: caseId,
      })
      .execute();
    await tx
      .insertInto('partner_checklist_tick')
      .values({
        id: randomUUID(),
        kommune_id: id,
        case_id: caseId,
        checklist_id: 'helsestasjonen',
        step_id: 'helse-kontakt',
        ticked_by: users.helse!.id,
        ticked_at: new Date('2026-09-02T10:00:00+02:00'),
      })
      .execute();
    const dayPlanId = randomUUID();
    await tx
      .insertInto('case_plan')
      .values({
        id: dayPlanId,
        kommune_id: id,
        case_id: caseId,
        pupil_id: pupilIds[2]!,
        kind: 'dagsplan',
        status: 'avsluttet',
        content: JSON.stringify({ kind: 'dagsplan', date: '2026-09-02', appliesTo: 'Mandag', rows: [] }),
        activated_on: null,
        activated_by: null,
        closed_on: '2026-09-10',
        created_by: users.kontakt!.id,
        created_at: new Date(),
        updated_by: users.kontakt!.id,
        updated_at: new Date(),
      })
      .execute();
    // A «Fulgt i dag» from while the plan ran (decision 191), so the privacy export has a row of it.
    await tx
      .insertInto('measure_confirmation')
      .values({
        id: randomUUID(),
        kommune_id: id,
        case_id: caseId,
        plan_id: dayPlanId,
        pupil_id: pupilIds[2]!,
        class_id: classId,
        measure_id: 'r1',
        date: '2026-09-07',
        confirmed_by: users.fag!.id,
        confirmed_at: new Date('2026-09-07T10:00:00+02:00'),
      })
      .execute();
    // The pupil's own check-in and wish before a meeting (decision 184), and a substitute of a day (decision 192),
    // so every tenant table has a row the row-level-security sweep can try to reach from another kommune.
    await tx
      .insertInto('pupil_checkin')
      .values({
        id: randomUUID(),
        kommune_id: id,
        pupil_id: pupilIds[2]!,
        case_id: caseId,
        iso_week: '2026-W37',
        score: 6,
        one_step_better: 'Ha noen å gå til i friminuttet',
        written_by: users.kontakt!.id,
        written_at: new Date('2026-09-08T12:00:00+02:00'),
      })
      .execute();
    await tx
      .insertInto('pupil_meeting_wish')
      .values({
        id: randomUUID(),
        kommune_id: id,
        pupil_id: pupilIds[2]!,
        case_id: caseId,
        want_adults_to_know: 'Jeg vil ikke snakke om gym',
        who: [],
        who_else: '',
        written_by: users.kontakt!.id,
        written_at: new Date('2026-09-08T12:05:00+02:00'),
      })
      .execute();
    await tx
      .insertInto('class_substitute')
      .values({
        id: randomUUID(),
        kommune_id: id,
        class_id: classId,
        date: '2026-09-09',
        user_id: users.fag!.id,
        assigned_by: users.rektor!.id,
        assigned_at: new Date('2026-09-08T15:00:00+02:00'),
      })
      .execute();
    await tx
      .insertInto('user_session')
      .values({
        id: randomUUID(),
        kommune_id: id,
        user_id: users.kontakt!.id,
        token_hash: `hash-${tag}`,
        csrf_token: 'x',
        created_at: new Date(),
        last_seen_at: new Date(),
      })
      .execute();
    await tx
      .insertInto('audit_log')
      .values({
        kommune_id: id,
        at: new Date(),
        user_id: users.kontakt!.id,
        role: 'kontaktlaerer',
        action: 'test',
        pupil_id: pupilIds[0]!,
        details: '{}',
      })
      .execute();
    await tx
      .insertInto('password_setup')
      .values({
        id: randomUUID(),
        kommune_id: id,
        user_id: users.kontakt!.id,
        token_hash: `oppsett-${tag}`,
        created_at: new Date(),
        expires_at: new Date(),
        used_at: null,
      })
      .execute();
    // An identity provider and a sign-in under way (migration 0026, decision 084).
    const oidcProviderId = randomUUID();
    await tx
      .insertInto('oidc_provider')
      .values({
        id: oidcProviderId,
        kommune_id: id,
        slug: `feide-${tag}`
          .toLowerCase()
          .replace(/[^a-z0-9-]/g, '-')
          .slice(0, 40),
        display_name: 'Feide',
        kind: 'feide',
        issuer: 'https://auth.dataporten.no',
        client_id: `klient-${tag}`,
        client_auth: 'client_secret_basic',
        secret_ref: 'NAERVAER_OIDC_TEST',
        scopes: 'openid userid-feide',
        identity_claim: 'https://n.feide.no/claims/eduPersonPrincipalName',
        roles: ['kontaktlaerer'],
        created_at: new Date(),
      })
      .execute();
    await tx
      .insertInto('oidc_login')
      .values({
        id: randomUUID(),
        kommune_id: id,
        provider_id: oidcProviderId,
        state_hash: `tilstand-${tag}`,
        nonce: 'nonce',
        code_verifier: 'verifier',
        created_at: new Date(),
        expires_at: new Date(),
      })
      .execute();
    // The inbox and e-mail (migration 0033, decisions 123–126): a written notice kept from the closed case,
    // the stafettholder's item about it (done, as the case is closed), a choice of e-mail, an e-mail sent.
    const noticeId = randomUUID();
    await tx
      .insertInto('case_notice')
      .values({
        id: noticeId,
        kommune_id: id,
        case_id: caseId,
        pupil_id: pupilIds[2]!,
        recipient: 'skoleledelse',
        level: 0,
        file_name: 'melding-skoleledelse-2026-09-05.pdf',
        pdf: new Uint8Array(Buffer.from('%PDF-1.4\n% melding\n')),
        sent_by: users.kontakt!.id,
        sent_at: new Date('2026-09-05T08:00:00Z'),
      })
      .execute();
    // The closed case's Noark 5 extract, not yet handed over to the archive (migration 0053, decisions 221–224).
    const extractId = randomUUID();
    await tx
      .insertInto('archive_extract')
      .values({
        id: extractId,
        kommune_id: id,
        school_id: schoolId,
        scope: 'case',
        reason: 'closed',
        period_from: '2026-09-01',
        period_to: '2026-09-10',
        file_name: 'arkivuttrekk-sak-2026-09-10.tar',
        bytes: new Uint8Array(1024),
        sha256: '5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef',
        size_bytes: 1024,
        documents: 0,
        made_at: new Date('2026-09-10T12:00:00+02:00'),
        made_by: users.rektor!.id,
      })
      .execute();
    await tx
      .insertInto('archive_extract_case')
      .values({ id: randomUUID(), kommune_id: id, extract_id: extractId, case_id: caseId, pupil_id: pupilIds[2]! })
      .execute();
    // The stafettholder's item about the case, and the written notice in the leadership's inbox (what «Innboks»
    // opens as a PDF).
    const item = (userId: string, kind: 'stafettholder' | 'notice', dedupeKey: string, at: string) => ({
      id: randomUUID(),
      kommune_id: id,
      user_id: userId,
      kind,
      case_id: caseId,
      pupil_id: pupilIds[2]!,
      notice_id: kind === 'notice' ? noticeId : null,
      task_id: null,
      dedupe_key: dedupeKey,
      created_at: new Date(at),
      read_at: null,
      done_at: null,
    });
    await tx
      .insertInto('inbox_item')
      .values([
        item(users.kontakt!.id, 'stafettholder', `stafettholder:${caseId}`, '2026-09-01T08:00:00Z'),
        item(users.rektor!.id, 'notice', `notice:${noticeId}:${users.rektor!.id}`, '2026-09-05T08:00:00Z'),
      ])
      .execute();
    await tx
      .insertInto('notice_preference')
      .values({ kommune_id: id, user_id: users.kontakt!.id, kind: 'participant', mode: 'none', hour: null })
      .execute();
    const mailId = randomUUID();
    await tx
      .insertInto('mail_outbox')
      .values({
        id: mailId,
        kommune_id: id,
        user_id: users.admin!.id,
        kind: 'notice',
        dedupe_key: `notice:${noticeId}`,
        message_id: `<${mailId}@naervaer.invalid>`,
        state: 'sent',
        attempts: 1,
        next_attempt_at: new Date('2026-09-05T08:00:00Z'),
        last_error: null,
        created_at: new Date('2026-09-05T08:00:00Z'),
        sent_at: new Date('2026-09-05T08:00:05Z'),
      })
      .execute();
    // The day plan sent home with «Send til foresatte» (migration 0034, decision 130).
    await tx
      .insertInto('guardian_document')
      .values({
        id: randomUUID(),
        kommune_id: id,
        pupil_id: pupilIds[2]!,
        case_id: caseId,
        kind: 'plan',
        source_id: dayPlanId,
        sent_by: users.kontakt!.id,
        sent_at: new Date('2026-09-02T12:00:00Z'),
      })
      .execute();
    // A school environment matter of the same pupil (migration 0045, decision 187): bullying reported, investigated,
    // the aktivitetsplan made, evaluated and closed — linked to the case, yet its own matter.
    await tx
      .insertInto('school_environment_case')
      .values({
        id: randomUUID(),
        kommune_id: id,
        pupil_id: pupilIds[2]!,
        school_id: schoolId,
        case_id: caseId,
        status: 'closed',
        started_from: 'manual',
        observation_id: null,
        adult_involved: false,
        reported_by: users.kontakt!.id,
        reported_at: new Date('2026-09-01T09:00:00Z'),
        known_on: '2026-09-01',
        report: 'Ble holdt utenfor i friminuttene',
        leader_notified_at: new Date('2026-09-01T09:00:00Z'),
        owner_notified_at: null,
        investigated_on: '2026-09-02',
        findings: 'Bekreftet av medelever',
        plan: JSON.stringify({
          problem: 'Utestenging i friminuttene',
          measures: [{ what: 'Voksen ute', when: 'Fra 03.09.2026', responsible: 'Inspektør' }],
          evaluationOn: '2026-09-17',
          pupilView: '',
        }),
        plan_made_on: '2026-09-03',
        evaluation_due: '2026-09-17',
        evaluated_on: '2026-09-17',
        evaluation: 'Eleven har det bedre',
        closed_on: '2026-09-17',
        closing: 'Løst',
        created_at: new Date('2026-09-01T09:00:00Z'),
        updated_by: users.rektor!.id,
        updated_at: new Date('2026-09-17T09:00:00Z'),
      })
      .execute();
    // A decision of the same closed case (migration 0052, decisions 213–217): leave for a week, decided, delivered
    // on paper and received; no appeal.
    await tx
      .insertInto('case_decision')
      .values({
        id: randomUUID(),
        kommune_id: id,
        case_id: caseId,
        pupil_id: pupilIds[2]!,
        kind: 'permisjon',
        status: 'delivered',
        facts: 'Foresatte søkte om permisjon for en familiereise.',
        legal_basis: ['opplaringslova-permisjon'],
        reasons: 'Forsvarlig: eleven får med seg skolearbeid for uka.',
        heard: JSON.stringify({
          pupilViews: { obtained: true, how: 'samtale', views: 'Gleder seg til reisen og tar med lesebøkene.' },
          bestInterest: 'Reisen er viktig for familien, og skolearbeidet er avtalt.',
        }),
        weighed: 'Elevens ønske om å reise er lagt til grunn.',
        decision: 'Permisjon innvilges.',
        valid_from: '2026-09-21',
        valid_to: '2026-09-25',
        decided_on: '2026-09-14',
        decided_by: users.rektor!.id,
        delivery_channel: 'paper',
        delivered_on: '2026-09-14',
        received_on: '2026-09-16',
        receipt: 'entered',
        created_by: users.kontakt!.id,
        created_at: new Date('2026-09-11T09:00:00Z'),
        updated_by: users.rektor!.id,
        updated_at: new Date('2026-09-16T09:00:00Z'),
      })
      .execute();
    // A register taken (migration 0029, decision 105): Friday's, so the days tests use are not taken yet.
    await tx
      .insertInto('class_register')
      .values({
        kommune_id: id,
        class_id: classId,
        date: '2026-11-20',
        taken_by: users.kontakt!.id,
        taken_at: new Date(),
      })
      .execute();
    await tx
      .insertInto('case_statistics')
      .values({
        id: randomUUID(),
        kommune_id: id,
        school_id: schoolId,
        school_year: 2024,
        level: 0,
        opened_from: 'undring',
        cases: 1,
        days_open: 21,
        meetings: 1,
      })
      .execute();
  });
  return { id, schoolId, otherSchoolId, classId, otherClassId, serviceId, pupilIds, otherPupilId, guardianId, users };
}

/** More pupils in the kommune's class (9A), with these local ids (the import's student_id); returns their ids. */
export async function addPupilsToClass(db: Db, k: TestKommune, localIds: readonly string[]): Promise<string[]> {
  const ids = localIds.map(() => randomUUID());
  await db.withContext({ kommuneId: k.id }, async (tx) => {
    await tx
      .insertInto('pupil')
      .values(
        ids.map((id, i) => ({
          id,
          kommune_id: k.id,
          first_name: `Ekstra${i}`,
          last_name: 'Import',
          birth_date: '2012-04-04',
          national_id: null,
          local_id: localIds[i]!,
        })),
      )
      .execute();
    await tx
      .insertInto('class_membership')
      .values(
        ids.map((id) => ({
          id: randomUUID(),
          kommune_id: k.id,
          pupil_id: id,
          class_id: k.classId,
          valid_from: '2026-08-17',
          valid_to: null,
        })),
      )
      .execute();
  });
  return ids;
}

/** A kommune's own rule profile of one rule: one lesson away in a calendar month is a concern. */
export const ownProfile = (id: string) => ({
  id,
  name: 'Egen',
  source: 'test',
  rules: [
    {
      id: 'en-time',
      kind: 'events',
      title: 'En time',
      severity: 'low',
      action: 'Ring hjem',
      source: 'test',
      window: { type: 'month' },
      conditions: [{ count: { kinds: ['lesson'] }, measure: 'events', comparator: '>=', threshold: 1 }],
    },
  ],
});
