import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { NoticeRegion, useNotice, ReloadContext } from '../../ui/feedback';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { api } from '../../api';
import type { Pupil } from '../../api';
import { ConcernCard } from '../../components/ConcernCard';
import { ErrorAlert, errorMessage } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { PupilTable } from '../../components/PupilTable';
import { useApi } from '../../useApi';

export function ClassPage() {
  const { t } = useTranslation();
  const { classId = '' } = useParams();
  const result = useApi(`pupils:${classId}`, () => api.classPupils(classId));
  const info = result.status === 'ok' ? result.data.class : null;
  const title = info
    ? t('class.title', { className: info.name })
    : result.status === 'error'
      ? t('class.loadFailed')
      : t('class.loadingTitle');

  return (
    <Page title={title}>
      <Paragraph className="back-link">
        <Link asChild>
          <RouterLink to="/">{t('class.backHome')}</RouterLink>
        </Link>
      </Paragraph>
      {result.status === 'loading' && <Loading />}
      {result.status === 'error' && <ErrorAlert>{errorMessage(result.error, t('class.loadFailed'))}</ErrorAlert>}
      {result.status === 'ok' && info && (
        <>
          <Paragraph className="class-meta">
            {t('class.meta', { schoolName: info.schoolName, trinn: info.trinn, schoolYear: info.schoolYear })}
            {' · '}
            {t('class.pupilCount', { count: result.data.pupils.length })}
          </Paragraph>
          <Paragraph>
            <Link asChild>
              <RouterLink to={`/klasse/${encodeURIComponent(classId)}/registrering`}>
                {t('class.registerLink', { className: info.name })}
              </RouterLink>
            </Link>
          </Paragraph>
          <ClassConcerns classId={classId} pupils={result.data.pupils} />
          {/* Not a labelled section: the table's scroll region already carries the name "Elever i …". */}
          <section className="home-section">
            <Heading level={2} data-size="sm" id="elever">
              {t('home.pupilsInClass', { className: info.name })}
            </Heading>
            <PupilTable className={info.name} pupils={result.data.pupils} labelledBy="elever" linkPupils />
          </section>
        </>
      )}
    </Page>
  );
}

/** The class's open concerns, newest and most severe first (the server's order), each with its actions. */
function ClassConcerns({ classId, pupils }: { classId: string; pupils: Pupil[] }) {
  const { t } = useTranslation();
  const alerts = useApi(`alerts:${classId}`, () => api.alerts({ status: 'open', classId }));
  const [notice, announce] = useNotice();
  const byId = new Map(pupils.map((p) => [p.id, p]));
  const changed = async (text: string) => {
    await alerts.refresh();
    announce(text);
  };
  const concerns = alerts.status === 'ok' ? alerts.data.concerns : [];
  return (
    <ReloadContext.Provider value={() => void alerts.refresh()}>
      <section aria-labelledby="apne-varsler" className="home-section">
        <Heading level={2} data-size="sm" id="apne-varsler" tabIndex={-1}>
          {alerts.status === 'ok' ? t('class.openAlertsCount', { count: concerns.length }) : t('class.openAlerts')}
        </Heading>
        <NoticeRegion notice={notice} className="page-notice" />
        {alerts.status === 'loading' && <Loading />}
        {alerts.status === 'error' && <ErrorAlert>{errorMessage(alerts.error, t('alerts.loadFailed'))}</ErrorAlert>}
        {alerts.status === 'ok' &&
          (concerns.length === 0 ? (
            <Paragraph>{t('class.noOpenAlerts')}</Paragraph>
          ) : (
            <div className="alert-list">
              {concerns.map((concern) => (
                <ConcernCard
                  key={concern.id}
                  concern={concern}
                  showPupil
                  headingLevel={3}
                  onChanged={changed}
                  letterFor={byId.get(concern.pupilId) ?? null}
                  fallbackFocusId="apne-varsler"
                />
              ))}
            </div>
          ))}
      </section>
    </ReloadContext.Provider>
  );
}
