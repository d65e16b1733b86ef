import { Fieldset, Paragraph, Radio } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../domain/language/language';
import { useAuth, useUser } from '../auth';
import { FailureMessage, NoticeRegion, Section, useNotice } from '../ui/feedback';
import { useSubmit } from '../ui/useSubmit';

/**
 * «Språk» among the user's own settings (decision 176): Bokmål, Nynorsk, English (each in its own language), or
 * the kommune's målform. A choice applies at once, the whole app switches, and it is saved on the account.
 */
export function LanguageSettings() {
  const { t } = useTranslation();
  const user = useUser();
  const { chooseLanguage } = useAuth();
  const { busy, failure, run } = useSubmit();
  const [notice, say] = useNotice();
  const choose = (language: Language | null) =>
    void run(async () => {
      await chooseLanguage(language);
      // Said in the language just chosen: t follows i18n, which has switched by now.
      say(t('languageChoice.saved'));
    });
  const value = user.chosenLanguage ?? 'malform';
  return (
    <Section id="sprak" heading={t('languageChoice.heading')}>
      <Paragraph data-size="sm">{t('languageChoice.help')}</Paragraph>
      <Fieldset>
        <Fieldset.Legend>{t('languageChoice.legend')}</Fieldset.Legend>
        {LANGUAGES.map((language) => (
          <Radio
            key={language}
            name="language"
            value={language}
            lang={language}
            label={t(`language.name_${language}`)}
            checked={value === language}
            disabled={busy}
            onChange={() => choose(language)}
          />
        ))}
        <Radio
          name="language"
          value="malform"
          label={t('languageChoice.malformOption', {
            malform: t(`languageChoice.malform_${user.kommune.malform}`),
          })}
          checked={value === 'malform'}
          disabled={busy}
          onChange={() => choose(null)}
        />
      </Fieldset>
      <FailureMessage failure={failure} fallback={t('languageChoice.failed')} />
      <NoticeRegion notice={notice} />
    </Section>
  );
}
