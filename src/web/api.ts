// The browser's only way to the server. Same origin, JSON, cookies for the session, and the CSRF
// token from login/me sent back on every state-changing request (login itself has none yet: the
// server guards it with SameSite, the Origin check and the JSON content type).

import type { CaseFormSummary, PupilVoice, TrustedStatement } from './caseForms';

export type RoleName =
  | 'kontaktlaerer'
  | 'faglaerer'
  | 'skoleledelse'
  | 'ressursteam'
  | 'administrator'
  | 'skoleeier'
  | 'helsesykepleier'
  | 'ppt'
  | 'barnevern'
  | 'bup'
  | 'kommunepsykolog'
  | 'foresatt';

export type RoleAssignment = {
  role: RoleName;
  schoolId?: string;
  schoolName?: string;
  classId?: string;
  className?: string;
  subject?: string;
};

export type Me = {
  id: string;
  username: string;
  displayName: string;
  kind: 'staff' | 'municipal' | 'service' | 'guardian';
  kommune: { id: string; name: string };
  organisation: { id: string; name: string; type: 'skole' | 'kommune' | 'tjeneste' | 'hjem' };
  roles: RoleAssignment[];
};

export type Session = { user: Me; csrfToken: string };

/** The second login step the server asks for: a code, or first a new secret to add to the app. */
export type SecondFactorChallenge = { kind: 'totp' } | { kind: 'enrol'; secret: string; otpauthUri: string };
export type LoginResult = Session | { secondFactor: SecondFactorChallenge; csrfToken: string };

export type ClassSummary = {
  id: string;
  name: string;
  trinn: number;
  schoolYear: string;
  schoolId: string;
  schoolName: string;
  pupilCount: number;
  myRole: RoleName;
};

export type ProtectedAddress = 'none' | 'fortrolig' | 'strengt_fortrolig';

export type Pupil = {
  id: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  protectedAddress: ProtectedAddress;
};

export type ClassPupils = {
  class: { id: string; name: string; trinn: number; schoolYear: string; schoolName: string };
  pupils: Pupil[];
};

export type Child = { id: string; firstName: string; lastName: string; className: string; schoolName: string };

/** An error the server (or the network) reported; `message` is Norwegian and meant for the user. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** `error.details` as the server sent it (e.g. `fields` for validation, `rows` for imports). */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

// Fallbacks for when the server cannot answer in its own words (network down, proxy error page).
const networkMessage = 'Fikk ikke kontakt med Nærvær. Sjekk nettforbindelsen og prøv igjen om litt.';
const unexpectedMessage = 'Noe gikk galt hos oss. Prøv igjen om litt.';

let csrfToken: string | undefined;

/** Forget the CSRF token, e.g. after logout or when the session has expired. */
export function clearCsrfToken(): void {
  csrfToken = undefined;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type RequestOptions = { method?: Method; body?: unknown; csrf?: boolean };

export async function send(
  path: string,
  method: Method,
  csrf: boolean,
  accept: string,
  body?: { data: BodyInit; type: string },
): Promise<Response> {
  const headers: Record<string, string> = { accept };
  if (body) headers['content-type'] = body.type;
  if (csrf && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, { method, headers, credentials: 'same-origin', body: body?.data });
  } catch {
    throw new ApiError(0, 'network', networkMessage);
  }
  if (!response.ok) {
    const payload: unknown = await response.json().catch(() => undefined);
    const error = readError(payload);
    // 502–504 without our error body: a proxy in front (or Vite's, in development) found no server.
    const fallback = response.status >= 502 && response.status <= 504 ? networkMessage : unexpectedMessage;
    throw new ApiError(response.status, error?.code ?? 'unknown', error?.message ?? fallback, error?.details);
  }
  return response;
}

export async function request<T>(
  path: string,
  { method = 'GET', body, csrf = method !== 'GET' }: RequestOptions = {},
): Promise<T> {
  const response = await send(
    path,
    method,
    csrf,
    'application/json',
    body === undefined ? undefined : { data: JSON.stringify(body), type: 'application/json' },
  );
  if (response.status === 204) return undefined as T;
  const payload: unknown = await response.json().catch(() => undefined);
  if (payload === undefined) throw new ApiError(response.status, 'invalid_response', unexpectedMessage);
  return payload as T;
}

function readError(payload: unknown): { code: string; message: string; details?: Record<string, unknown> } | undefined {
  if (typeof payload !== 'object' || payload === null || !('error' in payload)) return undefined;
  const error = payload.error;
  if (typeof error !== 'object' || error === null) return undefined;
  const code = 'code' in error && typeof error.code === 'string' ? error.code : 'unknown';
  const message =
    'message' in error && typeof error.message === 'string' && error.message ? error.message : unexpectedMessage;
  const details =
    'details' in error && typeof error.details === 'object' && error.details !== null
      ? (error.details as Record<string, unknown>)
      : undefined;
  return { code, message, details };
}

