import { Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { api } from '../../api';
import { useUser } from '../../auth';
import { ErrorAlert, errorMessage } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { settingsSchools } from '../../roles';
import { useApi } from '../../useApi';
import { Section } from '../../ui/feedback';
import { SkoleruteForm, SkoleruteView } from './Skolerute';
import { ProfileForm, ProfileView } from './RuleProfile';
import { SameDayNoticeForm, SameDayNoticeView } from './SameDayNotice';

/** A school's skolerute and rule profile: the administrator edits them, the leadership reads them. */
export function SettingsPage() {
  const { t } = useTranslation();
  const { schoolId = '' } = useParams();
  const user = useUser();
  const canEdit = settingsSchools(user).some((s) => s.id === schoolId && s.canEdit);
  const settings = useApi(`school-settings:${schoolId}`, () => api.schoolSettings(schoolId));
  const data = settings.status === 'ok' ? settings.data : null;
  const title = data
    ? t('settings.title', { school: data.school.name })
    : settings.status === 'error'
      ? t('settings.loadFailed')
      : t('settings.loadingTitle');

  return (
    <Page title={title}>
      <Paragraph className="back-link">
        <Link asChild>
          <RouterLink to="/">{t('class.backHome')}</RouterLink>
        </Link>
      </Paragraph>
      {settings.status === 'loading' && <Loading />}
      {settings.status === 'error' && <ErrorAlert>{errorMessage(settings.error, t('settings.loadFailed'))}</ErrorAlert>}
      {data && (
        <>
          <Paragraph>{canEdit ? t('settings.introEdit') : t('settings.introRead')}</Paragraph>
          <Section
            id="skolerute"
            heading={t('settings.calendarHeading', { from: data.schoolYear, to: data.schoolYear + 1 })}
          >
            <Paragraph data-size="sm" className="settings-note">
              {canEdit ? t('settings.holidays') : t('settings.holidaysRead')}
            </Paragraph>
            {canEdit ? <SkoleruteForm settings={data} /> : <SkoleruteView calendar={data.calendar} />}
          </Section>
          <Section focusable id="regelprofil" heading={t('settings.profileHeading')}>
            <Paragraph data-size="sm" className="settings-note">
              {t('settings.profileHelp')}
            </Paragraph>
            {canEdit ? <ProfileForm settings={data} /> : <ProfileView settings={data} />}
          </Section>
          <Section focusable id="varsel-samme-dag" heading={t('settings.sameDayHeading')}>
            <Paragraph data-size="sm" className="settings-note">
              {t('settings.sameDayHelp')}
            </Paragraph>
            {canEdit ? <SameDayNoticeForm settings={data} /> : <SameDayNoticeView notice={data.sameDayNotice} />}
          </Section>
        </>
      )}
    </Page>
  );
}
