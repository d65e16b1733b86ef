import { Field, Label, Link, Paragraph, Select } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { api } from '../../api';
import type { RuleProfileEntry } from '../../api';
import { ruleEditorApi } from '../../api/rule-editor';
import { useUser } from '../../auth';
import { ErrorAlert, errorMessage } from '../../ui/ErrorAlert';
import { NoticeRegion, ReloadContext, useNotice } from '../../ui/feedback';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { useApi } from '../../useApi';
import { ProfileEditor } from './ProfileEditor';
import { VersionsPanel } from './VersionsPanel';

/**
 * The municipality's rule profiles: read the shipped ones, and the school owner writes the kommune's own in a
 * Norwegian form with a what-if before saving (issue 19 item 5); the versions it had stay readable.
 */
export function ProfilesPage() {
  const { t } = useTranslation();
  const user = useUser();
  const canWrite = user.roles.some((r) => r.role === 'skoleeier');
  const profiles = useApi('rule-profiles', () => api.ruleProfiles());
  const [chosen, setChosen] = useState('');
  const [notice, announce] = useNotice();
  // Keep the editor on screen while the list reloads after a save.
  const loaded = profiles.status === 'ok' ? profiles.data.profiles : null;
  const [list, setList] = useState<RuleProfileEntry[]>([]);
  useEffect(() => {
    if (loaded) setList(loaded);
  }, [loaded]);
  const current =
    list.find((p) => p.id === chosen && p.origin === 'kommune') ?? list.find((p) => p.id === chosen) ?? list[0];

  return (
    <Page title={t('ruleEditor.title')}>
      <Paragraph>{canWrite ? t('ruleEditor.introWrite') : t('ruleEditor.introRead')}</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to="/tiltakstrapper">{t('ruleEditor.toLadders')}</RouterLink>
        </Link>
      </Paragraph>
      {profiles.status === 'loading' && list.length === 0 && <Loading />}
      <NoticeRegion notice={notice} alertClassName="error-alert" />
      {profiles.status === 'error' && (
        <ErrorAlert>{errorMessage(profiles.error, t('ruleEditor.loadFailed'))}</ErrorAlert>
      )}
      {current && (
        <ReloadContext.Provider value={profiles.reload}>
          <Field className="profiles-choose">
            <Label>{t('ruleEditor.choose')}</Label>
            <Select value={current.id} onChange={(e) => setChosen(e.target.value)} width="auto">
              {list.map((p) => (
                <Select.Option key={`${p.origin}:${p.id}`} value={p.id}>
                  {p.id} – {t(`ruleEditor.origin_${p.origin}`)}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <ProfileEditor
            key={`${current.origin}:${current.id}:${current.version ?? 0}`}
            entry={current}
            canWrite={canWrite}
            onSaved={(id) => {
              setChosen(id);
              announce(t('ruleEditor.saved', { id }));
              profiles.reload();
            }}
          />
          {current.origin === 'kommune' && current.version !== null && (
            <VersionsPanel
              kind="profile"
              id={current.id}
              version={current.version}
              load={() => ruleEditorApi.profileVersions(current.id)}
            />
          )}
        </ReloadContext.Provider>
      )}
    </Page>
  );
}