/** `?a=1&b=2` from the defined values, or '' when there are none. */
function query(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

const id = encodeURIComponent;

function keep(session: Session): Session {
  csrfToken = session.csrfToken;
  return session;
}

export const api = {
  /** The first step; for most users the answer is a second-factor challenge, not yet a session. */
  async login(username: string, password: string): Promise<LoginResult> {
    const result = await request<LoginResult>('/api/auth/login', {
      method: 'POST',
      body: { username, password },
      csrf: false,
    });
    csrfToken = result.csrfToken;
    return result;
  },
  /** Sets one's own password with the one-time link's name and code (no session, no CSRF token yet). */
  setPassword(username: string, token: string, password: string): Promise<{ username: string }> {
    return request('/api/auth/password-setup', { method: 'POST', body: { username, token, password }, csrf: false });
  },
  /** The second step: the six-digit code from the authenticator app. */
  async confirmTotp(code: string): Promise<Session> {
    return keep(await request<Session>('/api/auth/totp', { method: 'POST', body: { code } }));
  },
  /** The current session, or `null` when nobody is logged in (401). */
  async me(): Promise<Session | null> {
    try {
      return keep(await request<Session>('/api/auth/me'));
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        clearCsrfToken();
        return null;
      }
      throw error;
    }
  },
  /** Ends the session; a session from an OpenID provider answers with the provider's end-session URL. */
  async logout(): Promise<string | null> {
    try {
      return (await request<{ endSessionUrl: string | null }>('/api/auth/oidc/logout', { method: 'POST' }))
        .endSessionUrl;
    } finally {
      clearCsrfToken();
    }
  },
  /** The identity providers set up (Feide, ID-porten, HelseID), for the login page's buttons. */
  oidcProviders: () =>
    request<{ slug: string; name: string; kind: 'feide' | 'idporten' | 'helseid' }[]>('/api/auth/oidc/providers'),
  /** Back from a provider without a strong level: the one-time code step of this waiting session. */
  async oidcSecondFactor(): Promise<SecondFactorChallenge> {
    const result = await request<{ secondFactor: SecondFactorChallenge; csrfToken: string }>(
      '/api/auth/oidc/second-factor',
    );
    csrfToken = result.csrfToken;
    return result.secondFactor;
  },
  classes: () => request<{ classes: ClassSummary[] }>('/api/classes'),
  classPupils: (classId: string) => request<ClassPupils>(`/api/classes/${id(classId)}/pupils`),
  myChildren: () => request<{ children: Child[] }>('/api/my-children'),

  register: (classId: string, date?: string) =>
    request<Register>(`/api/classes/${id(classId)}/register${query({ date })}`),
  createEvent: (body: EventInput) => request<EventResult>('/api/absence-events', { method: 'POST', body }),
  updateEvent: (eventId: string, body: EventInput & { version: number }) =>
    request<EventResult>(`/api/absence-events/${id(eventId)}`, { method: 'PUT', body }),
  deleteEvent: (eventId: string, version: number) =>
    request<{ alerts: Alert[]; concerns: Concern[] }>(`/api/absence-events/${id(eventId)}${query({ version })}`, {
      method: 'DELETE',
    }),
  eventHistory: (eventId: string) =>
    request<{ history: EventHistoryEntry[] }>(`/api/absence-events/${id(eventId)}/history`),

  pupilAbsence: (pupilId: string) => request<PupilAbsence>(`/api/pupils/${id(pupilId)}/absence`),
  /** The alerts the user may see (`status=open`: new or seen, not retired) and the open ones as concerns, newest and most severe first. */
  alerts: (params: { status: 'open' | 'all'; classId?: string }) =>
    request<{ alerts: Alert[]; concerns: Concern[] }>(`/api/alerts${query(params)}`),
  /** Every alert of a concern as seen (decision 026). */
  markConcernSeen: (alerts: AlertRef[]) =>
    request<{ alerts: Alert[] }>('/api/alerts/seen', { method: 'POST', body: { alerts } }),
  /** Every alert of a concern dismissed with one reason. */
  dismissConcern: (alerts: AlertRef[], reason: string) =>
    request<{ alerts: Alert[] }>('/api/alerts/dismiss', { method: 'POST', body: { alerts, reason } }),
  /** Every alert of a concern handled by one logged contact. */
  handleConcern: (alerts: AlertRef[], contact: ContactInput) =>
    request<{ alerts: Alert[]; contact: Contact }>('/api/alerts/handle', { method: 'POST', body: { alerts, contact } }),
  /** A note in the case's log (the school, or a partner the consent lets in), restricted to one service or not. */
  createCaseNote: (caseId: string, body: ContactInput & { restrictedTo: string | null }) =>
    request<{ contact: Contact }>(`/api/cases/${id(caseId)}/contacts`, { method: 'POST', body }),
  createContact: (pupilId: string, body: ContactInput & { alertId?: string }) =>
    request<{ contact: Contact }>(`/api/pupils/${id(pupilId)}/contacts`, { method: 'POST', body }),
  createObservation: (pupilId: string, body: ObservationInput) =>
    request<{ observation: Observation; alerts: Alert[]; concerns: Concern[] }>(
      `/api/pupils/${id(pupilId)}/observations`,
      { method: 'POST', body },
    ),
  /** The letter to the guardians as a PDF, with the file name the server suggests (if any). */
  async letter(alertId: string, confirmProtectedAddress: boolean): Promise<{ pdf: Blob; fileName: string | null }> {
    const body = JSON.stringify(confirmProtectedAddress ? { confirmProtectedAddress: true } : {});
    const response = await send(`/api/alerts/${id(alertId)}/letter`, 'POST', true, 'application/pdf', {
      data: body,
      type: 'application/json',
    });
    const disposition = response.headers.get('content-disposition') ?? '';
    const fileName = /filename="([^"]+)"/.exec(disposition)?.[1] ?? null;
    return { pdf: await response.blob(), fileName };
  },

  reportAbsence: (pupilId: string, body: GuardianReportInput) =>
    request<GuardianReportResult>(`/api/my-children/${id(pupilId)}/reports`, { method: 'POST', body }),
  /** `today` is the server's date: the guardian's "i dag" and "i morgen" follow the server's clock, not the browser's. */
  myReports: (pupilId: string) =>
    request<{ reports: AbsenceEvent[]; today: string }>(`/api/my-children/${id(pupilId)}/reports`),

  ruleProfiles: () => request<{ profiles: RuleProfileEntry[] }>('/api/rule-profiles'),
  saveRuleProfile: (profileId: string, definition: unknown, version?: number) =>
    request<{ id: string; version: number }>(`/api/rule-profiles/${id(profileId)}`, {
      method: 'PUT',
      body: version === undefined ? { definition } : { definition, version },
    }),

  schoolSettings: (schoolId: string) => request<SchoolSettings>(`/api/schools/${id(schoolId)}/settings`),
  /** Omit `version` only when the school year has no skolerute yet (`calendar: null`). */
  saveSkolerute: (schoolId: string, body: SkoleruteInput) =>
    request<{ version: number }>(`/api/schools/${id(schoolId)}/calendar`, { method: 'PUT', body }),
  chooseRuleProfile: (schoolId: string, ruleProfile: string, version: number) =>
    request<{ ruleProfile: string; version: number }>(`/api/schools/${id(schoolId)}/rule-profile`, {
      method: 'PUT',
      body: { ruleProfile, version },
    }),

  /** Uploads a CSV or XLSX file as it is; the server validates it as a whole. */
  async importFile(schoolId: string, file: Blob, type: string): Promise<ImportResult> {
    const response = await send(`/api/imports${query({ schoolId })}`, 'POST', true, 'application/json', {
      data: file,
      type,
    });
    return (await response.json()) as ImportResult;
  },
  /** Every bad row of the same file as a CSV report (Linje;Felt;Feil); the server keeps nothing, so the file is sent again. */
  async importProblemsReport(schoolId: string, file: Blob, type: string): Promise<Blob> {
    const response = await send(`/api/imports/problems${query({ schoolId })}`, 'POST', true, 'text/csv', {
      data: file,
      type,
    });
    return response.blob();
  },
};

