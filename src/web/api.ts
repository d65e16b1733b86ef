// The browser's only way to the server. Same origin, JSON, cookies for the session, and the CSRF
// token from login/me sent back on every state-changing request (login itself has none yet: the
// server guards it with SameSite, the Origin check and the JSON content type).

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

type RequestOptions = { method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; body?: unknown; csrf?: boolean };

async function request<T>(path: string, { method = 'GET', body, csrf = method !== 'GET' }: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (csrf && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network', networkMessage);
  }

  if (response.status === 204) return undefined as T;
  const payload: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = readError(payload);
    // 502–504 without our error body: a proxy in front (or Vite's, in development) found no server.
    const fallback = response.status >= 502 && response.status <= 504 ? networkMessage : unexpectedMessage;
    throw new ApiError(response.status, error?.code ?? 'unknown', error?.message ?? fallback);
  }
  if (payload === undefined) throw new ApiError(response.status, 'invalid_response', unexpectedMessage);
  return payload as T;
}

function readError(payload: unknown): { code: string; message: string } | undefined {
  if (typeof payload !== 'object' || payload === null || !('error' in payload)) return undefined;
  const error = payload.error;
  if (typeof error !== 'object' || error === null) return undefined;
  const code = 'code' in error && typeof error.code === 'string' ? error.code : 'unknown';
  const message = 'message' in error && typeof error.message === 'string' && error.message ? error.message : unexpectedMessage;
  return { code, message };
}

function keep(session: Session): Session {
  csrfToken = session.csrfToken;
  return session;
}

export const api = {
  async login(username: string, password: string): Promise<Session> {
    return keep(await request<Session>('/api/auth/login', { method: 'POST', body: { username, password }, csrf: false }));
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
  async logout(): Promise<void> {
    try {
      await request<void>('/api/auth/logout', { method: 'POST' });
    } finally {
      clearCsrfToken();
    }
  },
  classes: () => request<{ classes: ClassSummary[] }>('/api/classes'),
  classPupils: (classId: string) => request<ClassPupils>(`/api/classes/${encodeURIComponent(classId)}/pupils`),
  myChildren: () => request<{ children: Child[] }>('/api/my-children'),
};
