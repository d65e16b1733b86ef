import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useSearchParams } from 'react-router-dom';
import { END_SESSION_KEY, useAuth } from '../../auth';
import type { SecondFactorChallenge } from '../../api';
import { ApiError, api } from '../../api';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { FailureMessage } from '../../ui/feedback';
import { useSubmit } from '../../ui/useSubmit';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import type { LoginRedirectState } from '../../components/RequireAuth';
import { LanguageSwitch } from '../../components/LanguageSwitch';

/** Only same-app paths are followed after login; anything else goes to the front page. */
function safeReturnPath(from: unknown): string {
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') && !from.startsWith('/logg-inn')
    ? from
    : '/';
}

type FieldErrors = { username?: string; password?: string };

export function LoginPage() {
  const { t } = useTranslation();
  const { state, login, confirmTotp, cancelLogin } = useAuth();
  const location = useLocation();
  const redirect = (location.state ?? {}) as LoginRedirectState;

  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  // One request at a time; each failed attempt gets a new alert element, so the same message is announced again.
  // There is no session yet: a 401 here is a wrong password or code.
  const { busy: submitting, failure, clear, run } = useSubmit({ session: false });
  // Set after a right password when the server asks for the one-time code (everyone but guardians).
  const [challenge, setChallenge] = useState<SecondFactorChallenge | null>(null);
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | undefined>();
  const codeRef = useRef<HTMLInputElement>(null);

  // Sign-in with the kommune's identity providers (decision 084): buttons, a refusal's code from the
  // callback, the one-time code step after a provider without a strong level, its end-session link.
  const [searchParams] = useSearchParams();
  const oidcError = searchParams.get('oidc-feil');
  const oidcNeedsCode = searchParams.get('oidc') === 'engangskode';
  const [providers, setProviders] = useState<Awaited<ReturnType<typeof api.oidcProviders>>>([]);
  const [endSessionUrl] = useState(() => {
    const url = sessionStorage.getItem(END_SESSION_KEY);
    sessionStorage.removeItem(END_SESSION_KEY);
    return url;
  });
  useEffect(() => {
    let cancelled = false;
    api.oidcProviders().then(
      (list) => !cancelled && setProviders(list),
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, []);
  useEffect(() => {
    if (!oidcNeedsCode) return;
    api.oidcSecondFactor().then(
      (next) => setChallenge(next),
      () => undefined,
    );
  }, [oidcNeedsCode]);

  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);

  // The submit button is disabled while waiting; if it had focus, put focus back when it is usable again.
  useEffect(() => {
    if (!submitting && failure && (document.activeElement === document.body || document.activeElement === null))
      submitRef.current?.focus();
  }, [submitting, failure]);

  // The code step replaces the form: move focus to its field so keyboard and screen-reader users land there.
  useEffect(() => {
    if (challenge) codeRef.current?.focus();
  }, [challenge]);

  if (state.status === 'loading') return <Loading />;
  if (state.status === 'authenticated') return <Navigate to={safeReturnPath(redirect.from)} replace />;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    const errors: FieldErrors = {};
    if (!username.trim()) errors.username = t('login.missingUsername');
    if (!password) errors.password = t('login.missingPassword');
    setFieldErrors(errors);
    if (errors.username || errors.password) {
      // Focus the first field to fix; its error message is read with it (aria-describedby).
      (errors.username ? usernameRef : passwordRef).current?.focus();
      return;
    }
    clear();
    await run(async () => {
      const next = await login(username.trim(), password);
      // Without a challenge the auth state has changed and <Navigate> above takes over.
      if (next) {
        setChallenge(next);
        setPassword('');
      }
    });
  }

  async function onSubmitCode(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    const digits = code.replace(/\s/g, '');
    if (!/^\d{6}$/.test(digits)) {
      setCodeError(t('login.totp.invalidCode'));
      codeRef.current?.focus();
      return;
    }
    setCodeError(undefined);
    clear();
    await run(
      () => confirmTotp(digits),
      (error) => {
        setCode('');
        // Only a wrong code may be tried again; a lock-out or an ended wait starts over from the password.
        const retry = error instanceof ApiError && (error.status === 400 || error.details?.retry === true);
        if (retry) codeRef.current?.focus();
        else setChallenge(null);
      },
    );
  }

  async function onCancel() {
    await cancelLogin();
    setChallenge(null);
    setCode('');
    setCodeError(undefined);
    clear();
    usernameRef.current?.focus();
  }

  if (challenge) {
    return (
      <Page title={t('login.totp.title')}>
        <div className="login">
          {challenge.kind === 'enrol' ? (
            <section aria-labelledby="totp-enrol-heading" className="login__enrol">
              <Heading level={2} data-size="xs" id="totp-enrol-heading">
                {t('login.totp.enrolHeading')}
              </Heading>
              <Paragraph>{t('login.totp.enrolIntro')}</Paragraph>
              <Paragraph>{t('login.totp.secretLabel')}</Paragraph>
              <p className="login__secret">
                <code aria-label={t('login.totp.secretAria')}>{groupSecret(challenge.secret)}</code>
              </p>
              <Paragraph>
                {t('login.totp.uriLabel')}{' '}
                <a href={challenge.otpauthUri} className="login__uri">
                  {challenge.otpauthUri}
                </a>
              </Paragraph>
              <Paragraph>{t('login.totp.enrolConfirm')}</Paragraph>
            </section>
          ) : (
            <Paragraph>{t('login.totp.intro')}</Paragraph>
          )}
          {oidcNeedsCode && <Paragraph>{t('oidc.secondFactorIntro')}</Paragraph>}
          <FailureMessage failure={failure} fallback={t('login.errorHeading')} />
          <form className="login__form" onSubmit={onSubmitCode} noValidate>
            <Textfield
              ref={codeRef}
              label={t('login.totp.code')}
              description={t('login.totp.codeHelp')}
              name="code"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={7}
              required
              value={code}
              onChange={(e) => setCode(e.target.value)}
              error={codeError}
            />
            <div className="login__actions">
              <Button type="submit" disabled={submitting} aria-busy={submitting || undefined}>
                {submitting ? t('login.submitting') : t('login.totp.submit')}
              </Button>
              <Button type="button" variant="secondary" onClick={() => void onCancel()} disabled={submitting}>
                {t('login.totp.cancel')}
              </Button>
            </div>
          </form>
        </div>
      </Page>
    );
  }

  return (
    <Page title={t('login.title')}>
      <div className="login">
        <LanguageSwitch />
        <Paragraph>{t('login.intro')}</Paragraph>
        {redirect.expired && !failure && (
          <Alert data-color="info" className="login__notice">
            <Paragraph>{t('app.sessionExpired')}</Paragraph>
          </Alert>
        )}
        <FailureMessage failure={failure} fallback={t('login.errorHeading')} />
        {oidcError && !failure && (
          <ErrorAlert>{t(`oidc.errors.${oidcError}`, { defaultValue: t('oidc.errors.unknown') })}</ErrorAlert>
        )}
        {endSessionUrl && (
          <Paragraph>
            <a href={endSessionUrl}>{t('oidc.endSession')}</a>
          </Paragraph>
        )}
        {providers.length > 0 && (
          <section aria-labelledby="oidc-heading" className="login__providers">
            <Heading level={2} data-size="xs" id="oidc-heading">
              {t('oidc.heading')}
            </Heading>
            <ul className="login__provider-list">
              {providers.map((p) => (
                <li key={p.slug}>
                  <Button asChild variant="secondary">
                    <a href={`/api/auth/oidc/${encodeURIComponent(p.slug)}/start`}>{p.name}</a>
                  </Button>
                </li>
              ))}
            </ul>
            <Paragraph>{t('oidc.orPassword')}</Paragraph>
          </section>
        )}
        <form className="login__form" onSubmit={onSubmit} noValidate>
          <Textfield
            ref={usernameRef}
            label={t('login.username')}
            name="username"
            autoComplete="username"
            autoCapitalize="none"
            autoCorrect="off"
            spellCheck={false}
            required
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            error={fieldErrors.username}
          />
          <Textfield
            ref={passwordRef}
            label={t('login.password')}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={fieldErrors.password}
          />
          <Button
            ref={submitRef}
            type="submit"
            disabled={submitting}
            aria-busy={submitting || undefined}
            className="login__submit"
          >
            {submitting ? t('login.submitting') : t('login.submit')}
          </Button>
        </form>
      </div>
    </Page>
  );
}

/** The secret in groups of four, easier to type into an app by hand (apps ignore the spaces). */
function groupSecret(secret: string): string {
  return secret.replace(/(.{4})/g, '$1 ').trim();
}
