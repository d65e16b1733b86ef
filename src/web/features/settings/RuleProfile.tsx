import { Button, Fieldset, Paragraph, Radio } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useSubmit } from '../../ui/useSubmit';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import type { SchoolSettings } from '../../api';
import { useNotice, NoticeRegion } from '../../ui/feedback';
import { SaveError } from './SaveError';
import { focusById } from '../../ui/focus';

type Profile = SchoolSettings['profiles'][number];

// ——— Rule profile ———

/** One entry per id: the municipality's own profile wins over a shipped one with the same id, as on the server. */
function choosable(profiles: Profile[]): Profile[] {
  const byId = new Map<string, Profile>();
  for (const p of profiles) if (!byId.has(p.id) || p.origin === 'kommune') byId.set(p.id, p);
  return [...byId.values()];
}

export function ProfileView({ settings }: { settings: SchoolSettings }) {
  const { t } = useTranslation();
  const current = choosable(settings.profiles).find((p) => p.id === settings.school.ruleProfile);
  return (
    <Paragraph>
      {current
        ? t('settings.profileCurrent', { name: current.name, origin: t(`settings.originInline_${current.origin}`) })
        : t('settings.profileUnknown', { id: settings.school.ruleProfile })}
    </Paragraph>
  );
}

export function ProfileForm({ settings }: { settings: SchoolSettings }) {
  const { t } = useTranslation();
  const [notice, notify] = useNotice();
  const schoolId = settings.school.id;
  const [profiles, setProfiles] = useState(() => choosable(settings.profiles));
  const [chosen, setChosen] = useState(settings.school.ruleProfile);
  const [version, setVersion] = useState(settings.school.version);
  const { busy, failure, run, clear, fail } = useSubmit();
  const known = profiles.some((p) => p.id === chosen);

  async function save(e: FormEvent) {
    e.preventDefault();
    if (!known) return;
    clear();
    await run(async () => {
      const saved = await api.chooseRuleProfile(schoolId, chosen, version);
      setVersion(saved.version);
      const name = profiles.find((p) => p.id === saved.ruleProfile)?.name ?? saved.ruleProfile;
      notify(t('settings.profileSaved', { name }));
    });
  }

  async function reloadNewest() {
    try {
      const fresh = await api.schoolSettings(schoolId);
      setProfiles(choosable(fresh.profiles));
      setChosen(fresh.school.ruleProfile);
      setVersion(fresh.school.version);
      clear();
      notify(t('settings.profileReloaded'));
      focusById('regelprofil');
    } catch (err) {
      fail(err);
    }
  }

  return (
    <form className="stack-form" onSubmit={save} noValidate>
      {!profiles.some((p) => p.id === settings.school.ruleProfile) && (
        <Paragraph>{t('settings.profileUnknown', { id: settings.school.ruleProfile })}</Paragraph>
      )}
      <Fieldset>
        <Fieldset.Legend>{t('settings.profileLegend')}</Fieldset.Legend>
        <Fieldset.Description>{t('settings.profileChangeNote')}</Fieldset.Description>
        {profiles.map((p) => (
          <Radio
            key={p.id}
            name="regelprofil"
            value={p.id}
            label={p.name}
            description={`${t(`settings.origin_${p.origin}`)} · ${p.id}`}
            checked={chosen === p.id}
            onChange={() => setChosen(p.id)}
          />
        ))}
      </Fieldset>
      {failure && (
        <SaveError
          key={failure.attempt}
          failure={failure}
          fallback={t('settings.profileFailed')}
          onReload={() => void reloadNewest()}
        />
      )}
      <NoticeRegion notice={notice} />
      <div className="button-row">
        <Button type="submit" disabled={busy || !known} aria-busy={busy || undefined}>
          {busy ? t('settings.saving') : t('settings.saveProfile')}
        </Button>
      </div>
    </form>
  );
}
