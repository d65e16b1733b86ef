import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { caseApi } from '../../api';
import { useApi } from '../../useApi';
import { CaseCard } from '../../components/CaseCard';
import { ErrorAlert, errorMessage } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';

/** A service partner's front page: the cases a valid consent opens to their service (the server decides which). */
export function ConsentedCasesSection() {
  const { t } = useTranslation();
  const cases = useApi('cases:consented', () => caseApi.list({ mine: false, status: 'open' }));
  return (
    <section aria-labelledby="saker-med-samtykke" className="home-section">
      <Heading level={2} data-size="sm" id="saker-med-samtykke">
        {t('consent.partnerCases')}
      </Heading>
      <Paragraph data-size="sm">{t('consent.partnerCasesHelp')}</Paragraph>
      {cases.status === 'loading' && <Loading />}
      {cases.status === 'error' && (
        <ErrorAlert>{errorMessage(cases.error, t('consent.partnerCasesFailed'))}</ErrorAlert>
      )}
      {cases.status === 'ok' &&
        (cases.data.cases.length === 0 ? (
          <Paragraph>{t('consent.noPartnerCases')}</Paragraph>
        ) : (
          <ul className="case-list">
            {cases.data.cases.map((entry) => (
              <li key={entry.id}>
                <CaseCard entry={entry} showLevel />
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
