import { Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { schoolEnvironmentApi, type Matter } from '../../api';
import { MatterFlags } from '../../components/SchoolEnvironmentMatters';
import { ErrorAlert, errorMessage } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { NoticeRegion, ReloadContext, useNotice } from '../../ui/feedback';
import { SourceNote } from '../../ui/SourceNote';
import { useApi } from '../../useApi';
import { HolderExtracts } from '../archive/HolderExtracts';
import { ActivityPlanSection } from './ActivityPlanSection';
import { MatterStepsSection } from './MatterStepsSection';

/**
 * A school environment matter (the aktivitetsplikt, decisions 187–189): what was reported, its steps with their
 * days, and the aktivitetsplan with its print. The leadership records steps and makes the plan.
 */
export function SchoolEnvironmentPage() {
  const { t } = useTranslation();
  const { matterId = '' } = useParams();
  const loaded = useApi(`school-environment-matter:${matterId}`, () => schoolEnvironmentApi.get(matterId));
  const [current, setCurrent] = useState<Matter | null>(null);
  const matter = current && current.id === matterId ? current : null;
  const loadedMatter = loaded.status === 'ok' ? loaded.data.matter : null;
  useEffect(() => {
    if (loadedMatter) setCurrent(loadedMatter);
  }, [loadedMatter]);
  const [notice, announce] = useNotice();
  const changed = (next: Matter, text: string) => {
    setCurrent(next);
    announce(text);
  };
  const reload = () => void schoolEnvironmentApi.get(matterId).then((r) => setCurrent(r.matter), loaded.reload);

  const title = matter
    ? t('schoolEnvironment.pageTitle', { name: matter.pupilName })
    : loaded.status === 'error'
      ? t('schoolEnvironment.loadFailed')
      : t('schoolEnvironment.title');
  return (
    <ReloadContext.Provider value={reload}>
      <Page title={title}>
        {loaded.status === 'loading' && !matter && <Loading />}
        {loaded.status === 'error' && (
          <ErrorAlert>{errorMessage(loaded.error, t('schoolEnvironment.loadFailed'))}</ErrorAlert>
        )}
        {matter && (
          <>
            <Paragraph className="class-meta">
              {t('schoolEnvironment.meta', { className: matter.className, school: matter.schoolName })}{' '}
              <Tag data-size="sm" data-color={matter.status === 'open' ? 'accent' : 'neutral'}>
                {t(matter.status === 'open' ? 'schoolEnvironment.open' : 'schoolEnvironment.closed')}
              </Tag>{' '}
              {matter.adultInvolved && (
                <Tag data-size="sm" data-color="danger">
                  {t('schoolEnvironment.adultTag')}
                </Tag>
              )}{' '}
              <MatterFlags matter={matter} />
            </Paragraph>
            <Paragraph>
              <Link asChild>
                <RouterLink to={`/elev/${encodeURIComponent(matter.pupilId)}`}>
                  {t('schoolEnvironment.toPupil', { name: matter.pupilName })}
                </RouterLink>
              </Link>
              {matter.caseId && (
                <>
                  {' · '}
                  <Link asChild>
                    <RouterLink to={`/sak/${encodeURIComponent(matter.caseId)}`}>
                      {t('schoolEnvironment.toCase')}
                    </RouterLink>
                  </Link>
                </>
              )}
            </Paragraph>
            <Paragraph data-size="sm">{t('schoolEnvironment.law')}</Paragraph>
            <SourceNote source={t('schoolEnvironment.lawSource')} />
            <NoticeRegion notice={notice} className="page-notice" />
            <MatterStepsSection matter={matter} onChanged={changed} />
            <ActivityPlanSection matter={matter} onChanged={changed} />
            {/* Closing makes the matter's extract (decision 234): fetched again with each version. */}
            {matter.status === 'closed' && <HolderExtracts key={matter.version} holder={{ matterId: matter.id }} />}
          </>
        )}
      </Page>
    </ReloadContext.Provider>
  );
}
