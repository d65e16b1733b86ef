import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { NoticeRegion, useNotice, FailureMessage, useFailure } from '../../ui/feedback';
import { useTranslation } from 'react-i18next';
import { userAdminApi } from '../../adminApi';
import type { UnusedAccount } from '../../adminApi';
import { ErrorAlert, errorMessage } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { formatDate, formatDateTime } from '../../format';
import { useApi } from '../../useApi';
import { useUser } from '../../auth';
import { AccountsSection } from './AccountsSection';
import { focusById, focusLater } from '../../ui/focus';

type Action = 'disable' | 'resetTotp';
type Pending = { action: Action; user: UnusedAccount } | null;

const CONFIRM_ID = 'brukere-bekreft';

/**
 * Brukere (decision 052): the accounts nobody has used for the configured number of days, for the
 * administrator to disable, and a reset of a lost authenticator for any account listed. Every action
 * is confirmed first; what the server answers is shown in its own words.
 */
export function UsersPage() {
  const { t } = useTranslation();
  // The administrator role without a school: the kommune's (decision 111).
  const kommuneAdmin = useUser().roles.some((r) => r.role === 'administrator' && !r.schoolId);
  const unused = useApi('users:unused', () => userAdminApi.unused());
  const [pending, setPending] = useState<Pending>(null);
  const [busy, setBusy] = useState(false);
  const [notice, announce] = useNotice();
  const { failure, fail, clear } = useFailure();
  const opener = useRef<HTMLButtonElement | null>(null);

  function ask(action: Action, user: UnusedAccount, button: HTMLButtonElement) {
    opener.current = button;
    clear();
    setPending({ action, user });
    focusById(CONFIRM_ID);
  }

  function cancel() {
    setPending(null);
    const button = opener.current;
    focusLater(button);
  }

  async function confirm() {
    if (!pending) return;
    setBusy(true);
    clear();
    try {
      const name = pending.user.displayName;
      const text =
        pending.action === 'disable'
          ? t('users.disabledDone', {
              name,
              count: (await userAdminApi.setDisabled(pending.user.id, true)).sessionsEnded,
            })
          : t('users.totpResetDone', { name, count: (await userAdminApi.resetTotp(pending.user.id)).sessionsEnded });
      announce(text);
      setPending(null);
      unused.reload();
      focusById('brukere-melding');
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page title={t('users.title')}>
      <Paragraph>{t(kommuneAdmin ? 'users.introKommune' : 'users.intro')}</Paragraph>
      <NoticeRegion notice={notice} alertId="brukere-melding" />

      {pending && (
        <section aria-labelledby={CONFIRM_ID} className="home-section">
          <Heading level={2} data-size="xs" id={CONFIRM_ID} tabIndex={-1}>
            {pending.action === 'disable'
              ? t('users.confirmDisableHeading', { name: pending.user.displayName })
              : t('users.confirmTotpHeading', { name: pending.user.displayName })}
          </Heading>
          <Paragraph>
            {pending.action === 'disable' ? t('users.confirmDisableText') : t('users.confirmTotpText')}
          </Paragraph>
          <div className="button-row">
            <Button data-color="danger" onClick={confirm} disabled={busy} aria-busy={busy || undefined}>
              {pending.action === 'disable' ? t('users.confirmDisable') : t('users.confirmTotp')}
            </Button>
            <Button variant="secondary" onClick={cancel} disabled={busy}>
              {t('users.cancel')}
            </Button>
          </div>
          <FailureMessage failure={failure} fallback={t('users.actionFailed')} />
        </section>
      )}

      <AccountsSection onChanged={() => unused.reload()} />

      <section aria-labelledby="brukere-ubrukte" className="home-section">
        <Heading level={2} data-size="sm" id="brukere-ubrukte">
          {t('users.unusedHeading')}
        </Heading>
        {unused.status === 'loading' && <Loading />}
        {unused.status === 'error' && <ErrorAlert>{errorMessage(unused.error, t('users.loadFailed'))}</ErrorAlert>}
        {unused.status === 'ok' && (
          <>
            <Paragraph>
              {t('users.unusedIntro', { days: unused.data.days, date: formatDate(unused.data.before.slice(0, 10)) })}
            </Paragraph>
            {unused.data.users.length === 0 ? (
              <Paragraph>{t('users.noUnused', { days: unused.data.days })}</Paragraph>
            ) : (
              <Table data-size="sm" className="users-table">
                <caption className="ds-sr-only">{t('users.tableCaption', { count: unused.data.users.length })}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell>{t('users.name')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('users.username')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('users.kind')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('users.lastUsed')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('users.actions')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {unused.data.users.map((u) => (
                    <Table.Row key={u.id}>
                      <Table.Cell>{u.displayName}</Table.Cell>
                      <Table.Cell>{u.username}</Table.Cell>
                      <Table.Cell>{t(`users.kind_${u.kind}`)}</Table.Cell>
                      <Table.Cell>
                        {u.lastLoginAt
                          ? formatDateTime(u.lastLoginAt)
                          : t('users.neverUsed', { date: formatDateTime(u.createdAt) })}
                      </Table.Cell>
                      <Table.Cell>
                        <div className="button-row">
                          <Button
                            variant="secondary"
                            data-size="sm"
                            onClick={(e) => ask('disable', u, e.currentTarget)}
                          >
                            {t('users.disable')}
                            <span className="ds-sr-only"> – {u.displayName}</span>
                          </Button>
                          <Button
                            variant="tertiary"
                            data-size="sm"
                            onClick={(e) => ask('resetTotp', u, e.currentTarget)}
                          >
                            {t('users.resetTotp')}
                            <span className="ds-sr-only"> – {u.displayName}</span>
                          </Button>
                        </div>
                      </Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            )}
          </>
        )}
      </section>
    </Page>
  );
}
