import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { api } from '../api';
import { AlertSummary } from '../components/AlertSummary';
import { ErrorAlert, errorMessage } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { OpenCaseFromAlert } from '../components/OpenCase';
import { Page } from '../components/Page';
import { PupilTable } from '../components/PupilTable';
import { useApi } from '../useApi';

export function ClassPage() {
  const { t } = useTranslation();
  const { classId = '' } = useParams();
  const result = useApi(`pupils:${classId}`, () => api.classPupils(classId));
  const info = result.status === 'ok' ? result.data.class : null;
  const title = info ? t('class.title', { className: info.name }) : result.status === 'error' ? t('class.loadFailed') : t('class.loadingTitle');

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
              <RouterLink to={`/klasse/${encodeURIComponent(classId)}/registrering`}>{t('class.registerLink', { className: info.name })}</RouterLink>
            </Link>
          </Paragraph>
          <ClassAlerts classId={classId} />
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

/** The class's open alerts: rule, pupil, since when, why and what to do next. */
function ClassAlerts({ classId }: { classId: string }) {
  const { t } = useTranslation();
  const alerts = useApi(`alerts:${classId}`, () => api.alerts({ status: 'open', classId }));
  return (
    <section aria-labelledby="apne-varsler" className="home-section">
      <Heading level={2} data-size="sm" id="apne-varsler">
        {alerts.status === 'ok' ? t('class.openAlertsCount', { count: alerts.data.alerts.length }) : t('class.openAlerts')}
      </Heading>
      {alerts.status === 'loading' && <Loading />}
      {alerts.status === 'error' && <ErrorAlert>{errorMessage(alerts.error, t('alerts.loadFailed'))}</ErrorAlert>}
      {alerts.status === 'ok' &&
        (alerts.data.alerts.length === 0 ? (
          <Paragraph>{t('class.noOpenAlerts')}</Paragraph>
        ) : (
          <div className="alert-list">
            {[...alerts.data.alerts]
              .sort((a, b) => a.startedOn.localeCompare(b.startedOn) || a.pupilName.localeCompare(b.pupilName, 'nb'))
              .map((alert) => (
                <AlertSummary key={alert.id} alert={alert} showPupil headingLevel={3}>
                  <OpenCaseFromAlert alert={alert} />
                </AlertSummary>
              ))}
          </div>
        ))}
    </section>
  );
}
