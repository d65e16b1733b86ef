import { Details, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import type { Alert, Contact } from '../api';
import type { HistoryEntry } from '../concerns';
import { formatDate, formatDateTime } from '../format';
import { AlertStatusTag, useDescribeEvent } from './absence';

/** Why a rule fires: its explanation with the figures, and the events that count in a Details. */
export function RuleFigures({ alert }: { alert: Alert }) {
  const { t } = useTranslation();
  const describe = useDescribeEvent();
  return (
    <>
      <Paragraph className="alert-card__explanation">{alert.explanation}</Paragraph>
      {alert.basis === 'kommune' && (
        <Paragraph data-size="sm">
          <Tag data-color="info">{t('profiles.basisKommune')}</Tag>
        </Paragraph>
      )}
      {alert.countedEvents.length > 0 && (
        <Details data-size="sm">
          <Details.Summary>{t('alerts.countedEvents', { count: alert.countedEvents.length })}</Details.Summary>
          <Details.Content>
            <ul className="alert-card__events">
              {alert.countedEvents.map((e, i) => (
                <li key={i}>
                  {formatDate(e.date)}:{' '}
                  {describe({ kind: e.kind, period: e.period, subject: e.subject, minutes: null })}
                </li>
              ))}
            </ul>
          </Details.Content>
        </Details>
      )}
    </>
  );
}

/** "12.11.2026–20.11.2026" or "Siden 24.11.2026". */
export function useEpisodeDates(): (alert: Pick<Alert, 'startedOn' | 'endedOn'>) => string {
  const { t } = useTranslation();
  return (alert) =>
    alert.endedOn
      ? t('alerts.period', { from: formatDate(alert.startedOn), to: formatDate(alert.endedOn) })
      : t('alerts.since', { date: formatDate(alert.startedOn) });
}

/** A rule inside a card: its title (when the card holds several), its dates when they differ from the card's, figures and, when retired, why. */
function RuleItem({ alert, showTitle, cardDates }: { alert: Alert; showTitle: boolean; cardDates: string }) {
  const { t } = useTranslation();
  const dates = useEpisodeDates()(alert);
  return (
    <li className="concern-rule" data-alert-id={alert.id}>
      {showTitle && <strong className="concern-rule__title">{alert.ruleTitle}</strong>}
      {dates !== cardDates && (
        <Paragraph data-size="sm" className="alert-card__meta">
          {dates}
        </Paragraph>
      )}
      <RuleFigures alert={alert} />
      {alert.retiredReason && (
        <Paragraph data-size="sm">
          <strong>{t('alerts.retiredReason')}</strong> {alert.retiredReason}
        </Paragraph>
      )}
    </li>
  );
}

/** Every rule of a card, most severe first: one list item each, titled when there are several; `cardDates` are the dates the card shows once. */
export function RuleList({ alerts, label, cardDates }: { alerts: Alert[]; label: string; cardDates: string }) {
  return (
    <ul className="concern-rules" aria-label={label}>
      {alerts.map((alert) => (
        <RuleItem key={alert.id} alert={alert} showTitle={alerts.length > 1} cardDates={cardDates} />
      ))}
    </ul>
  );
}

/** The dates a card shows under its heading: from the earliest start, to the latest end when every episode is over. */
export function cardEpisode(
  alerts: readonly Pick<Alert, 'startedOn' | 'endedOn'>[],
): Pick<Alert, 'startedOn' | 'endedOn'> {
  const startedOn = alerts.reduce(
    (first, a) => (a.startedOn < first ? a.startedOn : first),
    alerts[0]?.startedOn ?? '',
  );
  const ended = alerts.every((a) => a.endedOn !== null);
  return { startedOn, endedOn: ended ? alerts.reduce((last, a) => (a.endedOn! > last ? a.endedOn! : last), '') : null };
}

/**
 * A card's head: the heading ("Nora Kvamme (9A): rule" with the name linking to the pupil page, or the rule alone on
 * the pupil's own page), the card's own tags (`children`) before its status, and the dates under it.
 */
export function CardHead({
  id,
  headingLevel,
  lead,
  showPupil,
  showClass,
  status,
  dates,
  children,
}: {
  id: string;
  headingLevel: 2 | 3 | 4;
  lead: Pick<Alert, 'pupilId' | 'pupilName' | 'className' | 'ruleTitle'>;
  showPupil: boolean;
  showClass: boolean;
  status: Alert['status'];
  dates: string;
  children?: ReactNode;
}) {
  return (
    <>
      <div className="alert-card__head">
        <Heading level={headingLevel} data-size="xs" id={`varsel-${id}`} tabIndex={-1}>
          {showPupil ? (
            <>
              <Link asChild>
                <RouterLink to={`/elev/${encodeURIComponent(lead.pupilId)}`}>{lead.pupilName}</RouterLink>
              </Link>
              {showClass ? ` (${lead.className})` : ''}
              {': '}
              {lead.ruleTitle}
            </>
          ) : (
            lead.ruleTitle
          )}
        </Heading>
        <div className="alert-card__tags">
          {children}
          <AlertStatusTag status={status} />
        </div>
      </div>
      <Paragraph data-size="sm" className="alert-card__meta">
        {dates}
      </Paragraph>
    </>
  );
}

type AlertHistoryCardProps = {
  entry: HistoryEntry;
  headingLevel?: 2 | 3 | 4;
  showPupil?: boolean;
  showClass?: boolean;
  /** The contact that handled the entry, when the page has the contact log. */
  contact?: Contact | null;
  children?: ReactNode;
};

/**
 * An alert that is no longer open, or the alerts one contact handled together: status, how it ended
 * (the contact, the reason for dismissing it, why the rules no longer compute it) and each rule's figures.
 */
export function AlertHistoryCard({
  entry,
  headingLevel = 3,
  showPupil = false,
  showClass = false,
  contact,
  children,
}: AlertHistoryCardProps) {
  const { t } = useTranslation();
  const lead = entry.alerts[0]!;
  const several = entry.alerts.length > 1;
  const dates = useEpisodeDates()(cardEpisode(entry.alerts));
  return (
    <article
      className="alert-card alert-card--history"
      data-alert-id={lead.id}
      data-status={entry.status}
      aria-labelledby={`varsel-${lead.id}`}
    >
      <CardHead
        id={lead.id}
        headingLevel={headingLevel}
        lead={lead}
        showPupil={showPupil}
        showClass={showClass}
        status={entry.status}
        dates={dates}
      >
        {several && (
          <Tag data-color="info" data-size="sm">
            {t('concerns.rules', { count: entry.alerts.length })}
          </Tag>
        )}
        {entry.retired && (
          <Tag data-color="neutral" data-size="sm" variant="outline">
            {t('alerts.retired')}
          </Tag>
        )}
      </CardHead>
      {entry.status === 'handled' && entry.contactId && (
        <Paragraph data-size="sm" className="alert-card__outcome">
          {contact
            ? t('concerns.handledWith', {
                count: entry.alerts.length,
                when: formatDateTime(contact.contactedAt),
                channel: t(`contacts.channel_${contact.channel}`),
                name: contact.recordedByName,
              })
            : t('concerns.handledWithContact', { count: entry.alerts.length })}
        </Paragraph>
      )}
      {entry.status === 'dismissed' && lead.dismissReason && (
        <Paragraph data-size="sm" className="alert-card__outcome">
          <strong>{t('alerts.dismissReason')}</strong> {lead.dismissReason}
        </Paragraph>
      )}
      <RuleList alerts={entry.alerts} label={t('concerns.rulesLabel')} cardDates={dates} />
      {children}
    </article>
  );
}
