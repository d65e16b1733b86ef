import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { caseApi } from '../api';
import { boardColumns } from '../cases';
import { CaseCard } from '../components/CaseCard';
import { ErrorAlert, errorMessage } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { Page } from '../components/Page';
import { useApi } from '../useApi';

/** The school's open cases by level of the tiltakstrapp, overdue evaluations and idle cases marked in words. */
export function CaseBoardPage() {
  const { t } = useTranslation();
  const cases = useApi('cases:board', () => caseApi.list({ mine: false, status: 'open' }));
  return (
    <Page title={t('cases.boardTitle')}>
      <Paragraph>{t('cases.boardIntro')}</Paragraph>
      {cases.status === 'loading' && <Loading />}
      {cases.status === 'error' && <ErrorAlert>{errorMessage(cases.error, t('cases.boardFailed'))}</ErrorAlert>}
      {cases.status === 'ok' && (
        <div className="case-board">
          {boardColumns(cases.data.cases).map((column) => (
            <section key={column.level} aria-labelledby={`niva-${column.level}`} className="case-board__column" data-level={column.level}>
              <Heading level={2} data-size="xs" id={`niva-${column.level}`}>
                {t('cases.column', { level: column.level })}
              </Heading>
              <Paragraph data-size="sm" className="class-list__meta">
                {t('cases.columnCount', { count: column.cases.length })}
              </Paragraph>
              {column.cases.length === 0 ? (
                <Paragraph data-size="sm">{t('cases.emptyColumn')}</Paragraph>
              ) : (
                <ul className="case-list">
                  {column.cases.map((entry) => (
                    <li key={entry.id}>
                      <CaseCard entry={entry} />
                    </li>
                  ))}
                </ul>
              )}
            </section>
          ))}
        </div>
      )}
    </Page>
  );
}
