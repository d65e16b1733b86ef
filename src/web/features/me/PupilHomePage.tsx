import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pupilPageApi } from '../../api';
import type { MyPupilPage } from '../../api';
import { useAuth } from '../../auth';
import { ErrorAlert, errorMessage } from '../../ui/ErrorAlert';
import { NoticeRegion, ReloadContext, Section, useNotice } from '../../ui/feedback';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { useApi } from '../../useApi';
import { WeekCheckin } from './WeekCheckin';
import { MeetingWish } from './MeetingWish';
import { MyPlan } from './MyPlan';

/**
 * The pupil's own page, /meg (issue 21 item 2, decision 184): mobile first and in plain words. How the school
 * week has been (001's scaling tool), what the adults should know before a meeting and who the pupil wants
 * there, and the plan in the pupil's words. Nothing else of the case is ever loaded here.
 */
export function PupilHomePage() {
  const { t } = useTranslation();
  const { handleApiError } = useAuth();
  const loaded = useApi('me:pupil', () => pupilPageApi.get());
  const [data, setData] = useState<MyPupilPage | null>(null);
  const loadedData = loaded.status === 'ok' ? loaded.data : null;
  useEffect(() => {
    if (loadedData) setData(loadedData);
  }, [loadedData]);
  const [notice, announce] = useNotice();
  const reload = async () => {
    try {
      setData(await pupilPageApi.get());
    } catch (error) {
      handleApiError(error);
    }
  };
  const changed = async (text: string) => {
    await reload();
    announce(text);
  };

  return (
    <Page title={t('me.title')} heading={data ? t('me.heading', { name: data.firstName }) : t('me.title')}>
      <ReloadContext.Provider value={() => void reload()}>
        <div className="pupil-page">
          {loaded.status === 'loading' && !data && <Loading />}
          {loaded.status === 'error' && <ErrorAlert>{errorMessage(loaded.error, t('me.loadFailed'))}</ErrorAlert>}
          {data && (
            <>
              <Paragraph>{t('me.intro')}</Paragraph>
              <NoticeRegion notice={notice} className="page-notice" />
              {!data.hasCase && <Alert data-color="info">{t('me.noCase')}</Alert>}
              {data.hasCase && (
                <>
                  <Section id="uka" heading={t('me.week.heading')}>
                    <WeekCheckin data={data} onSaved={changed} />
                  </Section>
                  <Section id="mote" heading={t('me.meeting.heading')}>
                    <MeetingWish data={data} onSent={changed} />
                  </Section>
                </>
              )}
              <Section id="planen" heading={t('me.plan.heading')}>
                <MyPlan plan={data.plan} />
              </Section>
            </>
          )}
        </div>
      </ReloadContext.Provider>
    </Page>
  );
}