// ——— Absence, alerts and the contact log (issue 4) ———

export type AbsenceKind = 'day' | 'lesson' | 'late' | 'left';
export type AbsenceReason = 'sykdom' | 'helse' | 'permisjon' | 'annet' | 'ukjent';
export type AbsenceSource = 'laerer' | 'foresatt' | 'import';

export type AbsenceEvent = {
  id: string;
  pupilId: string;
  date: string;
  kind: AbsenceKind;
  subject: string | null;
  period: number | null;
  minutes: number | null;
  documented: boolean;
  reason: AbsenceReason | null;
  source: AbsenceSource;
  note: string | null;
  registeredByName: string;
  registeredAt: string;
  version: number;
};

export type EventInput = {
  pupilId: string;
  date: string;
  kind: AbsenceKind;
  subject?: string;
  period?: number;
  minutes?: number;
  documented: boolean;
  reason?: AbsenceReason;
  note?: string;
};

export type AlertStatus = 'new' | 'seen' | 'handled' | 'dismissed';

export type Alert = {
  id: string;
  pupilId: string;
  pupilName: string;
  classId: string;
  className: string;
  profile: string;
  ruleId: string;
  ruleTitle: string;
  severity: string;
  startedOn: string;
  endedOn: string | null;
  status: AlertStatus;
  explanation: string;
  nextStep: string;
  countedEvents: { date: string; kind: AbsenceKind; subject: string | null; period: number | null }[];
  dismissReason: string | null;
  /** Set when the school's current rules no longer compute the alert (profile switched, rule or skolerute changed); the status is kept. */
  retiredAt: string | null;
  /** Why, in Norwegian («Skolen byttet regelsett fra … til …»). */
  retiredReason: string | null;
  /** The logged contact that handled the alert (one contact may handle every alert of a concern). */
  handledContactId: string | null;
  /** «kommune»: a rule the municipality chose itself, not one from its source document. */
  basis: 'kilde' | 'kommune';
  version: number;
};

