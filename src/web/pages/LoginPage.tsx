import { Alert, Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import { useAuth } from '../auth';
import { ErrorAlert, errorMessage } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { Page } from '../components/Page';
import type { LoginRedirectState } from '../components/RequireAuth';

/** Only same-app paths are followed after login; anything else goes to the front page. */
function safeReturnPath(from: unknown): string {
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') && !from.startsWith('/logg-inn') ? from : '/';
}

type FieldErrors = { username?: string; password?: string };

export function LoginPage() {
  const { t } = useTranslation();
  const { state, login } = useAuth();
  const location = useLocation();
  const redirect = (location.state ?? {}) as LoginRedirectState;

  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  // Each failed attempt gets a new alert element, so the same message is announced again.
  const [failure, setFailure] = useState<{ message: string; attempt: number } | null>(null);

  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);

  // The submit button is disabled while waiting; if it had focus, put focus back when it is usable again.
  useEffect(() => {
    if (!submitting && failure && (document.activeElement === document.body || document.activeElement === null)) submitRef.current?.focus();
  }, [submitting, failure]);

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
    setSubmitting(true);
    setFailure(null);
    try {
      await login(username.trim(), password);
      // On success the auth state changes and <Navigate> above takes over.
    } catch (error) {
      setFailure((previous) => ({ message: errorMessage(error, t('login.errorHeading')), attempt: (previous?.attempt ?? 0) + 1 }));
      setSubmitting(false);
    }
  }

  return (
    <Page title={t('login.title')}>
      <div className="login">
        <Paragraph>{t('login.intro')}</Paragraph>
        {redirect.expired && !failure && (
          <Alert data-color="info" className="login__notice">
            <Paragraph>{t('app.sessionExpired')}</Paragraph>
          </Alert>
        )}
        {failure && <ErrorAlert key={failure.attempt}>{failure.message}</ErrorAlert>}
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
          <Button ref={submitRef} type="submit" disabled={submitting} aria-busy={submitting || undefined} className="login__submit">
            {submitting ? t('login.submitting') : t('login.submit')}
          </Button>
        </form>
      </div>
    </Page>
  );
}
