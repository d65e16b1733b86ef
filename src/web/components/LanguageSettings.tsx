import { Button, Fieldset, Radio } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../domain/language/language';
import { useAuth, useUser } from '../auth';
import { FailureMessage, NoticeRegion, Section, useNotice } from '../ui/feedback';
import { useSubmit } from '../ui/useSubmit';

type Choice = Language | 'malform';

/**
 * «Språk» among the user's own settings (decision 176): Bokmål, Nynorsk, English (each in its own language), or
 * the kommune's målform. Saved with a button, not on each radio's change: arrowing through a radio group with
 * the keyboard checks every radio on the way, and each would switch the whole app. Once saved, the app switches
 * at once, without a reload.
 */
export function LanguageSettings() {
  const { t, i18n } = useTranslation();
  const user = useUser();
  const { chooseLanguage } = useAuth();
  const { busy, failure, onSubmit } = useSubmit();
  const [notice, say] = useNotice();
  const [choice, setChoice] = useState<Choice>(user.chosenLanguage ?? 'malform');
  const save = onSubmit(async () => {
    await chooseLanguage(choice === 'malform' ? null : choice);
    // Said in the language just chosen: i18n has switched by now (this render's t has not).
    say(i18n.t('languageChoice.saved'));
  });
  return (
    <Section id="sprak" heading={t('languageChoice.heading')}>
      <form onSubmit={save} noValidate className="stack-form">
        <Fieldset>
          <Fieldset.Legend>{t('languageChoice.legend')}</Fieldset.Legend>
          <Fieldset.Description>{t('languageChoice.help')}</Fieldset.Description>
          {LANGUAGES.map((language) => (
            <Radio
              key={language}
              name="language"
              value={language}
              lang={language}
              label={t(`language.name_${language}`)}
              checked={choice === language}
              onChange={() => setChoice(language)}
            />
          ))}
          <Radio
            name="language"
            value="malform"
            label={t('languageChoice.malformOption', {
              malform: t(`languageChoice.malform_${user.kommune.malform}`),
            })}
            checked={choice === 'malform'}
            onChange={() => setChoice('malform')}
          />
        </Fieldset>
        <FailureMessage failure={failure} fallback={t('languageChoice.failed')} />
        <div className="button-row">
          <Button type="submit" disabled={busy} aria-busy={busy || undefined}>
            {t('languageChoice.save')}
          </Button>
        </div>
        <NoticeRegion notice={notice} />
      </form>
    </Section>
  );
}