/** An alert at the version the user saw, for the concern actions. */
export type AlertRef = { id: string; version: number };

/** The open case a concern goes into: the stafettholder follows it up there. */
export type ConcernCase = { id: string; level: number; stafettholderName: string };

/**
 * One concern (decision 026): a pupil's open alerts on overlapping days, most severe first. `id` is the lead
 * (most severe) alert's id, and `nextStep` its rule's; `case` is the pupil's open case, if any.
 */
export type Concern = {
  id: string;
  pupilId: string;
  pupilName: string;
  classId: string;
  className: string;
  severity: string;
  startedOn: string;
  latestStart: string;
  status: 'new' | 'seen';
  nextStep: string;
  alerts: Alert[];
  case: ConcernCase | null;
};

/** The pupil's open alerts and concerns after a registration, correction or deletion. */
export type EventResult = { event: AbsenceEvent; alerts: Alert[]; concerns: Concern[] };

export type EventHistoryEntry = {
  version: number;
  change: 'created' | 'updated' | 'deleted';
  changedByName: string;
  changedAt: string;
  event: AbsenceEvent;
};

export const CONTACT_PARTIES = ['elev', 'foresatt', 'helsesykepleier', 'ppt', 'barnevern', 'annen'] as const;
export type ContactParty = (typeof CONTACT_PARTIES)[number];
export const CONTACT_CHANNELS = ['telefon', 'møte', 'melding', 'hjemmebesøk', 'brev'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

export type ContactInput = {
  contactedAt: string;
  withWhom: ContactParty[];
  channel: ContactChannel;
  summary: string;
  agreed?: string;
};

export type Contact = {
  id: string;
  pupilId: string;
  alertId: string | null;
  contactedAt: string;
  withWhom: string[];
  channel: ContactChannel;
  summary: string;
  agreed: string | null;
  recordedByName: string;
  version: number;
};

export const OBSERVATION_KINDS = [
  'alvorlig-hendelse',
  'store-vansker-med-oppmøte',
  'familiens-rutiner',
  'tegn',
] as const;
export type ObservationKind = (typeof OBSERVATION_KINDS)[number];
/** `ruleId`: the observation rule of the school's profile this observation makes fire, if any. */
export type ObservationInput = { kind: ObservationKind; observedOn: string; description: string; ruleId?: string };
export type Observation = Omit<ObservationInput, 'ruleId'> & {
  id: string;
  pupilId: string;
  ruleId: string | null;
  recordedByName: string;
  version: number;
};
export type ObservationRule = { id: string; title: string };

export type Lesson = { period: number; subject: string };

export type RegisterPupil = {
  id: string;
  firstName: string;
  lastName: string;
  protectedAddress: ProtectedAddress;
  events: AbsenceEvent[];
  guardianReported: boolean;
  needsCall: boolean;
  openAlerts: number;
  /** Open alerts on overlapping days count as one concern. */
  openConcerns: number;
};

export type Register = {
  class: { id: string; name: string; schoolName: string };
  date: string;
  schoolDay: boolean;
  /** The day has not come: only granted leave is registered ahead. */
  future: boolean;
  closedReason: string | null;
  lessons: Lesson[];
  pupils: RegisterPupil[];
};

export type PupilAbsence = {
  pupil: {
    id: string;
    firstName: string;
    lastName: string;
    classId: string;
    className: string;
    schoolName: string;
    protectedAddress: ProtectedAddress;
  };
  /** `lessons` is the number of lessons that day (a list of lessons is accepted too). */
  calendar: {
    firstDay: string;
    lastDay: string;
    schoolDays: { date: string; lessons: number | Lesson[] }[];
    closedDays: { date: string; reason: string }[];
  };
  events: AbsenceEvent[];
  patterns: { kind: string; title: string; description: string }[];
  diploma: {
    schoolDays: number;
    absentDays: number;
    absentLessons: number;
    leaveOffCandidates: { date: string; reason: string }[];
    maxLeaveOff: number;
    daysIfLeftOff?: number;
  } | null;
  alerts: Alert[];
  /** The open alerts as concerns, newest and most severe first. */
  concerns: Concern[];
  observations: Observation[];
  /** The observation rules of the school's profile (empty when it has none, e.g. Saltdal). */
  observationRules: ObservationRule[];
  /** The pupil's open case, if there is one (then the page links to it instead of offering a new one). */
  openCaseId?: string | null;
  contacts: Contact[];
};

export type GuardianReportInput = { from: string; to: string; reason: AbsenceReason; note?: string };
export type GuardianReportResult = { created: number; skipped: { date: string; reason: string }[] };

export type ImportResult = {
  imported: number;
  alreadyPresent: number;
  encoding?: 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'Windows-1252';
};
export type ImportRowError = { line: number; field: string; reason: string };

export type RuleProfileEntry = {
  id: string;
  origin: 'kommune' | 'levert';
  definition: unknown;
  version: number | null;
};

// ——— A school's settings: skolerute and rule profile ———

export type ClosedPeriod = { from: string; to: string; name: string };

export type Skolerute = {
  schoolYear: number;
  firstDay: string;
  lastDay: string;
  springStarts: string;
  closed: ClosedPeriod[];
};
export type SkoleruteInput = Skolerute & { version?: number };

export type SchoolSettings = {
  school: { id: string; name: string; ruleProfile: string; version: number };
  /** The school year the server's today lies in, e.g. 2026 for 2026–2027. */
  schoolYear: number;
  /** That year's skolerute, or null when none is stored yet. */
  calendar: (Skolerute & { version: number }) | null;
  profiles: { id: string; name: string; origin: 'kommune' | 'levert' }[];
};

// ——— Cases along the tiltakstrapp (issue 5) ———

export type CaseOrigin = 'alert' | 'pattern' | 'undring';

export type OpenCaseInput = { pupilId: string; from: CaseOrigin; alertId?: string; reason: string };

export type CaseState =
  | {
      status: 'open';
      level: number;
      since: string;
      measuresStartedOn: string;
      evaluationDue: string;
      intensified: boolean;
    }
  | { status: 'closed'; level: number; since: string; summary: string };

export type CaseTask = {
  id: string;
  level: number;
  ladderTaskId: string | null;
  text: string;
  responsible: string[];
  ownerName: string | null;
  dueOn: string | null;
  doneOn: string | null;
  doneByName: string | null;
  source: 'ladder' | 'team';
  /** What the task does beyond a tick (a meeting, a written notice, a referral …); null for a plain task. */
  action?: TaskAction | null;
  version: number;
};

/** A ladder task's action as the content describes it; unknown types are shown as plain tasks. */
export type TaskAction =
  | { type: 'meeting'; meetingType?: MeetingKind }
  | { type: 'written-notice'; to?: 'skoleledelse' | 'avdelingsdirektor' | 'foresatte' }
  | { type: 'plan'; plan?: string }
  | { type: 'consent' }
  | { type: 'referral'; to?: ReferralService[] }
  | { type: 'evaluation' }
  | { type: 'child-welfare-report' };

export type AbsencePeriod = {
  from: string;
  to: string;
  schoolDays: number;
  absentDays: number;
  absentLessons: number;
  lateArrivals: number;
  sharePercent: number;
};

export const MEETING_KINDS = [
  'undringssamtale-elev',
  'undringssamtale-foresatte',
  'samarbeidsmote',
  'naervaersteam',
  'ansvarsgruppemote',
] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export type Meeting = {
  id: string;
  kind: MeetingKind;
  scheduledOn: string;
  participants: string[];
  agenda: string;
  heldOn: string | null;
  minutes: string | null;
  nextMeetingOn: string | null;
  anonymised: boolean;
  version: number;
};

export type MeetingInput = {
  kind: MeetingKind;
  scheduledOn: string;
  participants: string[];
  agenda: string;
  anonymised?: boolean;
};
export type MeetingUpdate = {
  scheduledOn: string;
  participants: string[];
  agenda: string;
  heldOn: string | null;
  minutes: string | null;
  nextMeetingOn: string | null;
  anonymised: boolean;
  version: number;
};

export type CaseParticipant = { id: string; name: string; role: string; roleLabel: string };

export type CaseDetail = {
  id: string;
  version: number;
  pupil: {
    id: string;
    firstName: string;
    lastName: string;
    className: string;
    schoolName: string;
    protectedAddress: ProtectedAddress;
  };
  ladder: { id: string; name: string };
  state: CaseState;
  overdue: boolean;
  stafettholder: { id: string; name: string; needsNew: boolean };
  /** Who else takes part, each with a role from the ladder's list. */
  participants: CaseParticipant[];
  openedFrom: CaseOrigin;
  level: {
    level: number;
    title: string;
    problemAreas: string[];
    goals: string[];
    evaluation: string[];
    partners: string[];
    responsible: string[];
  };
  allowedActions: string[];
  tasks: CaseTask[];
  /** `forStafettholder`: an alert the stafettholder has not seen yet (open, not retired); `alertId` names it. */
  timeline: {
    at: string;
    kind: 'action' | 'contact' | 'meeting' | 'alert';
    text: string;
    byName: string;
    forStafettholder?: boolean;
    alertId?: string;
  }[];
  alerts: Alert[];
  beforeAfter: { before: AbsencePeriod | null; after: AbsencePeriod | null } | null;
  /** Absent while the server has no meetings yet (the screen then leaves the section out). */
  meetings?: Meeting[];
  referrals: Referral[];
  assessments: ExpertAssessment[];
  /** A service partner reads the case through a consent: no actions, no forms. */
  readOnly: boolean;
  consents: Consent[];
  /** Forms filled in the case, trusted persons' statements and whether the pupil's voice is heard (decision 063). */
  forms?: CaseFormSummary[];
  statements?: TrustedStatement[];
  pupilVoice?: PupilVoice;
  /** The cause cards and utdypinger of the case's latest årsakskartlegging, for the measures bank's suggestions; null when none is filled. */
  mappedCauses?: MappedCauses | null;
  /** What the consent form needs; null for a partner or a closed case. */
  consentForm: ConsentFormFacts | null;
};

export type MappedCauses = { formId: string; filledOn: string; causes: { code: string; label: string }[] };

// ——— Consent after the 001 form (decision 051) ———

export type ConsentDecision = 'granted' | 'refused';
export type ConsentState = 'gyldig' | 'avslått' | 'trukket' | 'utløpt';
export type Consent = {
  id: string;
  version: number;
  decision: ConsentDecision;
  state: ConsentState;
  stateLabel: string;
  services: { code: string; label: string }[];
  guardianNames: string[];
  pupilConsented: boolean;
  informationGiven: string;
  scope: string;
  heldBackMatters: string | null;
  excludedServices: { code: string; label: string }[];
  excludedUserNames: string[];
  excludedPersons: string | null;
  stafettlogg: boolean;
  consentDate: string;
  collectedByName: string;
  collectedAtService: string;
  withdrawnOn: string | null;
  withdrawalReason: string | null;
  expiredOn: string | null;
  scan: { fileName: string; uploadedAt: string } | null;
};
export type ConsentFormFacts = {
  pupilConsentsToo: boolean;
  guardians: { id: string; name: string }[];
  partners: { id: string; name: string; service: string }[];
};
export type ConsentInput = {
  decision: ConsentDecision;
  services: string[];
  specialistServices: string | null;
  otherServices: string | null;
  guardianIds: string[];
  pupilConsented: boolean;
  informationGiven: string;
  scope: string;
  heldBackMatters: string | null;
  excludedServices: string[];
  excludedUserIds: string[];
  excludedPersons: string | null;
  stafettlogg: boolean;
  place: string | null;
  consentDate: string;
  collectedAtService: string;
};

/** The services a referral task can go to (the server's list; «barnevern» goes behind the guardrail). */
export const REFERRAL_SERVICE_NAMES = [
  'ppt',
  'bup',
  'barnevern',
  'helsestasjon',
  'fastlege',
  'kommunepsykolog',
  'spesialisthelsetjeneste',
] as const;
export type ReferralService = (typeof REFERRAL_SERVICE_NAMES)[number];

export const REFERRAL_STATUSES = ['under-arbeid', 'sendt', 'mottatt', 'avsluttet', 'avvist'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** `waitingDays`: days since it was sent while no answer has come (samtidighetsansvar), else null. */
export type Referral = {
  id: string;
  service: ReferralService;
  status: ReferralStatus;
  sentOn: string | null;
  answeredOn: string | null;
  guardiansSigned: boolean;
  note: string | null;
  version: number;
  waitingDays: number | null;
};

export type ReferralInput = {
  service: ReferralService;
  status: ReferralStatus;
  sentOn?: string | null;
  answeredOn?: string | null;
  guardiansSigned?: boolean;
  note?: string | null;
  holisticAssessment?: HolisticAssessmentInput | null;
};

export const ASSESSMENT_KINDS = ['sakkyndig-vurdering', 'sakkyndig-uttalelse', 'legeerklaering'] as const;
export type AssessmentKind = (typeof ASSESSMENT_KINDS)[number];

export type ExpertAssessment = {
  id: string;
  kind: AssessmentKind;
  issuedOn: string;
  issuedBy: string;
  recommendations: string;
  validUntil: string | null;
  version: number;
};
export type AssessmentInput = {
  kind: AssessmentKind;
  issuedOn: string;
  issuedBy: string;
  recommendations: string;
  validUntil?: string | null;
};

export type NoticeTarget = 'skoleledelse' | 'avdelingsdirektor';

export type StaffMember = { id: string; name: string; role: string };
/** Someone with an account who can take part in a case, with the ladder role their account suggests. */
export type CasePerson = { id: string; name: string; role: string; accountRole: string };

export type MyTask = {
  id: string;
  caseId: string;
  text: string;
  dueOn: string | null;
  overdue: boolean;
  pupilName: string;
  className: string;
};

export type CaseToTakeOver = { id: string; level: number; pupilName: string; className: string; fromSchool: string };

/** The pupil's file (elevmappe) for absence follow-up. `openedAt` and `contactedAt` are instants. */
export type PupilFile = {
  pupil: {
    id: string;
    firstName: string;
    lastName: string;
    className: string;
    schoolName: string;
    protectedAddress: ProtectedAddress;
  };
  cases: {
    id: string;
    status: 'open' | 'closed';
    level: number;
    ladder: string;
    openedAt: string;
    stafettholderName: string;
    summary: string | null;
  }[];
  meetings: { id: string; caseId: string; title: string; heldOn: string; minutes: string }[];
  referrals: {
    id: string;
    caseId: string;
    service: string;
    status: string;
    sentOn: string | null;
    answeredOn: string | null;
  }[];
  assessments: {
    id: string;
    caseId: string;
    kind: string;
    issuedOn: string;
    issuedBy: string;
    recommendations: string;
    validUntil: string | null;
  }[];
  contacts: Contact[];
  observations: {
    id: string;
    pupilId: string;
    kind: string;
    ruleId: string | null;
    observedOn: string;
    description: string;
    recordedByName: string;
    version: number;
  }[];
};

export type HolisticAssessmentInput = {
  assessedOn: string;
  assessedBy: string;
  causesConsidered: string;
  grounds: string;
};

export type EvaluationOutcome = 'solved' | 'better' | 'more-needed';

export type CaseAction =
  | { type: 'start-measures'; evaluationOn?: string }
  | { type: 'set-evaluation-date'; evaluationOn: string; reason: string }
  | {
      type: 'evaluate';
      outcome: EvaluationOutcome;
      assessment: string;
      nextEvaluationOn?: string;
      intensifiedMeasures?: string;
    }
  | { type: 'escalate'; reason: string; evaluationOn?: string }
  | { type: 'de-escalate'; reason: string; evaluationOn?: string }
  | { type: 'close'; summary: string }
  | { type: 'reopen'; reason: string }
  | { type: 'report-to-child-welfare'; holisticAssessment: HolisticAssessmentInput };

export type CaseActionType = CaseAction['type'];

export type CaseListEntry = {
  id: string;
  pupilName: string;
  className: string;
  level: number;
  status: 'open' | 'closed';
  evaluationDue: string | null;
  overdue: boolean;
  inactive: boolean;
  stafettholderName: string;
};

export const caseApi = {
  open: (body: OpenCaseInput) => request<{ id: string }>('/api/cases', { method: 'POST', body }),
  list: (params: { mine: boolean; status: 'open' | 'all' }) =>
    request<{ cases: CaseListEntry[] }>(`/api/cases${query({ mine: String(params.mine), status: params.status })}`),
  get: (caseId: string) => request<CaseDetail>(`/api/cases/${id(caseId)}`),
  act: (caseId: string, action: CaseAction, version: number) =>
    request<{ state: CaseState; version: number }>(`/api/cases/${id(caseId)}/actions`, {
      method: 'POST',
      body: { action, version },
    }),
  addTask: (caseId: string, body: { text: string; dueOn?: string }) =>
    request<{ id: string }>(`/api/cases/${id(caseId)}/tasks`, { method: 'POST', body }),
  completeTask: (
    caseId: string,
    taskId: string,
    body: { version: number; service?: string; holisticAssessment?: HolisticAssessmentInput },
  ) =>
    request<{ version: number; doneOn: string }>(`/api/cases/${id(caseId)}/tasks/${id(taskId)}/done`, {
      method: 'POST',
      body,
    }),
  addMeeting: (caseId: string, body: MeetingInput) =>
    request<{ meeting: Meeting }>(`/api/cases/${id(caseId)}/meetings`, { method: 'POST', body }),
  updateMeeting: (caseId: string, meetingId: string, body: MeetingUpdate) =>
    request<{ meeting: Meeting }>(`/api/cases/${id(caseId)}/meetings/${id(meetingId)}`, { method: 'PUT', body }),
  /** The minutes (referat) as a PDF, with the file name the server suggests (if any). */
  async minutes(
    caseId: string,
    meetingId: string,
    confirmProtectedAddress: boolean,
  ): Promise<{ pdf: Blob; fileName: string | null }> {
    const body = JSON.stringify(confirmProtectedAddress ? { confirmProtectedAddress: true } : {});
    const response = await send(
      `/api/cases/${id(caseId)}/meetings/${id(meetingId)}/minutes`,
      'POST',
      true,
      'application/pdf',
      { data: body, type: 'application/json' },
    );
    const disposition = response.headers.get('content-disposition') ?? '';
    return { pdf: await response.blob(), fileName: /filename="([^"]+)"/.exec(disposition)?.[1] ?? null };
  },
  addReferral: (caseId: string, body: ReferralInput) =>
    request<{ referral: Referral }>(`/api/cases/${id(caseId)}/referrals`, { method: 'POST', body }),
  updateReferral: (caseId: string, referralId: string, body: ReferralInput & { version: number }) =>
    request<{ referral: Referral }>(`/api/cases/${id(caseId)}/referrals/${id(referralId)}`, { method: 'PUT', body }),
  addAssessment: (caseId: string, body: AssessmentInput) =>
    request<{ assessment: ExpertAssessment }>(`/api/cases/${id(caseId)}/assessments`, { method: 'POST', body }),
  /** The ladder's written notice (logged by the server) as a PDF, with the file name the server suggests (if any). */
  async notice(caseId: string, to: NoticeTarget): Promise<{ pdf: Blob; fileName: string | null }> {
    const response = await send(`/api/cases/${id(caseId)}/notices`, 'POST', true, 'application/pdf', {
      data: JSON.stringify({ to }),
      type: 'application/json',
    });
    const disposition = response.headers.get('content-disposition') ?? '';
    return { pdf: await response.blob(), fileName: /filename="([^"]+)"/.exec(disposition)?.[1] ?? null };
  },
  staff: (caseId: string) => request<{ staff: StaffMember[] }>(`/api/cases/${id(caseId)}/staff`),
  people: (caseId: string) => request<{ people: CasePerson[] }>(`/api/cases/${id(caseId)}/people`),
  addParticipant: (caseId: string, body: { name: string; role: string; userId?: string | null }) =>
    request<{ participant: CaseParticipant }>(`/api/cases/${id(caseId)}/participants`, { method: 'POST', body }),
  removeParticipant: (caseId: string, participantId: string) =>
    request<void>(`/api/cases/${id(caseId)}/participants/${id(participantId)}`, { method: 'DELETE' }),
  passBaton: (caseId: string, body: { userId: string; reason: string; version: number }) =>
    request<{ stafettholder: { id: string; name: string }; version: number }>(
      `/api/cases/${id(caseId)}/stafettholder`,
      { method: 'PUT', body },
    ),
  myTasks: () => request<{ tasks: MyTask[] }>('/api/tasks/mine'),
  toTakeOver: () => request<{ cases: CaseToTakeOver[] }>('/api/cases/to-take-over'),
  takeOver: (caseId: string) =>
    request<{ id: string }>(`/api/cases/${id(caseId)}/take-over`, { method: 'POST', body: {} }),
  pupilFile: (pupilId: string) => request<PupilFile>(`/api/pupils/${id(pupilId)}/file`),
  recordConsent: (caseId: string, body: ConsentInput) =>
    request<{ id: string }>(`/api/cases/${id(caseId)}/consents`, { method: 'POST', body }),
  withdrawConsent: (caseId: string, consentId: string, body: { version: number; reason: string }) =>
    request<{ version: number }>(`/api/cases/${id(caseId)}/consents/${id(consentId)}/withdraw`, {
      method: 'POST',
      body,
    }),
  /** The consent form with signature lines as a PDF (the server logs the print). */
  async consentPdf(caseId: string, consentId: string): Promise<{ pdf: Blob; fileName: string | null }> {
    const response = await send(
      `/api/cases/${id(caseId)}/consents/${id(consentId)}/pdf`,
      'GET',
      false,
      'application/pdf',
    );
    const disposition = response.headers.get('content-disposition') ?? '';
    return { pdf: await response.blob(), fileName: /filename="([^"]+)"/.exec(disposition)?.[1] ?? null };
  },
  attachConsentScan: (
    caseId: string,
    consentId: string,
    body: { fileName: string; mime: string; dataBase64: string },
  ) => request<{ id: string }>(`/api/cases/${id(caseId)}/consents/${id(consentId)}/scan`, { method: 'POST', body }),
  /** A plain link: the browser downloads the scan with the session cookie. */
  consentScanUrl: (caseId: string, consentId: string) => `/api/cases/${id(caseId)}/consents/${id(consentId)}/scan`,
};

