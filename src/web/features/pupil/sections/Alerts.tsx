import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useUser } from '../../../auth';
import { AlertHistoryCard } from '../../../components/AlertHistory';
import { ConcernCard } from '../../../components/ConcernCard';
import { SendLetter } from './SendLetter';
import { AlertCaseAction } from '../../../components/OpenCase';
import { alertHistory } from '../../../concerns';
import { fullName } from '../../../format';
import { concernPlan } from '../../../roles';
import type { SectionProps } from '../types';
import { Section } from '../../../ui/feedback';

// ——— Alerts ———

/**
 * Open concerns first, as cards with their actions; then every other alert as history (handled — the
 * alerts one contact handled together as one entry —, dismissed, retired with the reason). «Opprett sak»
 * stays on a handled episode that still holds: calling home first is the routine's first step.
 */
export function AlertsSection({ data, onChanged }: SectionProps) {
  const { t } = useTranslation();
  const plan = concernPlan(useUser());
  const inConcern = new Set(data.concerns.flatMap((c) => c.alerts.map((a) => a.id)));
  const history = alertHistory(data.alerts.filter((a) => !inConcern.has(a.id)));
  const contacts = new Map(data.contacts.map((c) => [c.id, c]));
  return (
    <Section focusable id="varsler" heading={t('pupil.alertsHeading')}>
      {data.concerns.length === 0 && history.length === 0 && <Paragraph>{t('pupil.noAlerts')}</Paragraph>}
      {data.concerns.length > 0 && (
        <div className="alert-list">
          {data.concerns.map((concern) => (
            <ConcernCard
              key={concern.id}
              concern={concern}
              headingLevel={3}
              onChanged={onChanged}
              letterFor={{
                ...data.pupil,
                lettersSent: data.lettersSent,
                familyLanguages: [...new Set(data.guardians.flatMap((g) => (g.language ? [g.language] : [])))],
                SendLetter,
              }}
              fallbackFocusId="varsler"
            />
          ))}
        </div>
      )}
      {history.length > 0 && (
        <>
          <Heading level={3} data-size="xs" id="tidligere-varsler" className="alert-history__heading">
            {t('concerns.historyHeading')}
          </Heading>
          <Paragraph data-size="sm">{t('concerns.historyHelp')}</Paragraph>
          <div className="alert-list">
            {history.map((entry) => (
              <AlertHistoryCard
                key={entry.id}
                entry={entry}
                headingLevel={4}
                contact={entry.contactId ? contacts.get(entry.contactId) : null}
              >
                {/* A handled alert keeps its way to a case: the open one, or «Opprett sak» (issue 17 item 7). */}
                {plan.openCase && entry.status === 'handled' && !entry.retired && (
                  <AlertCaseAction pupilId={data.pupil.id} pupilName={fullName(data.pupil)} alerts={entry.alerts} />
                )}
              </AlertHistoryCard>
            ))}
          </div>
        </>
      )}
    </Section>
  );
}
