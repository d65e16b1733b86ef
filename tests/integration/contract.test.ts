// The API contract (decision 092) against the running app on the demo: every API route answers with a
// schema from src/contract (or a file), and the answers of the GET routes and the main POST/PUT routes
// parse with their contract schema, with data in them (so the fields are really there to check).
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import * as contract from '../../src/contract';
import { loadContent } from '../../src/server/content/load-content';
import { seedDemo } from '../../src/server/demo/seed';
import { describeDb, freshDb, type TestDb } from '../support/db';
import { login, testApp, type Session } from '../support/app';
import { HEARD } from '../../src/domain/ladder/testing';

describeDb('the API contract', () => {
  let db: TestDb;
  let app: FastifyInstance;
  const as: Record<string, Session> = {};

  beforeAll(async () => {
    db = await freshDb();
    await seedDemo(db, loadContent(), '2026-11-24');
    ({ app } = await testApp(db));
    for (const user of ['kontaktlaerer', 'rektor', 'admin', 'foresatt', 'skoleeier'])
      as[user] = (await login(app, user, 'naervaer-demo')).session!;
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  /** Calls the route as `user` and parses its answer with the contract's schema. */
  async function call<S extends z.ZodType>(
    user: string | null,
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    schema: S,
    body?: unknown,
  ): Promise<z.infer<S>> {
    const s = user ? as[user]! : undefined;
    const res = await app.inject({
      method,
      url,
      headers: { ...(s ? { cookie: s.cookie, 'x-csrf-token': s.csrf } : {}) },
      ...(body === undefined ? {} : { payload: body as object }),
    });
    expect(res.statusCode, `${method} ${url}: ${res.body.slice(0, 500)}`).toBeLessThan(300);
    const parsed = schema.safeParse(res.json());
    expect(parsed.error?.issues ?? [], `${method} ${url}`).toEqual([]);
    return parsed.data as z.infer<S>;
  }

  it('gives every API route a success schema from the contract, or a file', () => {
    const schemas = new Set<unknown>(Object.values(contract));
    const routes = (app as unknown as { naervaerRoutes: { method: string; url: string; success: unknown }[] })
      .naervaerRoutes;
    expect(routes.length).toBeGreaterThan(90);
    const outside = routes
      .filter((r) => !schemas.has(r.success) && !(r.success instanceof z.ZodAny))
      .map((r) => `${r.method} ${r.url}`);
    expect(outside).toEqual([]);
  });

  it('answers the school staff’s GET routes and main writes in the contract’s shapes', async () => {
    const t = 'kontaktlaerer';
    await call(null, 'GET', '/api/health', contract.healthResponse);
    await call(t, 'GET', '/api/auth/me', contract.getMeResponse);
    const { classes } = await call(t, 'GET', '/api/classes', contract.listMyClassesResponse);
    const classId = classes[0]!.id;
    const { pupils } = await call(t, 'GET', `/api/classes/${classId}/pupils`, contract.listClassPupilsResponse);
    expect(pupils.length).toBeGreaterThan(0);
    const register = await call(t, 'GET', `/api/classes/${classId}/register`, contract.getClassRegisterResponse);
    expect(register.pupils.length).toBeGreaterThan(0);

    const pages = await Promise.all(
      pupils.map((p) => call(t, 'GET', `/api/pupils/${p.id}/absence`, contract.getPupilAbsenceResponse)),
    );
    expect(pages.some((p) => p.alerts.length > 0 && p.events.length > 0 && p.patterns.length > 0)).toBe(true);
    const free = pages.find((p) => p.openCaseId === null && p.alerts.length > 0)!;
    const pupilId = free.pupil.id;
    const guardian = pages.flatMap((p) => p.guardians.map((g) => ({ pupilId: p.pupil.id, g })))[0]!;
    await call(
      t,
      'PUT',
      `/api/pupils/${guardian.pupilId}/guardians/${guardian.g.id}/language`,
      contract.setGuardianLanguageResponse,
      { language: 'nn', version: guardian.g.guardianVersion },
    );

    const created = await call(t, 'POST', '/api/absence-events', contract.recordAbsenceResponse, {
      pupilId,
      date: '2026-11-24',
      kind: 'late',
      minutes: 10,
      documented: false,
    });
    const corrected = await call(t, 'PUT', `/api/absence-events/${created.event.id}`, contract.correctAbsenceResponse, {
      date: '2026-11-24',
      kind: 'late',
      minutes: 15,
      documented: false,
      version: created.event.version,
    });
    const history = await call(
      t,
      'GET',
      `/api/absence-events/${created.event.id}/history`,
      contract.getAbsenceHistoryResponse,
    );
    expect(history.history.length).toBe(2);
    await call(
      t,
      'DELETE',
      `/api/absence-events/${created.event.id}?version=${corrected.event.version}`,
      contract.deleteAbsenceResponse,
    );

    const { alerts, concerns } = await call(t, 'GET', '/api/alerts', contract.listAlertsResponse);
    expect(alerts.length).toBeGreaterThan(0);
    expect(concerns.length).toBeGreaterThan(0);
    const alert = alerts.find((a) => a.pupilId === pupilId && a.status === 'new') ?? alerts[0]!;
    await call(t, 'POST', '/api/alerts/seen', contract.markAlertsSeenResponse, {
      alerts: [{ id: alert.id, version: alert.version }],
    });
    await call(t, 'POST', `/api/pupils/${pupilId}/contacts`, contract.logContactResponse, {
      contactedAt: '2026-11-24T09:00:00+01:00',
      withWhom: ['foresatt'],
      channel: 'telefon',
      summary: 'Snakket med mor om fraværet.',
    });
    await call(t, 'POST', `/api/pupils/${pupilId}/observations`, contract.recordObservationResponse, {
      kind: 'tegn',
      observedOn: '2026-11-24',
      description: 'Virker sliten om morgenen.',
    });

    // A case, and what it holds.
    const { id: caseId } = await call(t, 'POST', '/api/cases', contract.openCaseResponse, {
      pupilId,
      from: 'undring',
      reason: 'Mye sporadisk fravær denne høsten.',
    });
    await call(t, 'GET', '/api/cases', contract.listCasesResponse);
    await call(t, 'POST', `/api/cases/${caseId}/tasks`, contract.addCaseTaskResponse, { text: 'Ring hjem' });
    const { meeting } = await call(t, 'POST', `/api/cases/${caseId}/meetings`, contract.planMeetingResponse, {
      kind: 'undringssamtale-elev',
      scheduledOn: '2026-11-26',
      participants: ['Kontaktlærer'],
      agenda: 'Hvordan går det på skolen?',
    });
    await call(t, 'PUT', `/api/cases/${caseId}/meetings/${meeting.id}`, contract.recordMeetingResponse, {
      scheduledOn: '2026-11-26',
      participants: ['Kontaktlærer'],
      agenda: 'Hvordan går det på skolen?',
      heldOn: null,
      minutes: null,
      nextMeetingOn: null,
      anonymised: false,
      version: meeting.version,
    });
    await call(t, 'POST', `/api/cases/${caseId}/assessments`, contract.recordAssessmentResponse, {
      kind: 'legeerklaering',
      issuedOn: '2026-11-20',
      issuedBy: 'Fastlegen',
      recommendations: 'Tilrettelegging i gym.',
    });
    const { people } = await call(t, 'GET', `/api/cases/${caseId}/people`, contract.listCasePeopleResponse);
    await call(t, 'GET', `/api/cases/${caseId}/staff`, contract.caseStaffResponse);
    await call(t, 'POST', `/api/cases/${caseId}/participants`, contract.addParticipantResponse, {
      name: people[0]?.name ?? 'Helsesykepleier',
      role: people[0]?.role ?? 'helsesykepleier',
      userId: people[0]?.id ?? null,
    });
    await call(t, 'POST', `/api/cases/${caseId}/plans`, contract.createPlanResponse, { kind: 'tiltaksplan' });
    const { forms } = await call(t, 'GET', '/api/forms', contract.listFormsResponse);
    expect(forms.length).toBeGreaterThan(0);
    await call(t, 'GET', `/api/cases/${caseId}/forms/new/${forms[0]!.id}`, contract.startFormResponse);
    await call(t, 'POST', `/api/cases/${caseId}/statements`, contract.addStatementResponse, {
      personName: 'Tante Randi',
      relation: 'Tante',
      chosenByPupil: true,
      statement: 'Hun trives best med faste rutiner.',
      givenOn: '2026-11-24',
    });
    const detail = await call(t, 'GET', `/api/cases/${caseId}`, contract.getCaseResponse);
    expect(detail.tasks.length).toBeGreaterThan(0);
    expect(detail.meetings.length).toBe(1);
    expect(detail.assessments.length).toBe(1);
    expect(detail.plans.length).toBe(1);
    expect(detail.statements.length).toBe(1);
    expect(detail.timeline.length).toBeGreaterThan(0);
    const { plan } = await call(
      t,
      'GET',
      `/api/cases/${caseId}/plans/${detail.plans[0]!.id}`,
      contract.getPlanResponse,
    );
    await call(t, 'GET', `/api/cases/${caseId}/plans/${plan.id}/versions`, contract.listPlanVersionsResponse);
    await call(
      t,
      'GET',
      `/api/cases/${caseId}/parts?include=${contract.CASE_PARTS.join(',')}`,
      contract.getCasePartsResponse,
    );
    await call(t, 'POST', `/api/cases/${caseId}/actions`, contract.actOnCaseResponse, {
      action: { type: 'start-measures', heard: HEARD },
      version: detail.version,
    });
    await call(t, 'GET', '/api/tasks/mine', contract.listMyTasksResponse);
    await call(t, 'GET', '/api/home', contract.getHomeResponse);
    await call(t, 'GET', `/api/pupils/${pupilId}/file`, contract.getPupilFileResponse);
    await call(t, 'GET', '/api/measures', contract.listMeasuresResponse);
  });

  it('answers the leadership’s, the administrator’s and the guardian’s routes in the contract’s shapes', async () => {
    const { classes } = await call('rektor', 'GET', '/api/classes', contract.listMyClassesResponse);
    const schoolId = classes[0]!.schoolId;
    await call('rektor', 'GET', '/api/cases/to-take-over', contract.listCasesToTakeOverResponse);
    await call('rektor', 'GET', '/api/home', contract.getHomeResponse);
    await call('rektor', 'GET', `/api/schools/${schoolId}/settings`, contract.getSchoolSettingsResponse);
    await call('rektor', 'GET', `/api/classes/${classes[0]!.id}/timetable`, contract.getClassTimetableResponse);
    const review = await call('rektor', 'GET', '/api/audit-log', contract.reviewAuditLogResponse);
    expect(review.entries.length).toBeGreaterThan(0);

    await call('admin', 'GET', '/api/rule-profiles', contract.listRuleProfilesResponse);
    await call('admin', 'GET', '/api/ladders', contract.listLaddersResponse);
    const staff = await call('admin', 'GET', '/api/users', contract.listAccountsResponse);
    expect(staff.accounts.length).toBeGreaterThan(0);
    await call('admin', 'GET', '/api/users?kind=guardian', contract.listAccountsResponse);
    await call('admin', 'GET', '/api/users/unused', contract.listUnusedAccountsResponse);
    // Languages (decision 176): the kommune's målform and one's own choice.
    const kommune = await call('admin', 'GET', '/api/kommune/settings', contract.kommuneSettingsResponse);
    const malform = await call('admin', 'PUT', '/api/kommune/malform', contract.setKommuneMalformResponse, {
      malform: kommune.malform,
      version: kommune.version,
    });
    expect(malform.version).toBe(kommune.version + 1);
    const language = await call('admin', 'PUT', '/api/auth/me/language', contract.setMyLanguageResponse, {
      language: 'nn',
    });
    expect(language).toEqual({ language: 'nn', chosenLanguage: 'nn' });
    await call('admin', 'PUT', '/api/auth/me/language', contract.setMyLanguageResponse, { language: null });

    const { children } = await call('foresatt', 'GET', '/api/my-children', contract.listMyChildrenResponse);
    const child = children[0]!.id;
    await call('foresatt', 'POST', `/api/my-children/${child}/reports`, contract.reportAbsenceAsGuardianResponse, {
      from: '2026-11-25',
      to: '2026-11-25',
      reason: 'sykdom',
    });
    const reports = await call(
      'foresatt',
      'GET',
      `/api/my-children/${child}/reports`,
      contract.listGuardianReportsResponse,
    );
    expect(reports.reports.length).toBeGreaterThan(0);
    await call('foresatt', 'GET', `/api/my-children/${child}/access-log`, contract.listAccessLogResponse);
    // The family's language (decision 178): the guardian's own choice, and the school's on the pupil page.
    const mine = await call('foresatt', 'GET', '/api/my-language', contract.getMyFamilyLanguageResponse);
    await call('foresatt', 'PUT', '/api/my-language', contract.setMyFamilyLanguageResponse, {
      language: 'en',
      version: mine.version,
    });

    const owner = await call('skoleeier', 'GET', '/api/oversight/owner', contract.ownerOverviewResponse);
    expect(owner.schools.length).toBeGreaterThan(0);
  });
});
