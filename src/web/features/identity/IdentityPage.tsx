import { Button, Heading, Paragraph, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { identityApi, type IdentityProvider, type ListIdentityProvidersResponse } from '../../api/identity';
import { ErrorAlert, errorMessage } from '../../ui/ErrorAlert';
import { FailureMessage, NoticeRegion, Section, useNotice } from '../../ui/feedback';
import { focusById } from '../../ui/focus';
import { InlinePanel, useInlinePanel } from '../../ui/InlinePanel';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { useSubmit } from '../../ui/useSubmit';
import { useApi } from '../../useApi';
import { KommuneMalform } from './KommuneMalform';
import { ProviderForm } from './ProviderForm';
import { ScrollTable } from '../../ui/ScrollTable';

const NOTICE_ID = 'innlogging-melding';

/**
 * «Innloggingstjenester» (decision 098): the kommune's Feide, ID-porten and HelseID, added, changed and
 * removed in place, and password log-in on or off. The secret is named, never shown.
 */
export function IdentityPage() {
  const { t } = useTranslation();
  const data = useApi('identity-providers', identityApi.list);
  const [notice, announce] = useNotice();
  // The list is fetched again before the message, so «… er lagt til» never stands above a table without it.
  const done = async (text: string) => {
    await data.refresh();
    announce(text);
    focusById(NOTICE_ID);
  };

  return (
    <Page title={t('identity.title')}>
      <Paragraph>{t('identity.intro')}</Paragraph>
      <NoticeRegion notice={notice} alertId={NOTICE_ID} className="page-notice" />
      {data.status === 'loading' && <Loading label={t('identity.loading')} />}
      {data.status === 'error' && <ErrorAlert>{errorMessage(data.error, t('identity.failed'))}</ErrorAlert>}
      {data.status === 'ok' && (
        <>
          <div className="identity-callback">
            <Textfield
              label={t('identity.callbackLabel')}
              description={t('identity.callbackHelp')}
              value={data.data.callbackUrl}
              readOnly
              onFocus={(e) => e.currentTarget.select()}
            />
          </div>
          <Section id="innlogging-tjenester" heading={t('identity.providersHeading')}>
            {data.data.providers.length === 0 ? (
              <Paragraph>{t('identity.none')}</Paragraph>
            ) : (
              <Providers providers={data.data.providers} onDone={done} />
            )}
            <div className="identity-add">
              <InlinePanel label={t('identity.add')} highlightOpen>
                {(panel) => (
                  <ProviderForm
                    provider={null}
                    headingId="innlogging-ny"
                    onCancel={panel.close}
                    onDone={(name) => panel.finish(() => done(t('identity.added', { name })))}
                  />
                )}
              </InlinePanel>
            </div>
          </Section>
          <PasswordLogin data={data.data} onDone={done} />
          <KommuneMalform />
          <Section id="innlogging-hjelp" heading={t('identity.helpHeading')}>
            <div className="identity-help">
              {(['helpFeide', 'helpIdporten', 'helpHelseid'] as const).map((k) => (
                <Paragraph key={k} data-size="sm">
                  {t(`identity.${k}`)}
                </Paragraph>
              ))}
            </div>
          </Section>
        </>
      )}
    </Page>
  );
}

function Providers({ providers, onDone }: { providers: IdentityProvider[]; onDone(text: string): Promise<void> }) {
  const { t } = useTranslation();
  return (
    <>
      <ScrollTable
        captionId="innlogging-tabell"
        caption={t('identity.caption')}
        columns={[
          t('identity.colName'),
          t('identity.colKind'),
          t('identity.colIssuer'),
          t('identity.colSecret'),
          t('identity.colStatus'),
        ]}
      >
        {providers.map((p) => (
          <Table.Row key={p.id}>
            <Table.HeaderCell scope="row">{p.name}</Table.HeaderCell>
            <Table.Cell>{t(`identity.kinds.${p.kind}`)}</Table.Cell>
            <Table.Cell>{p.issuer}</Table.Cell>
            <Table.Cell>
              <Tag data-color={p.secretSet ? 'success' : 'danger'} data-size="sm">
                {p.secretSet
                  ? t('identity.secretSet', { name: p.secretRef })
                  : t('identity.secretMissing', { name: p.secretRef })}
              </Tag>
            </Table.Cell>
            <Table.Cell>{p.enabled ? t('identity.enabled') : t('identity.disabled')}</Table.Cell>
          </Table.Row>
        ))}
      </ScrollTable>
      {providers.map((p) => (
        <div key={p.id} className="button-row identity-actions">
          <InlinePanel label={t('identity.edit', { name: p.name })}>
            {(panel) => (
              <ProviderForm
                provider={p}
                headingId={`innlogging-endre-${p.id}`}
                onCancel={panel.close}
                onDone={(name) => panel.finish(() => onDone(t('identity.saved', { name })))}
              />
            )}
          </InlinePanel>
          <RemoveProvider provider={p} onDone={onDone} />
        </div>
      ))}
    </>
  );
}

function RemoveProvider({ provider, onDone }: { provider: IdentityProvider; onDone(text: string): Promise<void> }) {
  const { t } = useTranslation();
  const panel = useInlinePanel();
  const submit = useSubmit();
  const headingId = `innlogging-fjern-${provider.id}`;
  return (
    <>
      <Button {...panel.triggerProps} variant="tertiary" data-size="sm" data-color="danger">
        {t('identity.remove', { name: provider.name })}
      </Button>
      {panel.open && (
        <section aria-labelledby={headingId} className="inline-panel">
          <Heading level={3} data-size="xs" id={headingId}>
            {t('identity.removeHeading', { name: provider.name })}
          </Heading>
          <Paragraph>{t('identity.removeText', { name: provider.name })}</Paragraph>
          <FailureMessage failure={submit.failure} fallback={t('identity.saveFailed')} />
          <div className="button-row">
            <Button
              data-color="danger"
              data-size="sm"
              disabled={submit.busy}
              aria-busy={submit.busy || undefined}
              onClick={() =>
                void submit.run(async () => {
                  await identityApi.remove(provider.id);
                  panel.setOpen(false);
                  await onDone(t('identity.removed', { name: provider.name }));
                })
              }
            >
              {t('identity.removeConfirm', { name: provider.name })}
            </Button>
            <Button variant="tertiary" data-size="sm" onClick={panel.close}>
              {t('common.cancel')}
            </Button>
          </div>
        </section>
      )}
    </>
  );
}

function PasswordLogin({ data, onDone }: { data: ListIdentityProvidersResponse; onDone(text: string): Promise<void> }) {
  const { t } = useTranslation();
  const submit = useSubmit();
  const on = data.passwordLogin;
  return (
    <Section id="innlogging-passord" heading={t('identity.passwordHeading')}>
      <Paragraph>{on ? t('identity.passwordOn') : t('identity.passwordOff')}</Paragraph>
      <Paragraph data-size="sm">{t('identity.emergencyAdmins', { count: data.emergencyAdmins })}</Paragraph>
      <FailureMessage failure={submit.failure} fallback={t('identity.passwordFailed')} />
      <Button
        variant="secondary"
        data-size="sm"
        disabled={submit.busy || (on && data.emergencyAdmins === 0)}
        aria-busy={submit.busy || undefined}
        onClick={() =>
          void submit.run(async () => {
            await identityApi.setPasswordLogin(!on);
            await onDone(on ? t('identity.turnedOff') : t('identity.turnedOn'));
          })
        }
      >
        {on ? t('identity.turnOff') : t('identity.turnOn')}
      </Button>
    </Section>
  );
}
