import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { healthApi } from '../../api';
import { ErrorAlert, errorMessage } from '../../ui/ErrorAlert';
import { Section } from '../../ui/feedback';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { useApi } from '../../useApi';
import { HealthConcernList } from './HealthConcernList';
import { RaiseConcernForm } from './RaiseConcernForm';

/**
 * «Meld undring til skolen» (issue 21 item 6, decision 196): the helsesykepleier finds a pupil of her schools,
 * writes what she wonders about with the basis of consent, and sees how far the school has come with the
 * undringer she raised.
 */
export function HealthConcernPage() {
  const { t } = useTranslation();
  const mine = useApi('health-concerns', () => healthApi.list());
  return (
    <Page title={t('health.title')}>
      <Paragraph>{t('health.intro')}</Paragraph>
      <Paragraph data-size="sm" className="journal-note">
        {t('health.journalNote')}
      </Paragraph>
      <RaiseConcernForm onRaised={() => void mine.refresh()} />
      <Section id="mine-undringer" heading={t('health.mineHeading')}>
        {mine.status === 'loading' && <Loading />}
        {mine.status === 'error' && <ErrorAlert>{errorMessage(mine.error, t('health.loadFailed'))}</ErrorAlert>}
        {mine.status === 'ok' &&
          (mine.data.concerns.length === 0 ? (
            <Paragraph>{t('health.mineEmpty')}</Paragraph>
          ) : (
            <HealthConcernList concerns={mine.data.concerns} />
          ))}
      </Section>
    </Page>
  );
}
