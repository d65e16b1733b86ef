import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { PupilAbsence } from '../../../api';
import { formatDate } from '../../../format';
import { Section } from '../../../ui/feedback';

// ——— Diploma ———

export function DiplomaSection({ diploma }: { diploma: NonNullable<PupilAbsence['diploma']> }) {
  const { t } = useTranslation();
  return (
    <Section focusable id="vitnemal" heading={t('pupil.diplomaHeading')}>
      <dl className="figures">
        <div>
          <dt>{t('pupil.diplomaSchoolDays')}</dt>
          <dd>{diploma.schoolDays}</dd>
        </div>
        <div>
          <dt>{t('pupil.diplomaDays')}</dt>
          <dd>{diploma.absentDays}</dd>
        </div>
        <div>
          <dt>{t('pupil.diplomaLessons')}</dt>
          <dd>{diploma.absentLessons}</dd>
        </div>
      </dl>
      <Paragraph data-size="sm">
        {t('pupil.diplomaLeaveOff', { count: diploma.leaveOffCandidates.length, max: diploma.maxLeaveOff })}
      </Paragraph>
      {diploma.leaveOffCandidates.length > 0 && (
        <ul className="plain-list">
          {diploma.leaveOffCandidates.map((c) => (
            <li key={c.date}>
              {formatDate(c.date)}: {c.reason}
            </li>
          ))}
        </ul>
      )}
      {diploma.daysIfLeftOff !== undefined && diploma.leaveOffCandidates.length > 0 && (
        <Paragraph data-size="sm">{t('pupil.diplomaIfLeftOff', { days: diploma.daysIfLeftOff })}</Paragraph>
      )}
    </Section>
  );
}
