import { Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { decisionApi } from '../../api';
import { ErrorAlert, errorMessage } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { useApi } from '../../useApi';
import { deadlineText } from '../case/decisions/DecisionsSection';

/**
 * «Frister i vedtak» on the board (issue 22 item 2, decision 219): the guardians' reply due after a
 * forhåndsvarsel, a letter not yet received, the appeal deadline running, an appeal the school must reassess,
 * and an appeal at the Statsforvalteren — each with the pupil, the kind, and «Fristen er ute» in words.
 */
export function DecisionDeadlines() {
  const { t } = useTranslation();
  const deadlines = useApi('decisions:deadlines', () => decisionApi.deadlines());
  return (
    <section aria-labelledby="vedtaksfrister" className="home-section">
      <Heading level={2} data-size="sm" id="vedtaksfrister">
        {t('decisions.boardHeading')}
      </Heading>
      <Paragraph data-size="sm">{t('decisions.boardIntro')}</Paragraph>
      {deadlines.status === 'loading' && <Loading />}
      {deadlines.status === 'error' && (
        <ErrorAlert>{errorMessage(deadlines.error, t('decisions.boardFailed'))}</ErrorAlert>
      )}
      {deadlines.status === 'ok' &&
        (deadlines.data.deadlines.length === 0 ? (
          <Paragraph>{t('decisions.boardEmpty')}</Paragraph>
        ) : (
          <ul className="case-list">
            {deadlines.data.deadlines.map((d) => (
              <li key={`${d.decisionId}-${d.deadline.kind}`}>
                <div className="case-card" data-decision-id={d.decisionId}>
                  <Link asChild>
                    <RouterLink to={`/sak/${encodeURIComponent(d.caseId)}#vedtak`}>
                      <strong>{t('cases.caseLink', { name: d.pupilName, className: d.className })}</strong>
                    </RouterLink>
                  </Link>
                  <span className="class-list__meta">
                    {d.kindName} · {t(`decisions.state.${d.status}`)}
                  </span>
                  <span>
                    <Tag data-size="sm" data-color={d.deadline.overdue ? 'danger' : 'info'}>
                      {d.deadline.overdue && <span aria-hidden="true">⚠ </span>}
                      {deadlineText(t, d.deadline)}
                      {d.deadline.overdue && ` · ${t('decisions.boardOverdue')}`}
                    </Tag>
                  </span>
                </div>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
