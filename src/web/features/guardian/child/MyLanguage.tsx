import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_OWN_NAMES } from '../../../../contract/documents';
import { LANGUAGES, type Language } from '../../../../domain/language/language';
import { documentsApi, type MyFamilyLanguage as Chosen } from '../../../api';
import { FailureMessage, Section } from '../../../ui/feedback';
import { ChoiceSelect } from '../../../ui/PanelForm';
import { useApi } from '../../../useApi';
import { useSubmit } from '../../../ui/useSubmit';

type Choice = Language | 'malform';
const CHOICES: readonly Choice[] = ['malform', ...LANGUAGES];

/**
 * «Språk» on the guardian's pages (decision 178): the family's language for letters, minutes, plans and these
 * pages (`guardian.language`; «the kommune's målform» clears it). Each language is listed under its own name
 * («English», «Nynorsk»), so a guardian who does not read the page's language still finds theirs.
 */
export function MyLanguage({ onChanged }: { onChanged(text: string): Promise<void> }) {
  const { t } = useTranslation();
  const loaded = useApi('my-language', () => documentsApi.myFamilyLanguage());
  const [mine, setMine] = useState<Chosen | null>(null);
  const [value, setValue] = useState<Choice>('malform');
  const { busy, failure, run } = useSubmit();
  const loadedData = loaded.status === 'ok' ? loaded.data : null;
  useEffect(() => {
    if (loadedData) {
      setMine(loadedData);
      setValue(loadedData.language ?? 'malform');
    }
  }, [loadedData]);
  if (!mine) return null;
  const save = () =>
    void run(async () => {
      const saved = await documentsApi.setMyFamilyLanguage({
        language: value === 'malform' ? null : value,
        version: mine.version,
      });
      setMine(saved);
      await onChanged(t('documents.mine.saved'));
    });
  return (
    <Section focusable id="sprak" heading={t('documents.mine.heading')}>
      <Paragraph data-size="sm">{t('documents.mine.help')}</Paragraph>
      <FailureMessage failure={failure} fallback={t('documents.mine.failed')} />
      <ChoiceSelect
        label={t('documents.mine.label')}
        value={value}
        options={CHOICES}
        optionLabel={(o) =>
          o === 'malform'
            ? t('documents.mine.malform', { language: LANGUAGE_OWN_NAMES[mine.malform] })
            : LANGUAGE_OWN_NAMES[o]
        }
        onChange={setValue}
      />
      <div className="button-row">
        <Button data-size="sm" onClick={save} disabled={busy} aria-busy={busy || undefined}>
          {t('documents.mine.save')}
        </Button>
      </div>
    </Section>
  );
}
