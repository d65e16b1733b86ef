import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { ApiError, api } from './api';
import type { Me, SecondFactorChallenge } from './api';
import type { Language } from '../domain/language/language';
import { setLanguage } from './i18n';

/** Where the login page finds the provider's end-session URL after a log-out. */
export const END_SESSION_KEY = 'naervaer.endSessionUrl';

export type AuthState =
  | { status: 'loading' }
  | { status: 'anonymous'; reason: 'initial' | 'logout' | 'expired' }
  | { status: 'authenticated'; user: Me };

type AuthContextValue = {
  state: AuthState;
  /** The password step: resolves to the second-factor challenge, or null when the user is logged in. */
  login(username: string, password: string): Promise<SecondFactorChallenge | null>;
  /** The code step after a challenge. */
  confirmTotp(code: string): Promise<void>;
  /** Gives up a login that awaits its code (ends the waiting session). */
  cancelLogin(): Promise<void>;
  logout(): Promise<void>;
  /** Call with any error from an API call: a 401 means the session ended, so go back to login. */
  handleApiError(error: unknown): void;
  /** Saves the user's own language (null: the kommune's målform) and shows the app in the one now in effect. */
  chooseLanguage(language: Language | null): Promise<void>;
  /** Reads the session again (after a change to the kommune the user's language may follow) and shows its language. */
  reloadUser(): Promise<void>;
};

/**
 * A session's user, once the texts of their language are loaded: after log-in the session's language rules
 * (decision 176), and the first screen is already in it.
 */
async function inLanguage(user: Me): Promise<Me> {
  await setLanguage(user.language);
  return user;
}

const AuthContext = createContext<AuthContextValue | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<AuthState>({ status: 'loading' });

  useEffect(() => {
    let cancelled = false;
    api
      .me()
      .then(async (session) => (session ? { ...session, user: await inLanguage(session.user) } : null))
      .then(
        (session) => {
          if (!cancelled)
            setState(
              session ? { status: 'authenticated', user: session.user } : { status: 'anonymous', reason: 'initial' },
            );
        },
        () => {
          // The server could not be reached: show the login page, which reports errors on submit.
          if (!cancelled) setState({ status: 'anonymous', reason: 'initial' });
        },
      );
    return () => {
      cancelled = true;
    };
  }, []);

  const login = useCallback(async (username: string, password: string) => {
    const result = await api.login(username, password);
    if ('secondFactor' in result) return result.secondFactor;
    setState({ status: 'authenticated', user: await inLanguage(result.user) });
    return null;
  }, []);

  const confirmTotp = useCallback(async (code: string) => {
    const session = await api.confirmTotp(code);
    setState({ status: 'authenticated', user: await inLanguage(session.user) });
  }, []);

  const cancelLogin = useCallback(async () => {
    // The waiting session grants nothing and expires by itself; ending it is tidiness, not safety.
    await api.logout().catch(() => undefined);
  }, []);

  const logout = useCallback(async () => {
    try {
      // The login page offers the provider's end-session, once (decision 084).
      const endSessionUrl = await api.logout();
      if (endSessionUrl) sessionStorage.setItem(END_SESSION_KEY, endSessionUrl);
    } catch (error) {
      // Already logged out on the server: nothing left to end.
      if (!(error instanceof ApiError && error.status === 401)) throw error;
    }
    setState({ status: 'anonymous', reason: 'logout' });
  }, []);

  const handleApiError = useCallback((error: unknown) => {
    if (error instanceof ApiError && error.status === 401) setState({ status: 'anonymous', reason: 'expired' });
  }, []);

  const chooseLanguage = useCallback(async (chosen: Language | null) => {
    const saved = await api.setMyLanguage(chosen);
    await setLanguage(saved.language);
    setState((current) =>
      current.status === 'authenticated' ? { ...current, user: { ...current.user, ...saved } } : current,
    );
  }, []);

  const reloadUser = useCallback(async () => {
    const session = await api.me();
    if (session) setState({ status: 'authenticated', user: await inLanguage(session.user) });
  }, []);

  const value = useMemo(
    () => ({ state, login, confirmTotp, cancelLogin, logout, handleApiError, chooseLanguage, reloadUser }),
    [state, login, confirmTotp, cancelLogin, logout, handleApiError, chooseLanguage, reloadUser],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>');
  return value;
}

/** The logged-in user; only for components rendered behind <RequireAuth>. */
export function useUser(): Me {
  const { state } = useAuth();
  if (state.status !== 'authenticated') throw new Error('useUser needs an authenticated session');
  return state.user;
}
