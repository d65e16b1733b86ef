import { Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { api } from '../api';
import { ErrorAlert, errorMessage } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
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
          <PupilTable className={info.name} pupils={result.data.pupils} />
        </>
      )}
    </Page>
  );
}
