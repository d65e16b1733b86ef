// Every row of the access policy table (docs/access-policy.md, mirrored in src/server/access/
// access-policy.ts), expanded over the consent states it names, run through the HTTP API: for each
// role × relation to the pupil × consent state, each action is tried on a real case and must be let
// through or refused (403/404) exactly as the table says. Prints how many combinations it ran.
import { randomUUID } from 'node:crypto';
import { afterAll, expect, it } from 'vitest';
import {
  CONSENT_STATES,
  expandedPolicy,
  type AccessAction,
  type ConsentStateName,
  type PolicyRole,
  type Relation,
} from '../../src/server/access/access-policy';
import type { Role } from '../../src/db/schema';
import { describeDb, type TestDb } from '../support/db';
import type { TestKommune } from '../support/factories';
import { useWorld } from '../support/world';

/** Who acts in each role: the test kommune's users, and the two `seed` adds. */
const USER_OF: Partial<Record<PolicyRole, string>> = {
  kontaktlaerer: 'kontakt',
  faglaerer: 'fag',
  skoleledelse: 'rektor',
  ressursteam: 'team',
  administrator: 'admin',
  skoleeier: 'eier',
  avdelingsdirektor: 'direktor',
  helsesykepleier: 'helse',
  ppt: 'ppt',
  foresatt: 'forelder',
};

/** Per consent state: a pupil with a case in the school's own class, and one at the other school. */
type Cases = Map<
  ConsentStateName,
  { own: { pupilId: string; caseId: string }; other: { pupilId: string; caseId: string } }
>;

/** The resource team and a PPT adviser (the shared factory makes neither), and a case per consent state. */
async function seed(db: TestDb, k: TestKommune, world: Cases): Promise<void> {
  // Two roles the shared factory does not make: the resource team and a PPT adviser.
  const extra: [string, Role, { schoolId?: string; serviceUnitId?: string }][] = [
    ['team', 'ressursteam', { schoolId: k.schoolId }],
    ['ppt', 'ppt', { serviceUnitId: randomUUID() }],
    ['direktor', 'avdelingsdirektor', {}],
  ];
  const pptUnit = extra[1]![2].serviceUnitId!;
  await db.withContext({ kommuneId: k.id }, async (tx) => {
    const hash = (
      await tx
        .selectFrom('app_user')
        .select('password_hash')
        .where('id', '=', k.users.kontakt!.id)
        .executeTakeFirstOrThrow()
    ).password_hash;
    await tx
      .insertInto('service_unit')
      .values({ id: pptUnit, kommune_id: k.id, name: 'PPT pol', kind: 'ppt' })
      .execute();
    for (const [name, role, where] of extra) {
      const id = randomUUID();
      k.users[name] = { id, username: `${name}.pol` };
      await tx
        .insertInto('app_user')
        .values({
          id,
          kommune_id: k.id,
          username: `${name}.pol`,
          display_name: `Navn ${name}`,
          kind: role === 'ppt' ? 'service' : role === 'avdelingsdirektor' ? 'municipal' : 'staff',
          password_hash: hash,
          totp_secret: null,
          oidc_subject: null,
          is_demo: false,
        })
        .execute();
      await tx
        .insertInto('role_assignment')
        .values({
          id: randomUUID(),
          kommune_id: k.id,
          user_id: id,
          role,
          school_id: where.schoolId ?? null,
          class_id: null,
          service_unit_id: where.serviceUnitId ?? null,
          subject: null,
        })
        .execute();
    }
    const partners = [k.users.helse!.id, k.users.ppt!.id];
    let n = 0;
    const makeCase = async (classId: string, schoolId: string, state: ConsentStateName) => {
      const pupilId = randomUUID();
      const caseId = randomUUID();
      n++;
      await tx
        .insertInto('pupil')
        .values({
          id: pupilId,
          kommune_id: k.id,
          first_name: `Pol${n}`,
          last_name: 'Elev',
          birth_date: '2012-04-04',
          national_id: null,
          local_id: `policy-${n}`,
          protected_address: 'none',
        })
        .execute();
      await tx
        .insertInto('class_membership')
        .values({
          id: randomUUID(),
          kommune_id: k.id,
          pupil_id: pupilId,
          class_id: classId,
          valid_from: '2026-08-17',
          valid_to: null,
        })
        .execute();
      await tx
        .insertInto('guardian_pupil')
        .values({ kommune_id: k.id, guardian_id: k.guardianId, pupil_id: pupilId })
        .execute();
      const closed = state === 'saken avsluttet';
      const caseState = closed
        ? { status: 'closed', level: 0, since: '2026-11-20', summary: 'Løst' }
        : {
            status: 'open',
            level: 0,
            since: '2026-11-02',
            measuresStartedOn: '2026-11-02',
            evaluationDue: '2026-11-23',
            intensified: false,
          };
      await tx
        .insertInto('pupil_case')
        .values({
          id: caseId,
          kommune_id: k.id,
          pupil_id: pupilId,
          school_id: schoolId,
          ladder: 'saltdal',
          state: JSON.stringify(caseState),
          status: closed ? 'closed' : 'open',
          level: 0,
          evaluation_due: closed ? null : '2026-11-23',
          stafettholder_id: k.users.kontakt!.id,
          opened_from: 'undring',
          origin_alert_id: null,
          opened_by: k.users.kontakt!.id,
          opened_at: new Date('2026-11-02T08:00:00Z'),
          last_activity_at: new Date('2026-11-20T08:00:00Z'),
        })
        .execute();
      if (state !== 'ingen') {
        await tx
          .insertInto('consent')
          .values({
            id: randomUUID(),
            kommune_id: k.id,
            pupil_id: pupilId,
            case_id: caseId,
            decision: state === 'nei til samtykke' ? 'refused' : 'granted',
            services:
              state === 'nei til samtykke'
                ? []
                : state === 'gyldig for en annen tjeneste'
                  ? ['skole-sfo', 'fastlege']
                  : ['helsestasjon', 'ppt'],
            specialist_services: null,
            other_services: null,
            guardian_ids: [k.guardianId],
            pupil_consented: false,
            information_given: 'Muntlig',
            scope: 'Fravær',
            held_back_matters: null,
            excluded_user_ids: state === 'personen holdt utenfor' ? partners : [],
            excluded_persons: null,
            stafettlogg: false,
            place: null,
            consent_date: '2026-11-03',
            collected_by: k.users.kontakt!.id,
            collected_at_service: 'Skolen',
            recorded_at: new Date('2026-11-03T08:00:00Z'),
            withdrawn_on: state === 'trukket' ? '2026-11-20' : null,
            expired_on: closed ? '2026-11-20' : null,
          })
          .execute();
      }
      return { pupilId, caseId };
    };
    for (const state of CONSENT_STATES)
      world.set(state, {
        own: await makeCase(k.classId, k.schoolId, state),
        other: await makeCase(k.otherClassId, k.otherSchoolId, state),
      });
  });
}

