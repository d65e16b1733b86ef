// How to call each API route as an actor who may do it on their own data. The security tests read the
// route list from /api/openapi.json at run time; this map says how to fill in each route's ids and body.
//
// HOW TO ADD A FIXTURE (the IDOR test fails, naming the route, when a route that takes an id has none):
//   1. Key: "METHOD /api/path/{param}" exactly as in /api/openapi.json (look at the failure message).
//   2. actor: the narrowest user allowed to do it (see src/server/policies.ts): 'kontakt' (contact
//      teacher of 9A), 'fag', 'rektor', 'admin' (administrator) at Testskole, 'eier' (skoleeier),
//      'forelder' (guardian of pupil 0) or 'helse' (helsesykepleier serving Testskole). The test probes
//      with the bundles FOREIGN[actor] (support/world.ts).
//   3. request(b): build url, and payload for POST/PUT, from the bundle `b` only — b.caseId, b.pupilId …
//      (IDS in support/world.ts lists them). The test calls it with the actor's own bundle (must succeed:
//      2xx or 409), with another's bundle, and with one id at a time swapped for another's or a random one.
//      Using an id the bundle lacks skips that bundle. A new kind of object needs a key in IDS and an object
//      per bundle in buildWorld.
//   4. Only if the route must answer otherwise on own data, `ownStatus` lists the extra statuses, with why.
// Routes without ids need no fixture, but one may be given: the CSRF, SQL-injection and header tests then
// use it instead of a request made up from the schema.
import { defaultSkolerute } from '../../src/domain/school-year/skolerute';
import { loadLadder } from '../../src/server/ladder/load-ladders';
import type { ActorName, Bundle } from './support/world';
import { ownProfile } from '../support/factories';

export type FixtureRequest = { url: string; payload?: unknown; headers?: Record<string, string> };
export type Fixture = {
  actor: ActorName;
  request: (b: Bundle) => FixtureRequest;
  /** Statuses the actor's own request may answer besides 2xx and 409, and why. */
  ownStatus?: { statuses: number[]; why: string };
  /** Path names that live inside the actor's own kommune (rule profiles, ladders): another kommune's name is just a new name here. */
  namesInOwnKommune?: true;
};

const rute = defaultSkolerute(2026);
const identityProvider = {
  slug: 'sikkerhet-feide',
  name: 'Feide',
  kind: 'feide',
  issuer: 'https://auth.dataporten.no',
  clientId: 'naervaer',
  secretRef: 'NAERVAER_OIDC_SIKKERHET',
};
const contact = {
  contactedAt: '2026-11-24T08:00:00+01:00',
  withWhom: ['foresatt'],
  channel: 'telefon',
  summary: 'Ringte hjem',
};
const saltdal = (() => {
  const loaded = loadLadder('saltdal');
  if (!loaded.ok) throw new Error('saltdal-trappa lastet ikke');
  return loaded.value;
})();

