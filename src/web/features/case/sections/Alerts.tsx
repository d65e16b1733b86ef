import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../api';
import { AlertHistoryCard } from '../../../components/AlertHistory';
import { Section } from '../../../ui/feedback';
import { alertHistory } from '../../../concerns';

export function AlertsSection({ data }: { data: CaseDetail }) {
  const { t } = useTranslation();
  return (
    <Section id="sakens-varsler" heading={t('cases.alertsHeading')}>
      {data.alerts.length === 0 ? (
        <Paragraph>{t('cases.noAlerts')}</Paragraph>
      ) : (
        <div className="alert-list">
          {alertHistory(data.alerts).map((entry) => (
            <AlertHistoryCard key={entry.id} entry={entry} headingLevel={3} />
          ))}
        </div>
      )}
    </Section>
  );
}
