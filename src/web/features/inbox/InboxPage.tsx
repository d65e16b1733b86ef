import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth';
import { inboxApi } from '../../api';
import { ErrorAlert, errorMessage } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { useApi } from '../../useApi';
import { LanguageSettings } from '../../components/LanguageSettings';
import { InboxItems } from './InboxItems';
import { MailSettings } from './MailSettings';
import { OutboxSection } from './OutboxSection';

/** Innboks: what waits for the user in Nærvær, their e-mail and language choices, and for the administrator the outbox. */
export function InboxPage() {
  const { t } = useTranslation();
  const { state } = useAuth();
  const inbox = useApi('innboks', () => inboxApi.list());
  const admin = state.status === 'authenticated' && state.user.roles.some((r) => r.role === 'administrator');
  return (
    <Page title={t('inbox.title')}>
      <Paragraph>{t('inbox.intro')}</Paragraph>
      {inbox.status === 'loading' && <Loading />}
      {inbox.status === 'error' && <ErrorAlert>{errorMessage(inbox.error, t('inbox.loadFailed'))}</ErrorAlert>}
      {inbox.status === 'ok' && <InboxItems items={inbox.data.items} onChanged={inbox.refresh} />}
      <MailSettings />
      <LanguageSettings />
      {admin && <OutboxSection />}
    </Page>
  );
}