describeDb('the access policy table, row by row through the API', () => {
  const world: Cases = new Map();
  const w = useWorld({
    kommuner: ['pol'],
    seed: (db, k) => seed(db, k, world),
    login: Object.values(USER_OF) as string[],
  });
  let ran = 0;
  afterAll(() => {
    console.log(
      `Policytabellen: ${ran} kombinasjoner av rolle × forhold × samtykke × handling kjørt gjennom API-et (${w.db.kind}).`,
    );
  });

  /** Tries one action; true when it got through authorization (the use-case ran), false when refused. */
  async function attempt(
    role: PolicyRole,
    target: { pupilId: string; caseId: string },
    action: AccessAction,
  ): Promise<boolean> {
    const user = USER_OF[role];
    if (!user) throw new Error(`Testen har ingen bruker i rollen ${role}`);
    const call = (method: 'GET' | 'POST', url: string, payload?: object) => w.as(user).request(method, url, payload);
    const res = await {
      'sak.les': () => call('GET', `/api/cases/${target.caseId}`),
      'sak.liste': () => call('GET', '/api/cases?status=all'),
      'sak.notat': () =>
        call('POST', `/api/cases/${target.caseId}/contacts`, {
          contactedAt: '2026-11-24T09:00:00+01:00',
          withWhom: ['elev'],
          channel: 'møte',
          summary: 'Notat fra policytesten',
          restrictedTo: null,
        }),
      'sak.oppgave': () => call('POST', `/api/cases/${target.caseId}/tasks`, { text: 'Oppgave fra policytesten' }),
      // A body the form's rules refuse (no guardian chosen): a 400 then proves the request got past access.
      'samtykke.registrer': () =>
        call('POST', `/api/cases/${target.caseId}/consents`, {
          decision: 'granted',
          services: ['helsestasjon'],
          guardianIds: [],
          pupilConsented: false,
          informationGiven: 'x',
          scope: 'x',
          stafettlogg: false,
          consentDate: '2026-11-24',
          collectedAtService: 'x',
        }),
      'fravær.les': () => call('GET', `/api/pupils/${target.pupilId}/absence`),
      'elevmappe.les': () => call('GET', `/api/pupils/${target.pupilId}/file`),
      'skolemiljø.les': () => call('GET', `/api/pupils/${target.pupilId}/school-environment`),
      'arkivuttrekk.lag': () => call('POST', `/api/cases/${target.caseId}/archive-extracts`, {}),
    }[action]();
    expect(res.statusCode, `${action}: ${res.body.slice(0, 200)}`).toBeLessThan(500);
    if (action === 'sak.liste')
      return (
        res.statusCode === 200 && (res.json() as { cases: { id: string }[] }).cases.some((c) => c.id === target.caseId)
      );
    if ([403, 404].includes(res.statusCode)) return false;
    expect(res.statusCode, `${action}: ${res.body.slice(0, 200)}`).not.toBe(401);
    return true;
  }

  const combos = expandedPolicy();
  const groups = new Map<string, typeof combos>();
  for (const c of combos) {
    const key = `${c.role} | ${c.relation} | ${c.consent}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const targetOf = (relation: Relation, consent: ConsentStateName) =>
    relation === 'annen skole' ? world.get(consent)!.other : world.get(consent)!.own;

  for (const [key, rows] of groups) {
    it(key, async () => {
      for (const r of rows) {
        const got = await attempt(r.role, targetOf(r.relation, r.consent), r.action);
        expect(got, `${key} | ${r.action}: tabellen sier ${r.allowed ? 'ja' : 'nei'}`).toBe(r.allowed);
        ran++;
      }
    });
  }
});
