import { Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { schoolEnvironmentApi } from '../../api';
import { MatterFlags } from '../../components/SchoolEnvironmentMatters';
import { formatDate } from '../../format';
import { ErrorAlert, errorMessage } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { useApi } from '../../useApi';

/** «Skolemiljøsaker» on the board (decision 189): the open matters, those missing a step first, with their deadlines. */
export function SchoolEnvironmentBoard() {
  const { t } = useTranslation();
  const matters = useApi('school-environment:board', () => schoolEnvironmentApi.list());
  return (
    <section aria-labelledby="skolemiljosaker" className="home-section">
      <Heading level={2} data-size="sm" id="skolemiljosaker">
        {t('schoolEnvironment.boardHeading')}
      </Heading>
      <Paragraph data-size="sm">{t('schoolEnvironment.boardIntro')}</Paragraph>
      {matters.status === 'loading' && <Loading />}
      {matters.status === 'error' && (
        <ErrorAlert>{errorMessage(matters.error, t('schoolEnvironment.boardFailed'))}</ErrorAlert>
      )}
      {matters.status === 'ok' &&
        (matters.data.matters.length === 0 ? (
          <Paragraph>{t('schoolEnvironment.boardEmpty')}</Paragraph>
        ) : (
          <ul className="case-list">
            {matters.data.matters.map((m) => (
              <li key={m.id}>
                <div className="case-card" data-matter-id={m.id}>
                  <Link asChild>
                    <RouterLink to={`/skolemiljo/${encodeURIComponent(m.id)}`}>
                      <strong>{t('cases.caseLink', { name: m.pupilName, className: m.className })}</strong>
                    </RouterLink>
                  </Link>
                  <span className="class-list__meta">
                    {t('schoolEnvironment.matterLine', {
                      day: formatDate(m.knownOn),
                      status: t('schoolEnvironment.open'),
                    })}
                    {m.evaluationDue &&
                      ` · ${t('schoolEnvironment.boardEvaluation', { day: formatDate(m.evaluationDue) })}`}
                  </span>
                  <span>
                    {m.adultInvolved && (
                      <Tag data-size="sm" data-color="danger">
                        {t('schoolEnvironment.adultTag')}
                      </Tag>
                    )}{' '}
                    <MatterFlags matter={m} />
                  </span>
                </div>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
