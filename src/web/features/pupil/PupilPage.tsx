import { Link, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { NoticeRegion, useNotice, ReloadContext, Section } from '../../ui/feedback';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { api } from '../../api';
import type { PupilAbsence } from '../../api';
import { useAuth } from '../../auth';
import { ErrorAlert, errorMessage } from '../../ui/ErrorAlert';
import { HeatMap } from '../../components/HeatMap';
import { Loading } from '../../ui/Loading';
import { OpenCaseByUndring } from '../../components/OpenCase';
import { Page } from '../../ui/Page';
import { fullName } from '../../format';
import { useApi } from '../../useApi';
import { AlertsSection } from './sections/Alerts';
import { EventsSection } from './sections/Events';
import { DiplomaSection } from './sections/Diploma';
import { ObservationsSection } from './sections/Observations';
import { ContactsSection } from './sections/Contacts';
import { ProtectedAddressTag } from '../../components/ProtectedAddressTag';
import { GuardiansSection } from './sections/Guardians';
import { SchoolEnvironmentMatters } from '../../components/SchoolEnvironmentMatters';

type Notify = (text: string) => void;

/** How many observations the page holds: a new one may have started a matter, so the matters list loads again. */
const observationsSeen = (data: PupilAbsence) => data.observations.length;

/** A pupil's absence: alerts first (what to act on), then the year, the events, patterns, diploma, observations and contacts. */
export function PupilPage() {
  const { t } = useTranslation();
  const { pupilId = '' } = useParams();
  const { handleApiError } = useAuth();
  const loaded = useApi(`pupil-absence:${pupilId}`, () => api.pupilAbsence(pupilId));
  const [current, setData] = useState<PupilAbsence | null>(null);
  // Another pupil's page keeps no data from the one before.
  const data = current && current.pupil.id === pupilId ? current : null;
  const [notice, announce] = useNotice();
  // Only when a new load arrives (the object from useApi is new on every render; its data is not).
  const loadedData = loaded.status === 'ok' ? loaded.data : null;
  useEffect(() => {
    if (loadedData) setData(loadedData);
  }, [loadedData]);

  // After a change: fetch again without unmounting the page, so focus stays where it is.
  async function refresh() {
    try {
      setData(await api.pupilAbsence(pupilId));
    } catch (error) {
      handleApiError(error);
    }
  }
  const notify: Notify = (text) => announce(text);
  const changed = async (text: string) => {
    await refresh();
    notify(text);
  };

  const title = data
    ? fullName(data.pupil)
    : loaded.status === 'error'
      ? t('pupil.loadFailed')
      : t('pupil.loadingTitle');
  const reloadNewest = () => void changed(t('pupil.reloaded'));
  return (
    <ReloadContext.Provider value={reloadNewest}>
      <Page title={title}>
        {loaded.status === 'loading' && !data && <Loading />}
        {loaded.status === 'error' && <ErrorAlert>{errorMessage(loaded.error, t('pupil.loadFailed'))}</ErrorAlert>}
        {data && (
          <>
            <div className="pupil-header">
              <Paragraph className="class-meta">
                {t('pupil.meta', { className: data.pupil.className, schoolName: data.pupil.schoolName })}{' '}
                <ProtectedAddressTag value={data.pupil.protectedAddress} />
              </Paragraph>
              <Paragraph>
                <Link asChild>
                  <RouterLink to={`/klasse/${encodeURIComponent(data.pupil.classId)}`}>
                    {t('pupil.toClass', { className: data.pupil.className })}
                  </RouterLink>
                </Link>
                {' · '}
                <Link asChild>
                  <RouterLink to={`/klasse/${encodeURIComponent(data.pupil.classId)}/registrering`}>
                    {t('pupil.toRegister')}
                  </RouterLink>
                </Link>
                {' · '}
                <Link asChild>
                  <RouterLink to={`/elev/${encodeURIComponent(data.pupil.id)}/mappe`}>{t('pupil.fileLink')}</RouterLink>
                </Link>
              </Paragraph>
              {data.openCaseId && (
                <Paragraph>
                  <Link asChild>
                    <RouterLink to={`/sak/${encodeURIComponent(data.openCaseId)}`}>{t('cases.openCase')}</RouterLink>
                  </Link>
                </Paragraph>
              )}
            </div>
            <NoticeRegion notice={notice} className="page-notice" />
            {/* A safe school first (decision 187): the pupil's school environment matters before the absence. */}
            <SchoolEnvironmentMatters key={`skolemiljo-${observationsSeen(data)}`} pupilId={data.pupil.id} />
            <AlertsSection data={data} onChanged={changed} />
            {/* One open case per pupil: with one open, the page links to it instead (the server refuses a second one too). */}
            {!data.openCaseId && <OpenCaseByUndring pupilId={data.pupil.id} />}
            <Section focusable id="kalender" heading={t('pupil.calendarHeading')} named={false}>
              <HeatMap calendar={data.calendar} events={data.events} today={data.today} />
            </Section>
            <EventsSection data={data} onChanged={changed} />
            <Section focusable id="monstre" heading={t('pupil.patternsHeading')}>
              {data.patterns.length === 0 ? (
                <Paragraph>{t('pupil.noPatterns')}</Paragraph>
              ) : (
                <ul className="plain-list">
                  {data.patterns.map((p, i) => (
                    <li key={i}>
                      <strong>{p.title}</strong>
                      <br />
                      {p.description}
                    </li>
                  ))}
                </ul>
              )}
            </Section>
            {data.diploma && <DiplomaSection diploma={data.diploma} />}
            <ObservationsSection data={data} onChanged={changed} />
            <ContactsSection data={data} onChanged={changed} />
            <GuardiansSection data={data} onChanged={changed} />
          </>
        )}
      </Page>
    </ReloadContext.Provider>
  );
}
