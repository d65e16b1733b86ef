// The browser's only way to the server. Same origin, JSON, cookies for the session, and the CSRF
// token from login/me sent back on every state-changing request (login itself has none yet: the
// server guards it with SameSite, the Origin check and the JSON content type). The answers' types are
// the contract's (src/contract, decision 092): the server serialises through the same schemas.
import i18next from 'i18next';
import { isLanguage } from '../../domain/language/language';

/**
 * An error the server (or the network) reported; `message` is meant for the user: the server's own words, or
 * ours in the user's language.
 */
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

// Fallbacks for when the server cannot answer in its own words (network down, proxy error page), in the
// user's language at the moment of the error (i18next's one instance, set up by ../i18n).
const networkMessage = (): string => i18next.t('error.network');
const unexpectedMessage = (): string => i18next.t('error.unexpected');

let csrfToken: string | undefined;

/** Forget the CSRF token, e.g. after logout or when the session has expired. */
export function clearCsrfToken(): void {
  csrfToken = undefined;
}

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type RequestOptions = { method?: Method; body?: unknown; csrf?: boolean };

export async function send(
  path: string,
  method: Method,
  csrf: boolean,
  accept: string,
  body?: { data: BodyInit; type: string },
): Promise<Response> {
  const headers: Record<string, string> = { accept };
  // The language the server answers a refusal in before anyone has logged in (decision 199); after, the user's own.
  if (isLanguage(i18next.language)) headers['x-naervaer-language'] = i18next.language;
  if (body) headers['content-type'] = body.type;
  if (csrf && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, { method, headers, credentials: 'same-origin', body: body?.data });
  } catch {
    throw new ApiError(0, 'network', networkMessage());
  }
  if (!response.ok) {
    const payload: unknown = await response.json().catch(() => undefined);
    const error = readError(payload);
    // 502–504 without our error body: a proxy in front (or Vite's, in development) found no server.
    const fallback = response.status >= 502 && response.status <= 504 ? networkMessage() : unexpectedMessage();
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
  if (payload === undefined) throw new ApiError(response.status, 'invalid_response', unexpectedMessage());
  return payload as T;
}

function readError(payload: unknown): { code: string; message: string; details?: Record<string, unknown> } | undefined {
  if (typeof payload !== 'object' || payload === null || !('error' in payload)) return undefined;
  const error = payload.error;
  if (typeof error !== 'object' || error === null) return undefined;
  const code = 'code' in error && typeof error.code === 'string' ? error.code : 'unknown';
  const message =
    'message' in error && typeof error.message === 'string' && error.message ? error.message : unexpectedMessage();
  const details =
    'details' in error && typeof error.details === 'object' && error.details !== null
      ? (error.details as Record<string, unknown>)
      : undefined;
  return { code, message, details };
}

/** `?a=1&b=2` from the defined values, or '' when there are none. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

export const id = encodeURIComponent;

/** Remember the CSRF token the server handed out with a session or a login step. */
export function keepCsrfToken(token: string): void {
  csrfToken = token;
}

/** A file the server sends (a PDF, a CSV report) with the name it suggests, if any. */
export async function download(
  path: string,
  { method = 'GET', accept = 'application/pdf', body }: { method?: Method; accept?: string; body?: unknown } = {},
): Promise<{ file: Blob; fileName: string | null }> {
  const response = await send(
    path,
    method,
    method !== 'GET',
    accept,
    body === undefined ? undefined : { data: JSON.stringify(body), type: 'application/json' },
  );
  const disposition = response.headers.get('content-disposition') ?? '';
  return { file: await response.blob(), fileName: /filename="([^"]+)"/.exec(disposition)?.[1] ?? null };
}
