import { Button, Field, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { inboxApi, type NoticePreferences } from '../../api';
import { ErrorAlert, errorMessage } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { FailureMessage, NoticeRegion, Section, useNotice } from '../../ui/feedback';
import { useSubmit } from '../../ui/useSubmit';
import { useApi } from '../../useApi';
import { MAIL_MODES, isOneOf } from '../../../contract/enums';

const HOURS = Array.from({ length: 24 }, (_, h) => h);

/** «E-postvarsler»: the user's own address and, per kind, at once, a daily summary at an hour, or none. */
export function MailSettings() {
  const { t } = useTranslation();
  const loaded = useApi('innboks:epost', () => inboxApi.preferences());
  return (
    <Section id="epostvarsler" heading={t('inbox.mailHeading')}>
      <Paragraph data-size="sm">{t('inbox.mailHelp')}</Paragraph>
      {loaded.status === 'loading' && <Loading />}
      {loaded.status === 'error' && <ErrorAlert>{errorMessage(loaded.error, t('inbox.loadFailed'))}</ErrorAlert>}
      {loaded.status === 'ok' && <MailForm initial={loaded.data} />}
    </Section>
  );
}

function MailForm({ initial }: { initial: NoticePreferences }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState(initial.email ?? '');
  const [prefs, setPrefs] = useState(initial.preferences);
  const { busy, failure, onSubmit } = useSubmit();
  const [notice, say] = useNotice();
  const set = (kind: string, change: Partial<(typeof prefs)[number]>) =>
    setPrefs((all) => all.map((p) => (p.kind === kind ? { ...p, ...change } : p)));
  const save = onSubmit(async () => {
    const saved = await inboxApi.savePreferences({ email: email.trim() || null, preferences: prefs });
    setPrefs(saved.preferences);
    say(t('inbox.mailSaved'));
  });
  return (
    <form onSubmit={save} noValidate>
      <Textfield
        label={t('inbox.email')}
        description={t('inbox.emailHelp')}
        type="email"
        autoComplete="email"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
      />
      {prefs.map((p) => (
        <fieldset key={p.kind} className="inbox-pref">
          <legend>{t(`inbox.kind_${p.kind}`)}</legend>
          <Field>
            <Label>{t('inbox.mode')}</Label>
            <Select
              value={p.mode}
              onChange={(e) => {
                const mode = e.target.value;
                if (isOneOf(MAIL_MODES, mode)) set(p.kind, { mode, hour: mode === 'daily' ? (p.hour ?? 7) : null });
              }}
            >
              {MAIL_MODES.map((m) => (
                <Select.Option key={m} value={m}>
                  {t(`inbox.mode_${m}`)}
                </Select.Option>
              ))}
            </Select>
          </Field>
          {p.mode === 'daily' && (
            <Field>
              <Label>{t('inbox.hour')}</Label>
              <Select value={String(p.hour ?? 7)} onChange={(e) => set(p.kind, { hour: Number(e.target.value) })}>
                {HOURS.map((h) => (
                  <Select.Option key={h} value={String(h)}>
                    {t('inbox.hourOption', { hour: String(h).padStart(2, '0') })}
                  </Select.Option>
                ))}
              </Select>
            </Field>
          )}
        </fieldset>
      ))}
      <NoticeRegion notice={notice} />
      <FailureMessage failure={failure} fallback={t('inbox.mailFailed')} />
      <Button type="submit" disabled={busy} aria-busy={busy || undefined}>
        {t('inbox.mailSave')}
      </Button>
    </form>
  );
}
