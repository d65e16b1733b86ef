import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../api';
import { Section } from '../../../ui/feedback';
import { PassBaton } from './PassBaton';
import { WeeklyContactFact, WeeklyContactPanel } from './WeeklyContact';
import { CaseParticipants } from './Participants';
import { formatDate } from '../../../format';
import type { SectionProps } from '../types';

// ——— Where the case stands ———

export function StatusSection({ data, onChanged }: SectionProps) {
  const { t } = useTranslation();
  const { state } = data;
  return (
    <Section id="status" heading={t('cases.statusHeading')}>
      <dl className="case-facts">
        <div>
          <dt>{t('cases.levelLabel')}</dt>
          <dd>{t('cases.levelValue', { level: data.level.level, title: data.level.title })}</dd>
        </div>
        <div>
          <dt>{t('cases.statusLabel')}</dt>
          <dd>{t(`cases.status_${state.status}`)}</dd>
        </div>
        <div>
          <dt>{t('cases.stafettholder')}</dt>
          <dd>
            {data.stafettholder.name}
            {data.stafettholder.needsNew && <strong> – {t('cases.stafettholderNeeded')}</strong>}
          </dd>
        </div>
        <div>
          <dt>{t('cases.since')}</dt>
          <dd>{formatDate(state.status === 'open' ? state.levelSince : state.since)}</dd>
        </div>
        <div>
          <dt>{t('cases.openedFromLabel')}</dt>
          <dd>{t(`cases.openedFrom_${data.openedFrom}`)}</dd>
        </div>
        {state.status === 'open' && (
          <>
            <div>
              <dt>{t('cases.measuresStarted')}</dt>
              <dd>{state.measuresStartedOn ? formatDate(state.measuresStartedOn) : t('cases.measuresNotStarted')}</dd>
            </div>
            <div className="case-facts__evaluation">
              <dt>{t('cases.evaluationDue')}</dt>
              <dd>
                {formatDate(state.evaluationDue)}
                {data.overdue && (
                  <>
                    {' '}
                    <Tag data-color="danger" data-size="sm">
                      <span aria-hidden="true">⚠ </span>
                      {t('cases.overdue')}
                    </Tag>
                  </>
                )}
              </dd>
            </div>
            <WeeklyContactFact data={data} />
          </>
        )}
      </dl>
      {data.overdue && <Paragraph data-size="sm">{t('cases.overdueHelp')}</Paragraph>}
      {state.status === 'open' && state.intensified && <Paragraph data-size="sm">{t('cases.intensified')}</Paragraph>}
      {state.status === 'closed' && (
        <Paragraph>
          <strong>{t('cases.summary')}:</strong> {state.summary}
        </Paragraph>
      )}
      {state.status === 'open' && <WeeklyContactPanel data={data} onChanged={onChanged} />}
      {!data.readOnly && <PassBaton data={data} onChanged={onChanged} />}
      <CaseParticipants data={data} onChanged={onChanged} />
    </Section>
  );
}

export function GuidelineSection({ data }: { data: CaseDetail }) {
  const { t } = useTranslation();
  const parts = [
    ['problemAreas', data.level.problemAreas],
    ['goals', data.level.goals],
    ['evaluationCriteria', data.level.evaluation],
    ['partners', data.level.partners],
    ['responsible', data.level.responsible],
  ] as const;
  return (
    <Section id="veileder" heading={t('cases.guidelineHeading', { level: data.level.level })}>
      <Paragraph>
        <strong>{data.level.title}</strong>
      </Paragraph>
      {parts.map(([key, items]) => (
        <div key={key} className="guideline-part">
          <Heading level={3} data-size="2xs">
            {t(`cases.${key}`)}
          </Heading>
          {items.length === 0 ? (
            <Paragraph data-size="sm">{t('cases.notGiven')}</Paragraph>
          ) : (
            <ul>
              {items.map((item, i) => (
                <li key={i}>{item}</li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </Section>
  );
}
