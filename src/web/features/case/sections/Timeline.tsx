import { Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../api';
import { Section } from '../../../ui/feedback';
import { formatDateTime } from '../../../format';
import { HeardRecord } from '../HeardFields';

export function TimelineSection({ data }: { data: CaseDetail }) {
  const { t } = useTranslation();
  return (
    <Section id="tidslinje" heading={t('cases.timelineHeading')}>
      {data.timeline.length === 0 ? (
        <Paragraph>{t('cases.noTimeline')}</Paragraph>
      ) : (
        <ol className="plain-list timeline">
          {data.timeline.map((entry, i) => (
            <li key={i} data-kind={entry.kind} data-alert-id={entry.alertId}>
              <strong>{t(`cases.timelineKind_${entry.kind}`, { defaultValue: entry.kind })}</strong>
              {entry.forStafettholder && (
                <>
                  {' '}
                  {/* An alert the stafettholder has not seen yet (decision 026): text, not colour alone. */}
                  <Tag data-color="warning" data-size="sm">
                    <span aria-hidden="true">● </span>
                    {t('cases.timelineForStafettholder')}
                  </Tag>
                </>
              )}
              {': '}
              {entry.text}
              {entry.heard && <HeardRecord heard={entry.heard} />}
              <br />
              <span className="class-list__meta">
                {t('cases.timelineMeta', { when: formatDateTime(entry.at), name: entry.byName })}
              </span>
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
