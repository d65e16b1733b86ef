// «Alle brukere» (issue 16 item 3): every account of the kommune with its roles, searchable; a new staff
// account with school roles; roles changed on the version shown; a new one-time link; deactivate and
// activate. A new account's link is shown once, to be handed over.
import { Alert, Button, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { NoticeRegion, useNotice, FailureMessage, useFailure } from '../../ui/feedback';
import { useTranslation } from 'react-i18next';
import {
  ASSIGNABLE_ROLES,
  isOneOf,
  userAdminApi,
  type Account,
  type AccountRole,
  type PasswordLink,
} from '../../adminApi';
import { api } from '../../api';
import { ErrorAlert, errorMessage } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { formatDateTime } from '../../format';
import { useApi } from '../../useApi';
import { RoleEditor, roleDraft, rolesFromDrafts, type RoleDraft } from './RoleEditor';
import { focusLater as focusAfterPaint } from '../../ui/focus';

type Panel = { kind: 'new' } | { kind: 'roles'; account: Account } | null;
type Shown = { link: PasswordLink; name: string; fresh: boolean } | null;

export function AccountsSection({ onChanged }: { onChanged(): void }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState('');
  const accounts = useApi(`users:all:${search}`, () => userAdminApi.accounts(search));
  const classes = useApi('classes', () => api.classes());
  const [panel, setPanel] = useState<Panel>(null);
  const [drafts, setDrafts] = useState<RoleDraft[]>([]);
  const [name, setName] = useState('');
  const [username, setUsername] = useState('');
  const [busy, setBusy] = useState(false);
  const [shown, setShown] = useState<Shown>(null);
  const [notice, announce] = useNotice();
  const { failure, fail, clear } = useFailure();
  const opener = useRef<HTMLElement | null>(null);
  const schools = accounts.status === 'ok' ? accounts.data.administeredSchools : [];
  const schoolIds = new Set(schools.map((s) => s.id));
  // The kommune-wide administrator edits an account's whole list of roles (decision 111).
  const kommuneAdmin = accounts.status === 'ok' && accounts.data.kommuneAdmin;
  const serviceUnits = accounts.status === 'ok' ? accounts.data.serviceUnits : [];

  // Focus follows what just appeared (the panel's heading, the link, the notice), once it is on the page.
  const [focusTarget, setFocusTarget] = useState<{ id: string; n: number } | null>(null);
  const focusLater = (id: string) => setFocusTarget((previous) => ({ id, n: (previous?.n ?? 0) + 1 }));
  useEffect(() => {
    if (focusTarget) document.getElementById(focusTarget.id)?.focus();
  }, [focusTarget]);
  function open(next: Panel, button: HTMLElement) {
    opener.current = button;
    clear();
    setShown(null);
    setPanel(next);
    if (next?.kind === 'new') {
      setName('');
      setUsername('');
      setDrafts(schools[0] || kommuneAdmin ? [roleDraft(schools[0]?.id ?? '')] : []);
    } else if (next?.kind === 'roles') {
      setDrafts(
        next.account.roles
          .filter((r) => !otherRoles(next.account).includes(r))
          .flatMap((r) =>
            isOneOf(ASSIGNABLE_ROLES, r.role)
              ? [
                  roleDraft(r.schoolId ?? '', {
                    role: r.role,
                    classId: r.classId ?? '',
                    subject: r.subject ?? '',
                    serviceUnitId: r.serviceUnitId ?? '',
                  }),
                ]
              : [],
          ),
      );
    }
    focusLater('brukere-panel');
  }
  function close() {
    setPanel(null);
    focusAfterPaint(opener.current);
  }
  const said = (text: string) => {
    announce(text);
    focusLater('brukere-alle-melding');
  };

  async function run(action: () => Promise<void>) {
    setBusy(true);
    clear();
    try {
      await action();
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  }

  const submitNew = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const made = await userAdminApi.create({ username, displayName: name, roles: rolesFromDrafts(drafts) });
      setPanel(null);
      setShown({ link: made, name: name.trim(), fresh: true });
      accounts.reload();
      onChanged();
      focusLater('brukere-lenke');
    });
  };
  const submitRoles = (event: FormEvent) => {
    event.preventDefault();
    if (panel?.kind !== 'roles') return;
    const account = panel.account;
    void run(async () => {
      await userAdminApi.setRoles(account.id, account.version, rolesFromDrafts(drafts));
      setPanel(null);
      accounts.reload();
      said(t('users.rolesSaved', { name: account.displayName }));
    });
  };
  const newLink = (account: Account) =>
    void run(async () => {
      const link = await userAdminApi.passwordLink(account.id);
      setShown({ link, name: account.displayName, fresh: false });
      focusLater('brukere-lenke');
    });
  const setDisabled = (account: Account, disabled: boolean) =>
    void run(async () => {
      await userAdminApi.setDisabled(account.id, disabled);
      accounts.reload();
      onChanged();
      said(
        disabled
          ? t('users.disabledShort', { name: account.displayName })
          : t('users.enabledDone', { name: account.displayName }),
      );
    });

  function manageable(a: Account): boolean {
    if (kommuneAdmin) return a.kind !== 'guardian';
    return a.kind === 'staff' && (a.roles.length === 0 || a.roles.some((r) => r.schoolId && schoolIds.has(r.schoolId)));
  }
  /** The roles shown but kept as they are: none for the kommune-wide administrator. */
  function otherRoles(a: Account): AccountRole[] {
    return kommuneAdmin ? [] : a.roles.filter((r) => !r.schoolId || !schoolIds.has(r.schoolId));
  }

  return (
    <section aria-labelledby="brukere-alle" className="home-section">
      <Heading level={2} data-size="sm" id="brukere-alle">
        {t('users.allHeading')}
      </Heading>
      <form className="filters" role="search" onSubmit={(e) => (e.preventDefault(), setSearch(query))}>
        <Textfield label={t('users.search')} value={query} onChange={(e) => setQuery(e.target.value)} />
        <Button type="submit" variant="secondary">
          {t('users.searchButton')}
        </Button>
      </form>
      <NoticeRegion notice={notice} alertId="brukere-alle-melding" />
      {shown && (
        <Alert data-color="success" id="brukere-lenke" tabIndex={-1}>
          <Paragraph>
            {shown.fresh ? t('users.createdLink', { name: shown.name }) : t('users.newLink', { name: shown.name })}
          </Paragraph>
          <Textfield
            label={t('users.linkLabel')}
            value={shown.link.link.url}
            readOnly
            onFocus={(e) => e.currentTarget.select()}
          />
          <Paragraph>{t('users.linkOnce', { until: formatDateTime(shown.link.link.expiresAt) })}</Paragraph>
          <Button
            data-size="sm"
            variant="secondary"
            onClick={() => void navigator.clipboard?.writeText(shown.link.link.url)}
          >
            {t('users.copyLink')}
          </Button>
        </Alert>
      )}
      {(schools.length > 0 || kommuneAdmin) && panel === null && (
        <Button className="users-new" onClick={(e) => open({ kind: 'new' }, e.currentTarget)}>
          {t('users.newUser')}
        </Button>
      )}
      {panel && (
        <form
          className="inline-panel"
          onSubmit={panel.kind === 'new' ? submitNew : submitRoles}
          noValidate
          aria-labelledby="brukere-panel"
        >
          <Heading level={3} data-size="xs" id="brukere-panel" tabIndex={-1}>
            {panel.kind === 'new' ? t('users.newUser') : t('users.rolesFor', { name: panel.account.displayName })}
          </Heading>
          {panel.kind === 'new' ? (
            <>
              <Textfield
                label={t('users.name')}
                value={name}
                onChange={(e) => setName(e.target.value)}
                autoComplete="off"
              />
              <Textfield
                label={t('users.username')}
                description={t('users.usernameHelp')}
                value={username}
                onChange={(e) => setUsername(e.target.value)}
                autoComplete="off"
                autoCapitalize="none"
                spellCheck={false}
              />
            </>
          ) : (
            otherRoles(panel.account).length > 0 && (
              <Paragraph>
                {t('users.keptRoles', {
                  roles: otherRoles(panel.account)
                    .map((r) => roleText(t, r))
                    .join('; '),
                })}
              </Paragraph>
            )
          )}
          <RoleEditor
            legend={t('users.rolesLegend')}
            drafts={drafts}
            onChange={setDrafts}
            schools={schools}
            classes={classes.status === 'ok' ? classes.data.classes : []}
            kommuneAdmin={kommuneAdmin}
            serviceUnits={serviceUnits}
          />
          <div className="button-row">
            <Button type="submit" disabled={busy} aria-busy={busy || undefined}>
              {panel.kind === 'new' ? t('users.create') : t('users.saveRoles')}
            </Button>
            <Button type="button" variant="secondary" onClick={close} disabled={busy}>
              {t('users.cancel')}
            </Button>
          </div>
        </form>
      )}
      <FailureMessage failure={failure} fallback={t('users.actionFailed')} />
      {accounts.status === 'loading' && <Loading />}
      {accounts.status === 'error' && <ErrorAlert>{errorMessage(accounts.error, t('users.loadFailed'))}</ErrorAlert>}
      {accounts.status === 'ok' && (
        <>
          <Paragraph>
            {t('users.showing', { shown: accounts.data.accounts.length, count: accounts.data.total })}
          </Paragraph>
          <div className="table-scroll users-scroll" role="region" aria-labelledby="brukere-alle" tabIndex={0}>
            <Table data-size="sm" className="users-table">
              <caption className="ds-sr-only">{t('users.allCaption')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('users.name')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('users.roles')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('users.status')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('users.actions')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {accounts.data.accounts.map((a) => (
                  <Table.Row key={a.id}>
                    <Table.Cell>
                      {a.displayName}
                      <br />
                      <span className="muted">{a.username}</span>
                    </Table.Cell>
                    <Table.Cell>
                      {a.roles.length ? a.roles.map((r) => roleText(t, r)).join('; ') : t(`users.kind_${a.kind}`)}
                    </Table.Cell>
                    <Table.Cell>{statusText(t, a)}</Table.Cell>
                    <Table.Cell>
                      <div className="button-row">
                        {manageable(a) && (
                          <Button
                            variant="secondary"
                            data-size="sm"
                            onClick={(e) => open({ kind: 'roles', account: a }, e.currentTarget)}
                          >
                            {t('users.editRoles')}
                            <span className="ds-sr-only"> – {a.displayName}</span>
                          </Button>
                        )}
                        {manageable(a) && !a.disabledAt && (
                          <Button variant="tertiary" data-size="sm" onClick={() => newLink(a)} disabled={busy}>
                            {t('users.passwordLink')}
                            <span className="ds-sr-only"> – {a.displayName}</span>
                          </Button>
                        )}
                        {a.disabledAt && (
                          <Button
                            variant="tertiary"
                            data-size="sm"
                            onClick={() => setDisabled(a, false)}
                            disabled={busy}
                          >
                            {t('users.enable')}
                            <span className="ds-sr-only"> – {a.displayName}</span>
                          </Button>
                        )}
                      </div>
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        </>
      )}
    </section>
  );
}

function roleText(t: TFunction, r: AccountRole): string {
  const role = t(`roles.${r.role}`);
  const where = [r.className, r.subject, r.schoolName ?? r.serviceName].filter(Boolean).join(', ');
  return where ? `${role} (${where})` : role;
}

function statusText(t: TFunction, a: Account): string {
  if (a.disabledAt) return t('users.statusDisabled', { date: formatDateTime(a.disabledAt) });
  if (!a.passwordSet) return t('users.statusNoPassword');
  if (a.lastLoginAt) return t('users.statusLastLogin', { date: formatDateTime(a.lastLoginAt) });
  return t('users.statusNeverLoggedIn');
}
