import { useTranslation } from 'react-i18next';
import { ruleEditorApi } from '../../api/rule-editor';
import { DefinitionsPage } from './DefinitionsPage';
import { LadderEditor } from './LadderEditor';

/** The kommune's tiltakstrapper: read the shipped ones; the school owner edits the kommune's own in a form. */
export function LaddersPage() {
  const { t } = useTranslation();
  return (
    <DefinitionsPage
      kind="ladder"
      title={t('ladders.title')}
      intro={{ read: t('ladders.introRead'), write: t('ladders.introWrite') }}
      link={{ to: '/regelprofiler', text: t('ladders.toProfiles') }}
      texts={{
        loadFailed: t('ladders.loadFailed'),
        choose: t('ladders.choose'),
        saved: (id) => t('ladders.saved', { id }),
      }}
      load={async () => {
        const { ladders, forms } = await ruleEditorApi.ladders();
        return ladders.map((ladder) => ({ ...ladder, forms }));
      }}
      loadVersions={(id) => ruleEditorApi.ladderVersions(id)}
      editor={(props) => <LadderEditor {...props} />}
    />
  );
}
