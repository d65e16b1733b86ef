import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../api';
import { formatDate, formatDateTime } from '../../../format';
import { Section } from '../../../ui/feedback';
import { ScrollTable } from '../../../ui/ScrollTable';
import { ScalingChart } from './ScalingChart';

const weekNumber = (week: string) => Number(week.slice(week.indexOf('W') + 1));

/**
 * «Elevens egne innspill» (issue 21 item 2, decision 184): what the pupil wrote on their own page, with the
 * pupil as the author: the weekly check-ins as a chart beside the absence (002's measure of success), and the
 * wishes before meetings.
 */
export function PupilEntriesSection({ data }: { data: CaseDetail }) {
  const { t } = useTranslation();
  const entries = data.pupilEntries;
  if (!entries) return null;
  const name = entries.author;
  const empty = entries.checkins.length === 0 && entries.meetingWishes.length === 0;
  return (
    <Section id="elevens-innspill" heading={t('pupilEntries.heading')}>
      <Paragraph data-size="sm">{t('pupilEntries.intro', { name })}</Paragraph>
      {empty && <Paragraph>{t('pupilEntries.none', { name })}</Paragraph>}
      {entries.weeks.length > 0 && <ScalingChart weeks={entries.weeks} />}
      {entries.checkins.length > 0 && (
        <>
          <Heading level={3} data-size="xs" id="elevens-ukesjekk">
            {t('pupilEntries.checkinsHeading')}
          </Heading>
          <ScrollTable
            labelledBy="elevens-ukesjekk"
            columns={[t('pupilEntries.week'), t('pupilEntries.score'), t('pupilEntries.oneStepBetter')]}
          >
            {[...entries.checkins].reverse().map((c) => (
              <Table.Row key={c.week}>
                <Table.Cell>
                  {t('pupilEntries.weekLabel', { number: weekNumber(c.week) })} ({formatDate(c.weekFrom)})
                </Table.Cell>
                <Table.Cell>{c.score}</Table.Cell>
                <Table.Cell className="pupil-text">{c.oneStepBetter || t('pupilEntries.empty')}</Table.Cell>
              </Table.Row>
            ))}
          </ScrollTable>
        </>
      )}
      {entries.meetingWishes.length > 0 && (
        <>
          <Heading level={3} data-size="xs">
            {t('pupilEntries.wishesHeading')}
          </Heading>
          <ul className="plain-list">
            {entries.meetingWishes.map((w) => (
              <li key={w.writtenAt} className="pupil-last-wish">
                <Paragraph data-size="sm" className="class-meta">
                  {t('pupilEntries.writtenBy', { name, date: formatDateTime(w.writtenAt) })}
                </Paragraph>
                <Paragraph>
                  <strong>{t('pupilEntries.know')}:</strong>{' '}
                  <span className="pupil-text">{w.wantAdultsToKnow || t('pupilEntries.empty')}</span>
                </Paragraph>
                <Paragraph>
                  <strong>{t('pupilEntries.who')}</strong>{' '}
                  {[...w.who.map((p) => t(`me.meeting.people.${p}`)), ...(w.whoElse ? [w.whoElse] : [])].join(', ') ||
                    t('pupilEntries.empty')}
                </Paragraph>
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}