export const FIXTURES: Record<string, Fixture> = {
  // Classes and pupils
  'GET /api/classes/{classId}/pupils': {
    actor: 'kontakt',
    request: (b) => ({ url: `/api/classes/${b.classId}/pupils` }),
  },
  'PUT /api/pupils/{pupilId}/protected-address': {
    actor: 'rektor',
    request: (b) => ({
      url: `/api/pupils/${b.pupilId}/protected-address`,
      payload: { protectedAddress: 'none', version: 1 },
    }),
  },
  // A parent's right to information and a guardian's own protected address (decisions 152–153).
  'PUT /api/pupils/{pupilId}/guardians/{guardianId}/information-restriction': {
    actor: 'rektor',
    request: (b) => ({
      url: `/api/pupils/${b.pupilId}/guardians/${b.guardianId}/information-restriction`,
      payload: { restricted: false, version: 1 },
    }),
  },
  'PUT /api/pupils/{pupilId}/guardians/{guardianId}/protected-address': {
    actor: 'rektor',
    request: (b) => ({
      url: `/api/pupils/${b.pupilId}/guardians/${b.guardianId}/protected-address`,
      payload: { protectedAddress: 'none', version: 1 },
    }),
  },
  'PUT /api/pupils/{pupilId}/guardians/{guardianId}/language': {
    actor: 'rektor',
    request: (b) => ({
      url: `/api/pupils/${b.pupilId}/guardians/${b.guardianId}/language`,
      payload: { language: 'nn', version: 1 },
    }),
  },
  'POST /api/pupils/{pupilId}/class-change': {
    actor: 'admin',
    request: (b) => ({
      url: `/api/pupils/${b.pupilId}/class-change`,
      payload: { toClassId: b.moveToClassId, on: '2026-11-30' },
    }),
  },

  // Absence
  'GET /api/classes/{classId}/register': {
    actor: 'kontakt',
    request: (b) => ({ url: `/api/classes/${b.classId}/register?date=2026-11-23` }),
  },
  'POST /api/classes/{classId}/register/taken': {
    actor: 'kontakt',
    request: (b) => ({ url: `/api/classes/${b.classId}/register/taken`, payload: { date: '2026-11-23' } }),
  },
  // Measures that reach every lesson (decisions 190–192): the gym teacher of the class reads its notes.
  'GET /api/classes/{classId}/adaptations': {
    actor: 'fag',
    request: (b) => ({ url: `/api/classes/${b.classId}/adaptations?date=2026-11-24` }),
  },
  'PUT /api/classes/{classId}/adaptations/followed': {
    actor: 'fag',
    request: (b) => ({
      url: `/api/classes/${b.classId}/adaptations/followed`,
      payload: { noteId: `${b.planId}:r1`, date: '2026-11-24', followed: true },
    }),
    ownStatus: { statuses: [404], why: 'the security world’s plan is a draft without a measure for teaching' },
  },
  'GET /api/timetable/mine': {
    actor: 'fag',
    request: () => ({ url: '/api/timetable/mine?week=2026-11-24' }),
  },
  'GET /api/classes/{classId}/substitutes/{date}': {
    actor: 'rektor',
    request: (b) => ({ url: `/api/classes/${b.classId}/substitutes/2026-11-24` }),
  },
  'PUT /api/classes/{classId}/substitutes/{date}': {
    actor: 'rektor',
    request: (b) => ({
      url: `/api/classes/${b.classId}/substitutes/2026-11-24`,
      payload: { userIds: [b.staffUserId] },
    }),
  },
  'POST /api/absence-events': {
    actor: 'kontakt',
    request: (b) => ({
      url: '/api/absence-events',
      payload: { pupilId: b.pupilId, date: '2026-11-20', kind: 'day', documented: false, note: 'Ringte ikke' },
    }),
  },
  'PUT /api/absence-events/{eventId}': {
    actor: 'kontakt',
    request: (b) => ({
      url: `/api/absence-events/${b.eventId}`,
      payload: { date: '2026-11-23', kind: 'day', documented: true, reason: 'sykdom', note: 'Syk', version: 1 },
    }),
  },
  'DELETE /api/absence-events/{eventId}': {
    actor: 'kontakt',
    request: (b) => ({ url: `/api/absence-events/${b.eventId}?version=2` }),
  },
  'GET /api/absence-events/{eventId}/history': {
    actor: 'kontakt',
    request: (b) => ({ url: `/api/absence-events/${b.eventId}/history` }),
  },
  'GET /api/pupils/{pupilId}/absence': {
    actor: 'kontakt',
    request: (b) => ({ url: `/api/pupils/${b.pupilId}/absence` }),
  },
  'POST /api/pupils/{pupilId}/observations': {
    actor: 'kontakt',
    request: (b) => ({
      url: `/api/pupils/${b.pupilId}/observations`,
      payload: { kind: 'tegn', observedOn: '2026-11-23', description: 'Virket trøtt' },
    }),
  },
  'POST /api/pupils/{pupilId}/contacts': {
    actor: 'kontakt',
    request: (b) => ({
      url: `/api/pupils/${b.pupilId}/contacts`,
      payload: { ...contact, agreed: 'Nytt møte', alertId: b.alertId },
    }),
  },
  'POST /api/imports': {
    actor: 'rektor',
    request: (b) => ({
      url: `/api/imports?schoolId=${b.schoolId}`,
      headers: { 'content-type': 'text/csv' },
      payload: `student_id,date,kind,subject,period,minutes,documented,reason\n${b.localPupilId},2026-11-19,day,,,,false,\n`,
    }),
  },
  'POST /api/imports/problems': {
    actor: 'rektor',
    // The report echoes the file's own rows (a pupil id of another school is «ukjent elev «…»», as any
    // unknown text would be), so only the school id is probed here.
    request: (b) => ({
      url: `/api/imports/problems?schoolId=${b.schoolId}`,
      headers: { 'content-type': 'text/csv' },
      payload: 'student_id,date,kind,subject,period,minutes,documented,reason\nfinnes-ikke,2026-11-19,day,,,,false,\n',
    }),
  },

  // Alerts
  'GET /api/alerts': { actor: 'kontakt', request: (b) => ({ url: `/api/alerts?status=all&classId=${b.classId}` }) },
  'POST /api/alerts/{alertId}/seen': {
    actor: 'kontakt',
    request: (b) => ({ url: `/api/alerts/${b.alertId}/seen`, payload: { version: 1 } }),
  },
  'POST /api/alerts/{alertId}/dismiss': {
    actor: 'kontakt',
    request: (b) => ({ url: `/api/alerts/${b.alertId}/dismiss`, payload: { version: 1, reason: 'Feilregistrert' } }),
  },
  'POST /api/alerts/{alertId}/handle': {
    actor: 'kontakt',
    request: (b) => ({ url: `/api/alerts/${b.alertId}/handle`, payload: { version: 1, contact } }),
  },
  'POST /api/alerts/{alertId}/letter': {
    actor: 'kontakt',
    request: (b) => ({ url: `/api/alerts/${b.alertId}/letter`, payload: {} }),
  },

  // Guardians
  'GET /api/my-children/{pupilId}/reports': {
    actor: 'forelder',
    request: (b) => ({ url: `/api/my-children/${b.pupilId}/reports` }),
  },
  'POST /api/my-children/{pupilId}/reports': {
    actor: 'forelder',
    request: (b) => ({
      url: `/api/my-children/${b.pupilId}/reports`,
      payload: { from: '2026-11-25', to: '2026-11-25', reason: 'sykdom', note: 'Feber' },
    }),
  },
  // The family's language, chosen by the guardian (issue 20, decision 178).
  'GET /api/my-language': { actor: 'forelder', request: () => ({ url: '/api/my-language' }) },
  'PUT /api/my-language': {
    actor: 'forelder',
    request: () => ({ url: '/api/my-language', payload: { language: 'nn', version: 1 } }),
  },
  // The guardians inside the follow-up (issue 18 items 3 and 5, decisions 129–133).
  'GET /api/my-children/{pupilId}': {
    actor: 'forelder',
    request: (b) => ({ url: `/api/my-children/${b.pupilId}` }),
  },
  // The PDF of a document sent home (decision 154): the world sends none, so the guardian's own is not found.
  'GET /api/my-children/{pupilId}/letters/{alertId}/pdf': {
    actor: 'forelder',
    request: (b) => ({ url: `/api/my-children/${b.pupilId}/letters/${b.alertId}/pdf` }),
    ownStatus: { statuses: [404], why: 'nothing is sent home in the security world' },
  },
  'GET /api/my-children/{pupilId}/minutes/{meetingId}/pdf': {
    actor: 'forelder',
    request: (b) => ({ url: `/api/my-children/${b.pupilId}/minutes/${b.meetingId}/pdf` }),
    ownStatus: { statuses: [404], why: 'nothing is sent home in the security world' },
  },
  'GET /api/my-children/{pupilId}/plans/{planId}/pdf': {
    actor: 'forelder',
    request: (b) => ({ url: `/api/my-children/${b.pupilId}/plans/${b.planId}/pdf` }),
    ownStatus: { statuses: [404], why: 'nothing is sent home in the security world' },
  },
  'POST /api/my-children/{pupilId}/replies': {
    actor: 'forelder',
    request: (b) => ({
      url: `/api/my-children/${b.pupilId}/replies`,
      payload: { meetingId: b.meetingId, text: 'Vi kommer.' },
    }),
  },
  'POST /api/cases/{caseId}/meetings/{meetingId}/send-to-guardians': {
    actor: 'kontakt',
    request: (b) => ({ url: `/api/cases/${b.caseId}/meetings/${b.meetingId}/send-to-guardians`, payload: {} }),
    ownStatus: { statuses: [400], why: 'a meeting not yet held has no minutes to send' },
  },
  'POST /api/cases/{caseId}/plans/{planId}/send-to-guardians': {
    actor: 'kontakt',
    request: (b) => ({ url: `/api/cases/${b.caseId}/plans/${b.planId}/send-to-guardians`, payload: {} }),
    ownStatus: { statuses: [400], why: 'the plan is a draft, and a draft is not sent home' },
  },
  'POST /api/alerts/{alertId}/send-to-guardians': {
    actor: 'kontakt',
    request: (b) => ({ url: `/api/alerts/${b.alertId}/send-to-guardians`, payload: {} }),
  },

  // School settings, rule profiles, ladders
  'GET /api/schools/{schoolId}/settings': {
    actor: 'rektor',
    request: (b) => ({ url: `/api/schools/${b.schoolId}/settings` }),
  },
  'PUT /api/schools/{schoolId}/calendar': {
    actor: 'admin',
    request: (b) => ({
      url: `/api/schools/${b.schoolId}/calendar`,
      payload: {
        schoolYear: 2026,
        firstDay: rute.firstDay,
        lastDay: rute.lastDay,
        springStarts: rute.springStarts,
        closed: rute.closed,
        version: 1,
      },
    }),
  },
  'PUT /api/schools/{schoolId}/same-day-notice': {
    actor: 'admin',
    request: (b) => ({ url: `/api/schools/${b.schoolId}/same-day-notice`, payload: { at: '09:00', version: 1 } }),
  },
  'PUT /api/classes/{classId}/same-day-notice': {
    actor: 'admin',
    request: (b) => ({ url: `/api/classes/${b.classId}/same-day-notice`, payload: { on: false, version: 1 } }),
  },
  'PUT /api/schools/{schoolId}/rule-profile': {
    actor: 'admin',
    request: (b) => ({
      url: `/api/schools/${b.schoolId}/rule-profile`,
      payload: { ruleProfile: 'saltdal', version: 1 },
    }),
  },
  'PUT /api/schools/{schoolId}/ladder': {
    actor: 'admin',
    request: (b) => ({ url: `/api/schools/${b.schoolId}/ladder`, payload: { ladder: 'saltdal', version: 1 } }),
  },
  'GET /api/classes/{classId}/timetable': {
    actor: 'kontakt',
    request: (b) => ({ url: `/api/classes/${b.classId}/timetable` }),
  },
  'PUT /api/classes/{classId}/timetable': {
    actor: 'admin',
    request: (b) => ({
      url: `/api/classes/${b.classId}/timetable`,
      payload: { lessons: [{ weekday: 1, period: 1, subject: 'Norsk', teacherId: null }], version: 1 },
    }),
  },
  // The health service as a partner (issue 21 item 6, decisions 196–198): the helsesykepleier of Testskole
  // (the actor `helse`) finds pupils, raises an undring, ticks her checklist and reads the absence calendar
  // through the consent every case of this world has; the school's side is the contact teacher's.
  'GET /api/health-concerns/pupils': {
    actor: 'helse',
    request: () => ({ url: '/api/health-concerns/pupils?q=9A' }),
  },
  'POST /api/health-concerns': {
    actor: 'helse',
    request: (b) => ({
      url: '/api/health-concerns',
      payload: {
        pupilId: b.pupilId,
        text: 'Vondt i magen',
        basis: 'guardians',
        consentOn: '2026-11-20',
        consentBy: 'Mor',
      },
    }),
  },
  'POST /api/health-concerns/{concernId}/status': {
    actor: 'kontakt',
    request: (b) => ({ url: `/api/health-concerns/${b.caseId}/status`, payload: { status: 'received', version: 1 } }),
    ownStatus: { statuses: [404], why: 'the fixture names a case, not an undring: no undring has that id' },
  },
  'POST /api/health-concerns/{concernId}/case': {
    actor: 'kontakt',
    request: (b) => ({ url: `/api/health-concerns/${b.caseId}/case`, payload: { version: 1 } }),
    ownStatus: { statuses: [404], why: 'the fixture names a case, not an undring: no undring has that id' },
  },
  'GET /api/cases/{caseId}/partner-checklist': {
    actor: 'kontakt',
    request: (b) => ({ url: `/api/cases/${b.caseId}/partner-checklist` }),
  },
  'PUT /api/cases/{caseId}/partner-checklist/{stepId}': {
    actor: 'helse',
    request: (b) => ({ url: `/api/cases/${b.caseId}/partner-checklist/helse-kontakt`, payload: { done: true } }),
  },
  'GET /api/cases/{caseId}/absence-calendar': {
    actor: 'helse',
    request: (b) => ({ url: `/api/cases/${b.caseId}/absence-calendar` }),
  },
  'GET /api/auth/oidc/{provider}/start': {
    // The slug names one of the kommune's identity providers (public, shown on the login page), not a
    // tenant's object: the probe is only that the route answers with a redirect and leaks nothing.
    actor: 'kontakt',
    request: () => ({ url: '/api/auth/oidc/ukjent-tjeneste/start' }),
    ownStatus: { statuses: [303], why: 'the sign-in starts (or is refused) by a redirect the browser follows' },
  },
  // «Innloggingstjenester» (decision 098): kommune-wide, so only another kommune's provider is foreign.
  'POST /api/identity/providers': {
    actor: 'admin',
    request: () => ({ url: '/api/identity/providers', payload: { ...identityProvider, slug: 'sikkerhet-ny' } }),
  },
  'PUT /api/identity/providers/{providerId}': {
    actor: 'admin',
    request: (b) => ({ url: `/api/identity/providers/${b.providerId}`, payload: { ...identityProvider, version: 1 } }),
  },
  'DELETE /api/identity/providers/{providerId}': {
    actor: 'admin',
    request: (b) => ({ url: `/api/identity/providers/${b.providerId}` }),
  },
  // Each user's own inbox (decision 124); another's item answers as an unknown one.
  'POST /api/inbox/{itemId}/read': {
    actor: 'kontakt',
    request: (b) => ({ url: `/api/inbox/${b.inboxItemId}/read`, payload: {} }),
  },
  'GET /api/inbox/{itemId}/notice': {
    actor: 'rektor',
    request: (b) => ({ url: `/api/inbox/${b.noticeItemId}/notice` }),
  },
  // The school owner's figures (decision 128): aggregates of the own kommune only.
  'GET /api/oversight/owner': {
    actor: 'eier',
    request: () => ({ url: '/api/oversight/owner' }),
  },
  // The reviews (decisions 139–142): the school's own figures; exports with a format.
  ...(Object.fromEntries(
    (
      [
        ['weekly', 'rektor'],
        ['trinn', 'kontakt'],
        ['monthly', 'rektor'],
        ['semester', 'rektor'],
      ] as const
    ).flatMap(([review, actor]) => [
      [`GET /api/reviews/${review}`, { actor, request: () => ({ url: `/api/reviews/${review}` }) }],
      [
        `GET /api/reviews/${review}/export`,
        { actor, request: () => ({ url: `/api/reviews/${review}/export?format=xlsx` }) },
      ],
    ]),
  ) as Record<string, Fixture>),
  'PUT /api/identity/password-login': {
    actor: 'admin',
    // On: turning it off needs an emergency admin, which the security world has none of.
    request: () => ({ url: '/api/identity/password-login', payload: { on: true } }),
  },
  'PUT /api/rule-profiles/{profileId}': {
    actor: 'eier',
    namesInOwnKommune: true,
    request: (b) => ({
      url: `/api/rule-profiles/${b.profileName}`,
      payload: { definition: ownProfile(b.profileName!), version: 1 },
    }),
  },
  // The rule editor (decisions 144–146): a draft's what-if and the versions, inside the own kommune.
  'POST /api/rule-profiles/{profileId}/what-if': {
    actor: 'eier',
    namesInOwnKommune: true,
    request: (b) => ({
      url: `/api/rule-profiles/${b.profileName}/what-if`,
      payload: { definition: ownProfile(b.profileName!) },
    }),
  },
  'GET /api/rule-profiles/{profileId}/versions': {
    actor: 'eier',
    namesInOwnKommune: true,
    request: (b) => ({ url: `/api/rule-profiles/${b.profileName}/versions` }),
  },
  'GET /api/ladders/{ladderId}/versions': {
    actor: 'eier',
    namesInOwnKommune: true,
    request: (b) => ({ url: `/api/ladders/${b.ladderName}/versions` }),
  },
  'PUT /api/ladders/{ladderId}': {
    actor: 'eier',
    namesInOwnKommune: true,
    request: (b) => ({
      url: `/api/ladders/${b.ladderName}`,
      payload: { definition: { ...saltdal, id: b.ladderName }, version: 1 },
    }),
  },

  // Cases
  'POST /api/cases': {
    actor: 'kontakt',
    request: (b) => ({
      url: '/api/cases',
      payload: { pupilId: b.pupilId, from: 'alert', alertId: b.alertId, reason: 'Mye fravær' },
    }),
  },
  'GET /api/cases/{caseId}': { actor: 'kontakt', request: (b) => ({ url: `/api/cases/${b.caseId}` }) },
  'GET /api/cases/{caseId}/parts': {
    actor: 'kontakt',
    request: (b) => ({ url: `/api/cases/${b.caseId}/parts?include=meetings,timeline` }),
  },
  'POST /api/cases/{caseId}/actions': {
    actor: 'kontakt',
    request: (b) => ({
      url: `/api/cases/${b.caseId}/actions`,
      // Starting measures carries the pupil's views and the best interest (decision 181), so every text of the
      // step is probed; an earlier probe may already have started them (then the machine answers 400).
      payload: {
        action: {
          type: 'start-measures',
          evaluationOn: '2026-12-15',
          heard: {
            pupilViews: { obtained: true, how: 'samtale', views: 'Eleven vil ha en rolig start på dagen' },
            bestInterest: 'En trygg start på dagen veier tyngst for eleven',
          },
        },
        version: 1,
      },
    }),
    ownStatus: { statuses: [400], why: 'tiltakene kan alt være startet av en tidligere prøve i samme verden' },
  },
  'POST /api/cases/{caseId}/tasks': {
    actor: 'kontakt',
    request: (b) => ({
      url: `/api/cases/${b.caseId}/tasks`,
      payload: { text: 'Ring hjem', dueOn: '2026-12-01', ownerId: b.kommuneUserId },
    }),
  },
  'POST /api/cases/{caseId}/tasks/{taskId}/done': {
    actor: 'kontakt',
    request: (b) => ({ url: `/api/cases/${b.caseId}/tasks/${b.taskId}/done`, payload: { version: 1 } }),
  },
  'POST /api/cases/{caseId}/meetings': {
    actor: 'kontakt',
    request: (b) => ({
      url: `/api/cases/${b.caseId}/meetings`,
      payload: {
        kind: 'samarbeidsmote',
        scheduledOn: '2026-12-02',
        participants: ['Kontaktlærer'],
        agenda: 'Oppfølging',
      },
    }),
  },
  'PUT /api/cases/{caseId}/meetings/{meetingId}': {
    actor: 'kontakt',
    request: (b) => ({
      url: `/api/cases/${b.caseId}/meetings/${b.meetingId}`,
      payload: {
        scheduledOn: '2026-11-30',
        participants: ['Kontaktlærer'],
        agenda: 'Agenda',
        heldOn: '2026-11-24',
        minutes: 'Referat',
        nextMeetingOn: null,
        anonymised: false,
        version: 1,
      },
    }),
  },
  'POST /api/cases/{caseId}/meetings/{meetingId}/minutes': {
    actor: 'kontakt',
    request: (b) => ({ url: `/api/cases/${b.caseId}/meetings/${b.meetingId}/minutes`, payload: {} }),
    ownStatus: { statuses: [400], why: 'a meeting not yet held has no minutes to print' },
  },
  // Forms filled in the case (decision 063)
  'GET /api/forms/{formId}/pdf': { actor: 'kontakt', request: () => ({ url: '/api/forms/arsakskartlegging/pdf' }) },
  'GET /api/cases/{caseId}/forms/new/{formId}': {
    actor: 'kontakt',
    request: (b) => ({ url: `/api/cases/${b.caseId}/forms/new/timeplan-rod-gul-gronn` }),
  },
  'POST /api/cases/{caseId}/forms': {
    actor: 'kontakt',
    request: (b) => ({
      url: `/api/cases/${b.caseId}/forms`,
      payload: {
        formId: 'arsakskartlegging',
        meetingId: b.meetingId,
        answers: { kort: { selected: [{ card: 'engstelig' }] } },
      },
    }),
  },
  'GET /api/cases/{caseId}/forms/{caseFormId}': {
    actor: 'kontakt',
    request: (b) => ({ url: `/api/cases/${b.caseId}/forms/${b.caseFormId}` }),
  },
  'PUT /api/cases/{caseId}/forms/{caseFormId}': {
    actor: 'kontakt',
    request: (b) => ({
      url: `/api/cases/${b.caseId}/forms/${b.caseFormId}`,
      payload: {
        audience: 'elev',
        meetingId: b.meetingId,
        filledOn: '2026-11-24',
        answers: { tiltak: 'Endret' },
        version: 1,
      },
    }),
  },
  'GET /api/cases/{caseId}/forms/{caseFormId}/pdf': {
    actor: 'kontakt',
    request: (b) => ({ url: `/api/cases/${b.caseId}/forms/${b.caseFormId}/pdf` }),
  },
  'POST /api/cases/{caseId}/statements': {
    actor: 'kontakt',
    request: (b) => ({
      url: `/api/cases/${b.caseId}/statements`,
      payload: {
        personName: 'Helsesykepleier',
        relation: 'Valgt av eleven',
        chosenByPupil: true,
        statement: 'Eleven vil ha en voksen å gå til',
        givenOn: '2026-11-24',
      },
    }),
  },
  'POST /api/cases/{caseId}/take-over': {
    actor: 'rektor',
    request: (b) => ({ url: `/api/cases/${b.caseId}/take-over`, payload: {} }),
    ownStatus: { statuses: [400], why: 'the own case stays at its school: nothing to take over' },
  },
  'POST /api/cases/{caseId}/referrals': {
    actor: 'kontakt',
    request: (b) => ({
      url: `/api/cases/${b.caseId}/referrals`,
      payload: { service: 'bup', status: 'under-arbeid', note: 'Vurderes' },
    }),
  },
  'PUT /api/cases/{caseId}/referrals/{referralId}': {
    actor: 'kontakt',
    request: (b) => ({
      url: `/api/cases/${b.caseId}/referrals/${b.referralId}`,
      payload: {
        service: 'ppt',
        status: 'sendt',
        sentOn: '2026-11-24',
        guardiansSigned: true,
        note: 'Sendt',
        version: 1,
      },
    }),
  },
  'POST /api/cases/{caseId}/assessments': {
    actor: 'kontakt',
    request: (b) => ({
      url: `/api/cases/${b.caseId}/assessments`,
      payload: { kind: 'legeerklaering', issuedOn: '2026-11-20', issuedBy: 'Fastlegen', recommendations: 'Hvile' },
    }),
  },
  'POST /api/cases/{caseId}/notices': {
    actor: 'kontakt',
    request: (b) => ({ url: `/api/cases/${b.caseId}/notices`, payload: { to: 'skoleledelse' } }),
    ownStatus: { statuses: [400], why: 'a case at level 0 has no written notice yet' },
  },
  'GET /api/cases/{caseId}/staff': { actor: 'kontakt', request: (b) => ({ url: `/api/cases/${b.caseId}/staff` }) },
  'GET /api/cases/{caseId}/people': { actor: 'kontakt', request: (b) => ({ url: `/api/cases/${b.caseId}/people` }) },
  'PUT /api/cases/{caseId}/stafettholder': {
    actor: 'kontakt',
    request: (b) => ({
      url: `/api/cases/${b.caseId}/stafettholder`,
      payload: { userId: b.staffUserId, reason: 'Permisjon', version: 1 },
    }),
  },
  'PUT /api/cases/{caseId}/weekly-contact': {
    actor: 'kontakt',
    request: (b) => ({ url: `/api/cases/${b.caseId}/weekly-contact`, payload: { on: true, version: 1 } }),
  },
  'GET /api/pupils/{pupilId}/file': { actor: 'kontakt', request: (b) => ({ url: `/api/pupils/${b.pupilId}/file` }) },
  'POST /api/cases/{caseId}/participants': {
    actor: 'kontakt',
    request: (b) => ({
      url: `/api/cases/${b.caseId}/participants`,
      payload: { name: 'Helsesykepleier', role: 'helsesykepleier', userId: b.kommuneUserId },
    }),
  },
  // Consent
  'POST /api/cases/{caseId}/consents': {
    actor: 'kontakt',
    request: (b) => ({
      url: `/api/cases/${b.caseId}/consents`,
      payload: {
        decision: 'granted',
        services: ['helsestasjon'],
        guardianIds: [b.guardianId],
        pupilConsented: false,
        informationGiven: 'Om samarbeidet',
        scope: 'Fravær',
        stafettlogg: false,
        consentDate: '2026-11-24',
        collectedAtService: 'Skolen',
      },
    }),
  },
  'POST /api/cases/{caseId}/consents/{consentId}/withdraw': {
    actor: 'kontakt',
    request: (b) => ({
      url: `/api/cases/${b.caseId}/consents/${b.consentId}/withdraw`,
      payload: { version: 1, reason: 'Foresatte trakk det' },
    }),
  },
  'GET /api/cases/{caseId}/consents/{consentId}/pdf': {
    actor: 'kontakt',
    request: (b) => ({ url: `/api/cases/${b.caseId}/consents/${b.consentId}/pdf` }),
  },
  'POST /api/cases/{caseId}/consents/{consentId}/scan': {
    actor: 'kontakt',
    request: (b) => ({
      url: `/api/cases/${b.caseId}/consents/${b.consentId}/scan`,
      payload: {
        fileName: 'samtykke.pdf',
        mime: 'application/pdf',
        dataBase64: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64'),
      },
    }),
  },

  // Plans (decision 064). Activation on own data is refused (400) while the pupil's voice is missing; the
  // close uses a version that never matches (409), so the plan stays open for the other routes.
  'POST /api/cases/{caseId}/plans': {
    actor: 'kontakt',
    request: (b) => ({ url: `/api/cases/${b.caseId}/plans`, payload: { kind: 'dagsplan' } }),
  },
  // Decisions (enkeltvedtak, decisions 213–217).
  'GET /api/cases/{caseId}/decisions': {
    actor: 'kontakt',
    request: (b) => ({ url: `/api/cases/${b.caseId}/decisions` }),
  },
  'POST /api/cases/{caseId}/decisions': {
    actor: 'kontakt',
    request: (b) => ({ url: `/api/cases/${b.caseId}/decisions`, payload: { kind: 'permisjon' } }),
  },
  'GET /api/cases/{caseId}/decisions/{decisionId}': {
    actor: 'kontakt',
    request: (b) => ({ url: `/api/cases/${b.caseId}/decisions/${b.decisionId}` }),
  },
  'PUT /api/cases/{caseId}/decisions/{decisionId}': {
    actor: 'kontakt',
    request: (b) => ({
      url: `/api/cases/${b.caseId}/decisions/${b.decisionId}`,
      payload: { version: 2, reasons: 'Forsvarlig: skolearbeidet er avtalt for uka.' },
    }),
  },
  'POST /api/cases/{caseId}/decisions/{decisionId}/steps': {
    actor: 'rektor',
    request: (b) => ({
      url: `/api/cases/${b.caseId}/decisions/${b.decisionId}/steps`,
      payload: { version: 2, step: 'notice', replyBy: '2026-12-01' },
    }),
    ownStatus: { statuses: [400], why: 'the forhåndsvarsel is sent once; sent again it does not fit the state' },
  },
  'GET /api/cases/{caseId}/decisions/{decisionId}/pdf': {
    actor: 'kontakt',
    request: (b) => ({ url: `/api/cases/${b.caseId}/decisions/${b.decisionId}/pdf?document=notice` }),
  },
  'GET /api/my-children/{pupilId}/decisions': {
    actor: 'forelder',
    request: (b) => ({ url: `/api/my-children/${b.pupilId}/decisions` }),
  },
  'GET /api/my-children/{pupilId}/decisions/{decisionId}/pdf': {
    actor: 'forelder',
    request: (b) => ({ url: `/api/my-children/${b.pupilId}/decisions/${b.decisionId}/pdf?document=notice` }),
    ownStatus: { statuses: [404], why: 'the guardian sees the forhåndsvarsel only once the school has sent it' },
  },
  'PUT /api/my-children/{pupilId}/decisions/{decisionId}/reply': {
    actor: 'forelder',
    request: (b) => ({
      url: `/api/my-children/${b.pupilId}/decisions/${b.decisionId}/reply`,
      payload: { version: 1, text: 'Vi er enige i det skolen foreslår.' },
    }),
    ownStatus: { statuses: [404], why: 'the guardians answer a forhåndsvarsel only once the school has sent it' },
  },
  // The aktivitetsplikt (decisions 187–189).
  'GET /api/pupils/{pupilId}/school-environment': {
    actor: 'kontakt',
    request: (b) => ({ url: `/api/pupils/${b.pupilId}/school-environment` }),
  },
  'POST /api/pupils/{pupilId}/school-environment': {
    actor: 'fag',
    request: (b) => ({
      url: `/api/pupils/${b.pupilId}/school-environment`,
      payload: { knownOn: '2026-11-23', report: 'Så at eleven ble dyttet i gangen', adultInvolved: false },
    }),
  },
  'GET /api/school-environment/{matterId}': {
    actor: 'kontakt',
    request: (b) => ({ url: `/api/school-environment/${b.matterId}` }),
  },
  'PUT /api/school-environment/{matterId}/plan': {
    actor: 'rektor',
    request: (b) => ({
      url: `/api/school-environment/${b.matterId}/plan`,
      payload: {
        version: 1,
        plan: {
          problem: 'Eleven blir holdt utenfor',
          measures: [{ what: 'Voksen i friminuttene', when: 'Hver dag fra 25.11.2026', responsible: 'Inspektør' }],
          evaluationOn: '2026-12-09',
          pupilView: '',
        },
      },
    }),
  },
  'POST /api/school-environment/{matterId}/steps': {
    actor: 'rektor',
    request: (b) => ({
      url: `/api/school-environment/${b.matterId}/steps`,
      payload: { version: 1, step: 'investigated', on: '2026-11-24', text: 'Snakket med eleven og klassen' },
    }),
  },
  'GET /api/school-environment/{matterId}/plan/pdf': {
    actor: 'kontakt',
    request: (b) => ({ url: `/api/school-environment/${b.matterId}/plan/pdf` }),
    ownStatus: { statuses: [404], why: 'no aktivitetsplan is made in the security world until the plan fixture runs' },
  },
  // The aktivitetsplan sent home, and the guardian's copy (decision 211).
  'POST /api/school-environment/{matterId}/send-to-guardians': {
    actor: 'rektor',
    request: (b) => ({ url: `/api/school-environment/${b.matterId}/send-to-guardians`, payload: {} }),
    ownStatus: { statuses: [400], why: 'a matter without an aktivitetsplan is not sent (until the plan fixture runs)' },
  },
  'GET /api/my-children/{pupilId}/activity-plans/{matterId}/pdf': {
    actor: 'forelder',
    request: (b) => ({ url: `/api/my-children/${b.pupilId}/activity-plans/${b.matterId}/pdf` }),
    ownStatus: { statuses: [404], why: 'nothing is sent home in the security world' },
  },
  'GET /api/cases/{caseId}/plans/{planId}': {
    actor: 'kontakt',
    request: (b) => ({ url: `/api/cases/${b.caseId}/plans/${b.planId}` }),
  },
  'PUT /api/cases/{caseId}/plans/{planId}': {
    actor: 'kontakt',
    request: (b) => ({
      url: `/api/cases/${b.caseId}/plans/${b.planId}`,
      payload: {
        content: {
          kind: 'samarbeidsavtale',
          date: '2026-11-24',
          status: 'Borte mandager',
          mainGoal: 'Møte hver dag',
          rows: [],
          planB: '',
          evaluationOn: null,
          signatures: [],
        },
        version: 1,
      },
    }),
  },
  'GET /api/cases/{caseId}/plans/{planId}/versions': {
    actor: 'kontakt',
    request: (b) => ({ url: `/api/cases/${b.caseId}/plans/${b.planId}/versions` }),
  },
  'POST /api/cases/{caseId}/plans/{planId}/activate': {
    actor: 'kontakt',
    // Activating carries the pupil's views and the best interest (decision 204), so the sweep probes their texts.
    request: (b) => ({
      url: `/api/cases/${b.caseId}/plans/${b.planId}/activate`,
      payload: {
        version: 1,
        heard: {
          pupilViews: { obtained: true, how: 'samtale', views: 'Eleven vil begynne med to dager i uka' },
          bestInterest: 'En rolig start veier tyngst for eleven',
        },
      },
    }),
    ownStatus: {
      statuses: [400],
      why: 'the plan is a blank draft and the pupil’s voice is not in the case: activation is refused',
    },
  },
  'POST /api/cases/{caseId}/plans/{planId}/close': {
    actor: 'kontakt',
    request: (b) => ({ url: `/api/cases/${b.caseId}/plans/${b.planId}/close`, payload: { version: 999 } }),
  },
  'GET /api/cases/{caseId}/plans/{planId}/pdf': {
    actor: 'kontakt',
    request: (b) => ({ url: `/api/cases/${b.caseId}/plans/${b.planId}/pdf` }),
  },
  'POST /api/cases/{caseId}/contacts': {
    actor: 'kontakt',
    request: (b) => ({
      url: `/api/cases/${b.caseId}/contacts`,
      payload: { ...contact, agreed: null, restrictedTo: null },
    }),
  },
  'GET /api/cases/{caseId}/consents/{consentId}/scan': {
    actor: 'kontakt',
    request: (b) => ({ url: `/api/cases/${b.caseId}/consents/${b.consentId}/scan` }),
  },

  // Privacy
  'GET /api/pupils/{pupilId}/privacy-export': {
    actor: 'rektor',
    request: (b) => ({ url: `/api/pupils/${b.pupilId}/privacy-export?format=json` }),
  },
  'DELETE /api/pupils/{pupilId}/case-data': {
    actor: 'admin',
    request: (b) => ({ url: `/api/pupils/${b.pupilId}/case-data` }),
  },

  // Users, audit log and access log
  'PUT /api/users/{userId}/disabled': {
    actor: 'admin',
    request: (b) => ({ url: `/api/users/${b.kommuneUserId}/disabled`, payload: { disabled: false } }),
  },
  'POST /api/users': {
    actor: 'admin',
    request: (b) => ({
      url: '/api/users',
      payload: {
        username: 'ny.ansatt',
        displayName: 'Ny Ansatt',
        roles: [{ role: 'ressursteam', schoolId: b.schoolId }],
      },
    }),
  },
  // The faglærer's own roles again (at the administrator's school): the request changes nothing an actor relies on.
  'PUT /api/users/{userId}/roles': {
    actor: 'admin',
    request: (b) => ({
      url: `/api/users/${b.staffUserId}/roles`,
      payload: { version: 1, roles: [{ role: 'faglaerer', schoolId: b.schoolId, classId: b.classId }] },
    }),
  },
  'POST /api/users/{userId}/password-link': {
    actor: 'admin',
    request: (b) => ({ url: `/api/users/${b.staffUserId}/password-link`, payload: {} }),
  },
  'DELETE /api/users/{userId}/totp': {
    actor: 'admin',
    request: (b) => ({ url: `/api/users/${b.kommuneUserId}/totp` }),
  },
  'GET /api/audit-log': {
    actor: 'rektor',
    request: (b) => ({ url: `/api/audit-log?pupilId=${b.pupilId}&userId=${b.staffUserId}` }),
  },
  'GET /api/my-children/{pupilId}/access-log': {
    actor: 'forelder',
    request: (b) => ({ url: `/api/my-children/${b.pupilId}/access-log` }),
  },
  'GET /api/my-children/{pupilId}/access-log.pdf': {
    actor: 'forelder',
    request: (b) => ({ url: `/api/my-children/${b.pupilId}/access-log.pdf` }),
  },

  'DELETE /api/cases/{caseId}/participants/{participantId}': {
    actor: 'kontakt',
    request: (b) => ({ url: `/api/cases/${b.caseId}/participants/${b.participantId}` }),
  },
  // The pupil's file as a Noark 5 arkivuttrekk (decisions 221–224): the school's leadership and administrator.
  'GET /api/archive-extracts': {
    actor: 'rektor',
    request: (b) => ({ url: `/api/archive-extracts?schoolId=${b.schoolId}` }),
  },
  'POST /api/cases/{caseId}/archive-extracts': {
    actor: 'rektor',
    // The own case is open: 409 (an extract is made of a closed case); another's is not found.
    request: (b) => ({ url: `/api/cases/${b.caseId}/archive-extracts`, payload: {} }),
  },
  // A closed school environment matter as its own saksmappe (decision 231).
  'POST /api/school-environment/{matterId}/archive-extracts': {
    actor: 'rektor',
    // The own matter is open: 409 (an extract is made of a closed matter); another's is not found.
    request: (b) => ({ url: `/api/school-environment/${b.matterId}/archive-extracts`, payload: {} }),
  },
  'POST /api/schools/{schoolId}/archive-extracts': {
    actor: 'rektor',
    request: (b) => ({
      url: `/api/schools/${b.schoolId}/archive-extracts`,
      payload: { from: '2026-08-01', to: '2026-11-24' },
    }),
  },
  'GET /api/archive-extracts/{extractId}/file': {
    actor: 'rektor',
    request: (b) => ({ url: `/api/archive-extracts/${b.extractId}/file` }),
  },
  'POST /api/archive-extracts/{extractId}/hand-over': {
    actor: 'rektor',
    request: (b) => ({
      url: `/api/archive-extracts/${b.extractId}/hand-over`,
      payload: { handedOverOn: '2026-11-24', version: 1 },
    }),
  },
};
