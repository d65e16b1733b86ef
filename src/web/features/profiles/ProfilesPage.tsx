import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ruleEditorApi } from '../../api/rule-editor';
import { DefinitionsPage } from './DefinitionsPage';
import { ProfileEditor } from './ProfileEditor';

/**
 * The municipality's rule profiles: read the shipped ones, and the school owner writes the kommune's own in a
 * Norwegian form with a what-if before saving (issue 19 item 5); the versions it had stay readable.
 */
export function ProfilesPage() {
  const { t } = useTranslation();
  return (
    <DefinitionsPage
      kind="profile"
      title={t('ruleEditor.title')}
      intro={{ read: t('ruleEditor.introRead'), write: t('ruleEditor.introWrite') }}
      link={{ to: '/tiltakstrapper', text: t('ruleEditor.toLadders') }}
      texts={{
        loadFailed: t('ruleEditor.loadFailed'),
        choose: t('ruleEditor.choose'),
        saved: (id) => t('ruleEditor.saved', { id }),
      }}
      load={async () => (await api.ruleProfiles()).profiles}
      loadVersions={(id) => ruleEditorApi.profileVersions(id)}
      editor={(props) => <ProfileEditor {...props} />}
    />
  );
}
