import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../domain/language/language';
import { setLanguage } from '../i18n';

/**
 * «Bokmål · Nynorsk · English» on the login page (decision 176): each name in its own language, with `lang`
 * on the link, so a reader finds theirs and a screen reader says it right. A link (to the login page in that
 * language), followed here without a reload; the choice is remembered on this device until someone logs in.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const choose = (language: Language) => (event: React.MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    void setLanguage(language);
  };
  return (
    <nav aria-label={t('language.switchLabel')} className="language-switch">
      <ul>
        {LANGUAGES.map((language) => (
          <li key={language}>
            <a
              href={`?lang=${language}`}
              lang={language}
              hrefLang={language}
              aria-current={i18n.language === language ? 'true' : undefined}
              onClick={choose(language)}
            >
              {t(`language.name_${language}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
