import { Paragraph, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../../domain/language/language';
import { documentsApi } from '../../../api';
import type { PupilGuardian } from '../../../api';
import { useUser } from '../../../auth';
import { FailureMessage } from '../../../ui/feedback';
import { FormButtons } from '../../../ui/FormButtons';
import { InlinePanel } from '../../../ui/InlinePanel';
import { ChoiceSelect, PanelForm, usePanelForm, type PanelFormProps } from '../../../ui/PanelForm';

/** The roles that write to the home and may record the family's language (the server's policy says the same). */
const SETS_LANGUAGE = ['kontaktlaerer', 'skoleledelse', 'ressursteam', 'administrator'];

type Choice = Language | 'malform';
const CHOICES: readonly Choice[] = ['malform', ...LANGUAGES];

/**
 * The language a guardian gets letters, minutes, plans and their pages in (decision 178): shown on the pupil
 * page's «Foresatte», changed by the staff who write home; null is the kommune's målform.
 */
export function GuardianLanguage({
  pupilId,
  guardian,
  onChanged,
}: {
  pupilId: string;
  guardian: PupilGuardian;
  onChanged(text: string): Promise<void>;
}) {
  const { t } = useTranslation();
  const edits = useUser().roles.some((r) => SETS_LANGUAGE.includes(r.role));
  const shown = guardian.language
    ? t('documents.family.shown', { language: t(`letter.languageName.${guardian.language}`) })
    : t('documents.family.malform');
  return (
    <div className="guardian-row__language">
      <Paragraph data-size="sm">
        {t('documents.family.label')}: <Tag data-color="info">{shown}</Tag>
      </Paragraph>
      {edits && (
        <InlinePanel
          label={
            <>
              {t('documents.family.change')}
              <span className="ds-sr-only"> – {guardian.name}</span>
            </>
          }
        >
          {(panel) => (
            <LanguageForm
              pupilId={pupilId}
              guardian={guardian}
              onCancel={panel.close}
              onDone={(language) =>
                panel.finish(() =>
                  onChanged(
                    language
                      ? t('documents.family.saved', {
                          name: guardian.name,
                          language: t(`letter.languageName.${language}`),
                        })
                      : t('documents.family.savedMalform', { name: guardian.name }),
                  ),
                )
              }
            />
          )}
        </InlinePanel>
      )}
    </div>
  );
}

function LanguageForm({
  pupilId,
  guardian,
  onCancel,
  onDone,
}: { pupilId: string; guardian: PupilGuardian } & Omit<PanelFormProps, 'onDone'> & {
    onDone(language: Language | null): Promise<void>;
  }) {
  const { t } = useTranslation();
  const [value, setValue] = useState<Choice>(guardian.language ?? 'malform');
  const { busy, failure, form, send } = usePanelForm();
  const submit = send(null, async () => {
    const language = value === 'malform' ? null : value;
    await documentsApi.setGuardianLanguage(pupilId, guardian.id, { language, version: guardian.guardianVersion });
    await onDone(language);
  });
  return (
    <PanelForm form={form} onSubmit={submit} label={t('documents.family.change')}>
      <FailureMessage failure={failure} fallback={t('documents.family.failed')} />
      <ChoiceSelect
        label={`${t('documents.family.label')} – ${guardian.name}`}
        value={value}
        options={CHOICES}
        optionLabel={(o) => (o === 'malform' ? t('documents.family.malform') : t(`letter.languageName.${o}`))}
        onChange={setValue}
      />
      <FormButtons busy={busy} submit={t('documents.family.save')} onCancel={onCancel} />
    </PanelForm>
  );
}
