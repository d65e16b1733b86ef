// Login in two steps, the password set-up link, the session and logout.
import type {
  ConfirmSecondFactorResponse,
  GetMeResponse,
  LoginResponse,
  Me,
  OidcLogoutResponse,
  OidcProviderButton,
  Role,
  SecondFactorStep,
  ServerTime,
  Session,
  SetDemoClockResponse,
  SetMyLanguageResponse,
  SetPasswordResponse,
} from '../../contract';
import type { Language } from '../../domain/language/language';
import { ApiError, clearCsrfToken, keepCsrfToken, request } from './client';
import { noteServerTime } from '../appClock';

export type { Me, Session };
export type RoleName = Role;
export type RoleAssignment = Me['roles'][number];
/** The second login step the server asks for: a code, or first a new secret to add to the app. */
export type SecondFactorChallenge = SecondFactorStep['secondFactor'];
export type LoginResult = LoginResponse;

function keep<T extends { csrfToken: string }>(answer: T): T {
  keepCsrfToken(answer.csrfToken);
  // A session answer carries the server's time: the app's day from here on (decision 101).
  if ('time' in answer) noteServerTime(answer.time as ServerTime);
  return answer;
}

export const authApi = {
  /** The first step; for most users the answer is a second-factor challenge, not yet a session. */
  async login(username: string, password: string): Promise<LoginResult> {
    return keep(
      await request<LoginResponse>('/api/auth/login', { method: 'POST', body: { username, password }, csrf: false }),
    );
  },
  /** Sets one's own password with the one-time link's name and code (no session, no CSRF token yet). */
  setPassword(username: string, token: string, password: string): Promise<SetPasswordResponse> {
    return request('/api/auth/password-setup', { method: 'POST', body: { username, token, password }, csrf: false });
  },
  /** The second step: the six-digit code from the authenticator app. */
  async confirmTotp(code: string): Promise<Session> {
    return keep(await request<ConfirmSecondFactorResponse>('/api/auth/totp', { method: 'POST', body: { code } }));
  },
  /** One's own interface language (null: the kommune's målform); answers with the language now in effect. */
  setMyLanguage(language: Language | null): Promise<SetMyLanguageResponse> {
    return request('/api/auth/me/language', { method: 'PUT', body: { language } });
  },
  /** The current session, or `null` when nobody is logged in (401). */
  async me(): Promise<Session | null> {
    try {
      return keep(await request<GetMeResponse>('/api/auth/me'));
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
      return (await request<OidcLogoutResponse>('/api/auth/oidc/logout', { method: 'POST' })).endSessionUrl;
    } finally {
      clearCsrfToken();
    }
  },
  /** Demo mode only (decision 100): jumps the server's clock; it runs on from there. */
  async setDemoClock(to: string): Promise<SetDemoClockResponse> {
    const time = await request<SetDemoClockResponse>('/api/demo/clock', { method: 'POST', body: { to } });
    noteServerTime(time);
    return time;
  },
  /** The identity providers set up (Feide, ID-porten, HelseID), for the login page's buttons. */
  oidcProviders: () => request<OidcProviderButton[]>('/api/auth/oidc/providers'),
  /** Back from a provider without a strong level: the one-time code step of this waiting session. */
  async oidcSecondFactor(): Promise<SecondFactorChallenge> {
    return keep(await request<SecondFactorStep>('/api/auth/oidc/second-factor')).secondFactor;
  },
};
