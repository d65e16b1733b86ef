import { Link, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import type { CaseListEntry } from '../api';
import { formatDate } from '../format';

/**
 * Text badges beside a case — never colour alone: "⚠ Evaluering forfalt", "◌ Ingen aktivitet på 14 dager",
 * "◌ Kontakt mangler" (a school week without the weekly contact, decision 193).
 */
export function CaseBadges({
  overdue,
  inactive,
  contactGap = false,
}: {
  overdue: boolean;
  inactive: boolean;
  contactGap?: boolean;
}) {
  const { t } = useTranslation();
  if (!overdue && !inactive && !contactGap) return null;
  return (
    <span className="case-badges">
      {overdue && (
        <Tag data-color="danger" data-size="sm">
          <span aria-hidden="true">⚠ </span>
          {t('cases.badgeOverdue')}
        </Tag>
      )}
      {inactive && (
        <Tag data-color="warning" data-size="sm">
          <span aria-hidden="true">◌ </span>
          {t('cases.badgeInactive')}
        </Tag>
      )}
      {contactGap && (
        <Tag data-color="warning" data-size="sm">
          <span aria-hidden="true">◌ </span>
          {t('cases.badgeContactGap')}
        </Tag>
      )}
    </span>
  );
}

/** One case in a list: the pupil (a link to the case), the level, the stafettholder, the evaluation date and the badges. */
export function CaseCard({ entry, showLevel = false }: { entry: CaseListEntry; showLevel?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="case-card" data-case-id={entry.id}>
      <Link asChild>
        <RouterLink to={`/sak/${encodeURIComponent(entry.id)}`}>
          {t('cases.caseLink', { name: entry.pupilName, className: entry.className })}
        </RouterLink>
      </Link>
      <span className="class-list__meta">
        {[
          showLevel ? t('cases.column', { level: entry.level }) : null,
          entry.status === 'closed' ? t('cases.status_closed') : null,
          t('cases.holder', { name: entry.stafettholderName }),
          entry.evaluationDue ? t('cases.evalOn', { date: formatDate(entry.evaluationDue) }) : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </span>
      <CaseBadges overdue={entry.overdue} inactive={entry.inactive} contactGap={entry.contactGap} />
    </div>
  );
}
