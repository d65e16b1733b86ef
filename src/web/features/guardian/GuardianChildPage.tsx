import { Link, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { guardianApi } from '../../api';
import type { MyChild } from '../../api';
import { useAuth } from '../../auth';
import { HeatMap } from '../../components/HeatMap';
import { fullName } from '../../format';
import { ErrorAlert, errorMessage } from '../../ui/ErrorAlert';
import { NoticeRegion, Section, useNotice } from '../../ui/feedback';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { useApi } from '../../useApi';
import { AbsenceTotals, Reports } from './child/Absence';
import { Documents, Meetings, ActivePlans } from './child/FromSchool';
import { OtherGuardians, Replies } from './child/People';
import { MyLanguage } from './child/MyLanguage';
import { SchoolEnvironment } from './child/SchoolEnvironment';
import { Decisions } from './child/Decisions';

/**
 * A guardian's view of one child (decision 129): the absence this school year with the school's own figures,
 * the reports and whether the school has confirmed them, the coming meetings, the plans in force, what the
 * school has sent home (with a reply for each), the other guardians and the replies sent; the aktivitetsplan of a
 * school environment matter once the school has sent it (decision 211).
 */
export function GuardianChildPage() {
  const { t } = useTranslation();
  const { pupilId = '' } = useParams();
  const { handleApiError } = useAuth();
  const loaded = useApi(`my-child:${pupilId}`, () => guardianApi.myChild(pupilId));
  const [current, setData] = useState<MyChild | null>(null);
  const data = current && current.child.id === pupilId ? current : null;
  const loadedData = loaded.status === 'ok' ? loaded.data : null;
  useEffect(() => {
    if (loadedData) setData(loadedData);
  }, [loadedData]);
  const [notice, announce] = useNotice();
  const changed = async (text: string) => {
    try {
      setData(await guardianApi.myChild(pupilId));
    } catch (error) {
      handleApiError(error);
    }
    announce(text);
  };

  const title = data ? fullName(data.child) : loaded.status === 'error' ? t('child.loadFailed') : t('child.loading');
  return (
    <Page title={title}>
      <Paragraph className="back-link">
        <Link asChild>
          <RouterLink to="/">{t('class.backHome')}</RouterLink>
        </Link>
      </Paragraph>
      {loaded.status === 'loading' && !data && <Loading />}
      {loaded.status === 'error' && <ErrorAlert>{errorMessage(loaded.error, t('child.loadFailed'))}</ErrorAlert>}
      {data && (
        <>
          <Paragraph className="class-meta">
            {data.child.className && data.child.schoolName
              ? t('home.childClass', { className: data.child.className, schoolName: data.child.schoolName })
              : t('child.shielded')}
          </Paragraph>
          <Paragraph>
            <Link asChild>
              <RouterLink to={`/barn/${encodeURIComponent(pupilId)}/meld-fravaer`}>
                {t('home.reportAbsence', { name: data.child.firstName })}
              </RouterLink>
            </Link>
            {' · '}
            <Link asChild>
              <RouterLink to={`/barn/${encodeURIComponent(pupilId)}/innsyn`}>
                {t('home.accessLog', { name: data.child.firstName })}
              </RouterLink>
            </Link>
          </Paragraph>
          <NoticeRegion notice={notice} className="page-notice" />
          <Section focusable id="fravaer" heading={t('child.absenceHeading')}>
            <AbsenceTotals data={data} />
          </Section>
          <Section focusable id="kalender" heading={t('pupil.calendarHeading')} named={false}>
            <HeatMap calendar={data.calendar} events={data.events} today={data.today} />
          </Section>
          <Reports data={data} />
          <SchoolEnvironment data={data} />
          <Meetings data={data} onChanged={changed} />
          <ActivePlans data={data} />
          <Documents data={data} onChanged={changed} />
          <Decisions pupilId={pupilId} />
          <Replies data={data} />
          <OtherGuardians data={data} />
          <MyLanguage onChanged={changed} />
        </>
      )}
    </Page>
  );
}
