import { Checkbox, Field, Fieldset, Heading, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FailureMessage } from '../../ui/feedback';
import { FormButtons } from '../../ui/FormButtons';
import { useFocusFirst } from '../../ui/focus';
import { useSubmit } from '../../ui/useSubmit';
import {
  identityApi,
  OIDC_CLIENT_AUTHS,
  OIDC_PROVIDER_KINDS,
  PROVIDER_DEFAULTS,
  ROLES,
  type AddIdentityProviderBody,
  type IdentityProvider,
  type OidcProviderKind,
  type Role,
} from '../../api/identity';

type Draft = Required<Omit<AddIdentityProviderBody, 'strongAcr' | 'strongAmr' | 'roles'>> & {
  roles: Role[];
  strongAcr: string;
  strongAmr: string;
};

const list = (text: string) =>
  text
    .split(/[,\s]+/)
    .map((v) => v.trim())
    .filter(Boolean);

function fromKind(kind: OidcProviderKind, keep: Partial<Draft> = {}): Draft {
  const d = PROVIDER_DEFAULTS[kind];
  return {
    slug: '',
    name: '',
    issuer: '',
    clientId: '',
    secretRef: '',
    enabled: true,
    ...keep,
    kind,
    clientAuth: d.clientAuth,
    scopes: d.scopes,
    identityClaim: d.identityClaim,
    roles: [...d.roles],
    strongAcr: d.strongAcr.join(', '),
    strongAmr: d.strongAmr.join(', '),
  };
}

function fromProvider(p: IdentityProvider): Draft {
  return {
    ...p,
    strongAcr: p.strongAcr.join(', '),
    strongAmr: p.strongAmr.join(', '),
  };
}

/**
 * A provider's settings, new or changed, with help for Feide, ID-porten and HelseID. The secret is never
 * asked for: only the name of the server's environment variable that holds it.
 */
export function ProviderForm({
  provider,
  headingId,
  onCancel,
  onDone,
}: {
  provider: IdentityProvider | null;
  headingId: string;
  onCancel(): void;
  onDone(name: string): Promise<void>;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => (provider ? fromProvider(provider) : fromKind('feide')));
  const submit = useSubmit();
  const ref = useFocusFirst<HTMLFormElement>();
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const prefix = `idp-${provider?.id ?? 'ny'}`;

  const save = submit.onSubmit(async () => {
    const body = { ...draft, strongAcr: list(draft.strongAcr), strongAmr: list(draft.strongAmr) };
    if (provider) await identityApi.change(provider.id, { ...body, version: provider.version });
    else await identityApi.add(body);
    await onDone(draft.name);
  });

  return (
    <form ref={ref} onSubmit={save} className="stack-form inline-panel" aria-labelledby={headingId} noValidate>
      <Heading level={3} data-size="xs" id={headingId}>
        {provider ? t('identity.editHeading', { name: provider.name }) : t('identity.addHeading')}
      </Heading>
      <Field>
        <Label htmlFor={`${prefix}-kind`}>{t('identity.kind')}</Label>
        <Field.Description>{t('identity.kindHelp')}</Field.Description>
        <Select
          id={`${prefix}-kind`}
          value={draft.kind}
          onChange={(e) => setDraft((d) => fromKind(e.target.value as OidcProviderKind, d))}
          width="auto"
        >
          {OIDC_PROVIDER_KINDS.map((k) => (
            <Select.Option key={k} value={k}>
              {t(`identity.kinds.${k}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Textfield
        label={t('identity.name')}
        description={t('identity.nameHelp')}
        value={draft.name}
        onChange={(e) => set({ name: e.target.value })}
        autoComplete="off"
      />
      <Textfield
        label={t('identity.slug')}
        description={t('identity.slugHelp')}
        value={draft.slug}
        onChange={(e) => set({ slug: e.target.value })}
        autoComplete="off"
      />
      <Textfield
        label={t('identity.issuer')}
        description={t(`identity.issuerHelp.${draft.kind}`)}
        value={draft.issuer}
        onChange={(e) => set({ issuer: e.target.value })}
        autoComplete="off"
        inputMode="url"
      />
      <Textfield
        label={t('identity.clientId')}
        description={t('identity.clientIdHelp')}
        value={draft.clientId}
        onChange={(e) => set({ clientId: e.target.value })}
        autoComplete="off"
      />
      <Field>
        <Label htmlFor={`${prefix}-auth`}>{t('identity.clientAuth')}</Label>
        <Field.Description>{t('identity.clientAuthHelp')}</Field.Description>
        <Select
          id={`${prefix}-auth`}
          value={draft.clientAuth}
          onChange={(e) => set({ clientAuth: e.target.value as Draft['clientAuth'] })}
          width="auto"
        >
          {OIDC_CLIENT_AUTHS.map((a) => (
            <Select.Option key={a} value={a}>
              {t(`identity.clientAuths.${a}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Textfield
        label={t('identity.secretRef')}
        description={t('identity.secretRefHelp')}
        value={draft.secretRef}
        onChange={(e) => set({ secretRef: e.target.value })}
        autoComplete="off"
        spellCheck={false}
      />
      {provider && provider.secretRef === draft.secretRef && (
        <Paragraph data-size="sm">
          {provider.secretSet
            ? t('identity.secretStatusSet', { name: provider.secretRef })
            : t('identity.secretStatusMissing', { name: provider.secretRef })}
        </Paragraph>
      )}
      <Textfield
        label={t('identity.scopes')}
        description={t('identity.scopesHelp')}
        value={draft.scopes}
        onChange={(e) => set({ scopes: e.target.value })}
        autoComplete="off"
      />
      <Textfield
        label={t('identity.identityClaim')}
        description={t('identity.identityClaimHelp')}
        value={draft.identityClaim}
        onChange={(e) => set({ identityClaim: e.target.value })}
        autoComplete="off"
      />
      <Fieldset>
        <Fieldset.Legend>{t('identity.roles')}</Fieldset.Legend>
        <Fieldset.Description>{t('identity.rolesHelp')}</Fieldset.Description>
        {ROLES.map((r) => (
          <Checkbox
            key={r}
            label={t(`roles.${r}`)}
            value={r}
            checked={draft.roles.includes(r)}
            onChange={(e) =>
              set({ roles: e.target.checked ? [...draft.roles, r] : draft.roles.filter((x) => x !== r) })
            }
          />
        ))}
      </Fieldset>
      <Textfield
        label={t('identity.strongAcr')}
        description={t('identity.strongAcrHelp')}
        value={draft.strongAcr}
        onChange={(e) => set({ strongAcr: e.target.value })}
        autoComplete="off"
      />
      <Textfield
        label={t('identity.strongAmr')}
        description={t('identity.strongAmrHelp')}
        value={draft.strongAmr}
        onChange={(e) => set({ strongAmr: e.target.value })}
        autoComplete="off"
      />
      <Checkbox
        label={t('identity.active')}
        checked={draft.enabled}
        onChange={(e) => set({ enabled: e.target.checked })}
      />
      <FailureMessage failure={submit.failure} fallback={t('identity.saveFailed')} />
      <FormButtons busy={submit.busy} submit={t('identity.save')} onCancel={onCancel} />
    </form>
  );
}