// Tilgangslogg (decision 053): the leadership's review of their pupils' audit trail, and the guardians'
// own «Hvem har sett saken».
export type AuditKind = 'read' | 'create' | 'update' | 'delete' | 'export' | 'print';
export type AuditOutcome = 'allowed' | 'denied';
export type AuditReviewFilter = {
  pupilId?: string;
  userId?: string;
  from?: string;
  to?: string;
  kind?: AuditKind;
  outcome?: AuditOutcome;
  page?: number;
};
export type AuditReviewEntry = {
  id: string;
  at: string;
  userId: string | null;
  userName: string;
  role: string;
  action: string;
  kind: AuditKind | null;
  outcome: AuditOutcome;
  pupilId: string | null;
  pupilName: string | null;
  entity: string | null;
  entityId: string | null;
  caseId: string | null;
  organisation: string | null;
  clientIp: string | null;
};
export type AuditReview = {
  page: number;
  pageSize: number;
  total: number;
  entries: AuditReviewEntry[];
  options: { pupils: { id: string; name: string; className: string }[]; users: { id: string; name: string }[] };
};
export type AccessLogEntry = {
  at: string;
  name: string | null;
  role: string;
  organisation: string | null;
  kind: AuditKind | null;
  kindLabel: string;
  what: string;
};
export type AccessLog = {
  child: { id: string; firstName: string; lastName: string; protectedAddress: boolean };
  total: number;
  entries: AccessLogEntry[];
};

export const auditApi = {
  review: (filter: AuditReviewFilter) => request<AuditReview>(`/api/audit-log${query(filter)}`),
  accessLog: (pupilId: string) => request<AccessLog>(`/api/my-children/${id(pupilId)}/access-log`),
  accessLogPdfUrl: (pupilId: string) => `/api/my-children/${id(pupilId)}/access-log.pdf`,
};
