import { Details, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import type { Alert } from '../api';
import { formatDate } from '../format';
import { AlertStatusTag, useDescribeEvent } from './absence';

type AlertSummaryProps = {
  alert: Alert;
  headingLevel?: 2 | 3 | 4;
  /** Name the pupil (and link to the pupil page) in the heading: lists across pupils. */
  showPupil?: boolean;
  showClass?: boolean;
  children?: ReactNode;
};

/** An alert says why (rule, since when, the events that count) and what the routine says to do next. */
export function AlertSummary({ alert, headingLevel = 3, showPupil = false, showClass = false, children }: AlertSummaryProps) {
  const { t } = useTranslation();
  const describe = useDescribeEvent();
  return (
    <article className="alert-card" data-alert-id={alert.id} aria-labelledby={`varsel-${alert.id}`}>
      <div className="alert-card__head">
        <Heading level={headingLevel} data-size="xs" id={`varsel-${alert.id}`} tabIndex={-1}>
          {showPupil ? (
            <>
              <Link asChild>
                <RouterLink to={`/elev/${encodeURIComponent(alert.pupilId)}`}>{alert.pupilName}</RouterLink>
              </Link>
              {showClass ? ` (${alert.className})` : ''}
              {': '}
              {alert.ruleTitle}
            </>
          ) : (
            alert.ruleTitle
          )}
        </Heading>
        <AlertStatusTag status={alert.status} />
      </div>
      <Paragraph data-size="sm" className="alert-card__meta">
        {alert.endedOn ? t('alerts.period', { from: formatDate(alert.startedOn), to: formatDate(alert.endedOn) }) : t('alerts.since', { date: formatDate(alert.startedOn) })}
        {' · '}
        {t('alerts.profile', { profile: alert.profile })}
      </Paragraph>
      <Paragraph className="alert-card__explanation">{alert.explanation}</Paragraph>
      <Paragraph className="alert-card__next">
        <strong>{t('alerts.nextStep')}</strong> {alert.nextStep}
      </Paragraph>
      {alert.status === 'dismissed' && alert.dismissReason && (
        <Paragraph data-size="sm">
          <strong>{t('alerts.dismissReason')}</strong> {alert.dismissReason}
        </Paragraph>
      )}
      {alert.countedEvents.length > 0 && (
        <Details data-size="sm">
          <Details.Summary>{t('alerts.countedEvents', { count: alert.countedEvents.length })}</Details.Summary>
          <Details.Content>
            <ul className="alert-card__events">
              {alert.countedEvents.map((e, i) => (
                <li key={i}>
                  {formatDate(e.date)}: {describe({ kind: e.kind, period: e.period, subject: e.subject, minutes: null })}
                </li>
              ))}
            </ul>
          </Details.Content>
        </Details>
      )}
      {children}
    </article>
  );
}
