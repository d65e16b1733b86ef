// /sett-passord#bruker=…&kode=…: the page a one-time link opens (decision 080). The name and code are in
// the fragment, which the browser never sends to a server; they are read once and the fragment is
// cleared from the address bar, so the code is not left in the history.
import { Alert, Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../api';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { FailureMessage } from '../../ui/feedback';
import { useSubmit } from '../../ui/useSubmit';
import { Page } from '../../ui/Page';

const MIN_LENGTH = 12;

function readLink(): { username: string; token: string } | null {
  const params = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  const username = params.get('bruker');
  const token = params.get('kode');
  return username && token ? { username, token } : null;
}

export function SetPasswordPage() {
  const { t } = useTranslation();
  const [link] = useState(readLink);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<{ password?: string; repeat?: string }>({});
  // No session here: a refused link is a message on this page, not a log-out.
  const { busy: submitting, failure, onSubmit: submit } = useSubmit({ session: false });
  const [done, setDone] = useState<string | null>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const repeatRef = useRef<HTMLInputElement>(null);
  const doneRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (window.location.hash) window.history.replaceState(null, '', window.location.pathname);
  }, []);
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  if (!link) {
    return (
      <Page title={t('setPassword.title')}>
        <ErrorAlert>{t('setPassword.brokenLink')}</ErrorAlert>
      </Page>
    );
  }

  const onSubmit = submit(async () => {
    if (!link) return;
    const next: typeof errors = {};
    if (password.length < MIN_LENGTH) next.password = t('setPassword.tooShort');
    else if (password !== repeat) next.repeat = t('setPassword.mismatch');
    setErrors(next);
    if (next.password || next.repeat) {
      (next.password ? passwordRef : repeatRef).current?.focus();
      return;
    }
    const result = await api.setPassword(link.username, link.token, password);
    setDone(result.username);
  });

  if (done) {
    return (
      <Page title={t('setPassword.title')}>
        <div className="login">
          <Alert data-color="success" ref={doneRef} tabIndex={-1}>
            <Paragraph>{t('setPassword.done', { username: done })}</Paragraph>
          </Alert>
          <Paragraph>
            <Link to="/logg-inn">{t('setPassword.toLogin')}</Link>
          </Paragraph>
        </div>
      </Page>
    );
  }

  return (
    <Page title={t('setPassword.title')}>
      <div className="login">
        <Paragraph>{t('setPassword.intro', { username: link.username })}</Paragraph>
        <FailureMessage failure={failure} fallback={t('setPassword.errorHeading')} />
        <form className="login__form" onSubmit={onSubmit} noValidate>
          {/* For password managers: the account the new password belongs to. */}
          <input type="text" name="username" autoComplete="username" value={link.username} readOnly hidden />
          <Textfield
            ref={passwordRef}
            label={t('setPassword.password')}
            description={t('setPassword.passwordHelp')}
            name="new-password"
            type="password"
            autoComplete="new-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={errors.password}
          />
          <Textfield
            ref={repeatRef}
            label={t('setPassword.repeat')}
            name="repeat-password"
            type="password"
            autoComplete="new-password"
            required
            value={repeat}
            onChange={(e) => setRepeat(e.target.value)}
            error={errors.repeat}
          />
          <Button type="submit" disabled={submitting} aria-busy={submitting || undefined} className="login__submit">
            {submitting ? t('setPassword.submitting') : t('setPassword.submit')}
          </Button>
        </form>
      </div>
    </Page>
  );
}
