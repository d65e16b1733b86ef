import { Button, Card, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import type { HealthConcern } from '../../api';
import { formatDate, formatDateTime } from '../../format';

/**
 * Undringer from the health service as cards: whom and what, the basis, where the school is with it. With
 * `onAct` (the school's contact teacher and leadership) each card offers the next step.
 */
export function HealthConcernList({
  concerns,
  onAct,
  busy = false,
}: {
  concerns: HealthConcern[];
  onAct?: (concern: HealthConcern, act: 'received' | 'followed-up' | 'case') => void;
  busy?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <ul className="health-concern-list">
      {concerns.map((c) => (
        <li key={c.id}>
          <Card data-color="neutral">
            <Heading level={3} data-size="2xs">
              {t('health.about', { pupil: c.pupilName, className: c.className, school: c.schoolName })}
            </Heading>
            <Tag data-color={c.status === 'raised' ? 'warning' : c.status === 'received' ? 'info' : 'success'}>
              {t(`health.status_${c.status}`)}
            </Tag>
            <Paragraph className="health-concern-text">{c.text}</Paragraph>
            <Paragraph data-size="sm">
              {t('health.raisedBy', { name: c.raisedByName, at: formatDateTime(c.raisedAt) })}
              {' · '}
              {t(`health.basisLine_${c.basis}`, { by: c.consentBy, on: formatDate(c.consentOn) })}
            </Paragraph>
            {c.receivedByName && c.receivedAt && (
              <Paragraph data-size="sm">
                {t('health.receivedBy', { name: c.receivedByName, at: formatDateTime(c.receivedAt) })}
              </Paragraph>
            )}
            {c.followedUpByName && c.followedUpAt && (
              <Paragraph data-size="sm">
                {t('health.followedUpBy', { name: c.followedUpByName, at: formatDateTime(c.followedUpAt) })}
              </Paragraph>
            )}
            {c.caseLinked && !c.caseId && <Paragraph data-size="sm">{t('health.inCase')}</Paragraph>}
            {onAct && (
              <div className="button-row">
                {c.status === 'raised' && (
                  <Button data-size="sm" disabled={busy} onClick={() => onAct(c, 'received')}>
                    {t('health.markReceived')}
                  </Button>
                )}
                {c.caseId ? (
                  <Link asChild>
                    <RouterLink to={`/sak/${encodeURIComponent(c.caseId)}`}>{t('health.goToCase')}</RouterLink>
                  </Link>
                ) : (
                  <Button variant="secondary" data-size="sm" disabled={busy} onClick={() => onAct(c, 'case')}>
                    {t('health.openCase')}
                  </Button>
                )}
                <Button variant="secondary" data-size="sm" disabled={busy} onClick={() => onAct(c, 'followed-up')}>
                  {t('health.markFollowedUp')}
                </Button>
              </div>
            )}
          </Card>
        </li>
      ))}
    </ul>
  );
}
