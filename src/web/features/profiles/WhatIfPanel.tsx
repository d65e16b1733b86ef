import { Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { WhatIf } from '../../api/rule-editor';
import { formatDate } from '../../format';
import { ScrollTable } from '../../ui/ScrollTable';

/**
 * The what-if of a draft (decision 145): per school, the pupils with a concern over the last eight weeks under
 * the rules it follows now and under the draft. The server has hidden every figure under five pupils and what
 * would give one away (decision 128); such a figure reads «under 5», and its change is not worked out.
 */
export function WhatIfPanel({ result, stale }: { result: WhatIf; stale: boolean }) {
  const { t } = useTranslation();
  const count = (n: number | null) => (n === null ? t('ruleEditor.under5') : String(n));
  const change = (a: number | null, b: number | null) =>
    a === null || b === null ? '–' : b === a ? '0' : b > a ? `+${b - a}` : `−${a - b}`;
  const { current, draft } = result.total;
  return (
    <section aria-labelledby="hva-om" className="what-if">
      <Heading level={3} data-size="xs" id="hva-om" tabIndex={-1}>
        {t('ruleEditor.whatIfHeading', { weeks: result.weeks })}
      </Heading>
      {stale && (
        <Paragraph>
          <Tag data-color="warning" data-size="sm">
            {t('ruleEditor.whatIfStale')}
          </Tag>
        </Paragraph>
      )}
      <Paragraph data-size="sm">
        {current !== null && draft !== null
          ? t('ruleEditor.whatIfSummary', { current, draft, from: formatDate(result.from), to: formatDate(result.to) })
          : t('ruleEditor.whatIfSummaryHidden', { from: formatDate(result.from), to: formatDate(result.to) })}
      </Paragraph>
      <ScrollTable
        caption={t('ruleEditor.whatIfCaption')}
        captionId="hva-om-tabell"
        columns={[
          t('ruleEditor.whatIfSchool'),
          t('ruleEditor.whatIfFollows'),
          t('ruleEditor.whatIfCurrent'),
          t('ruleEditor.whatIfDraft'),
          t('ruleEditor.whatIfChange'),
        ]}
      >
        {result.schools.map((s) => (
          <Table.Row key={s.id}>
            <Table.HeaderCell scope="row">{s.name}</Table.HeaderCell>
            <Table.Cell>{s.followsProfile ? t('ruleEditor.whatIfThisProfile') : s.profile}</Table.Cell>
            <Table.Cell>{count(s.current)}</Table.Cell>
            <Table.Cell>{count(s.draft)}</Table.Cell>
            <Table.Cell>{change(s.current, s.draft)}</Table.Cell>
          </Table.Row>
        ))}
        <Table.Row>
          <Table.HeaderCell scope="row">{t('ruleEditor.whatIfKommune')}</Table.HeaderCell>
          <Table.Cell />
          <Table.Cell>{count(current)}</Table.Cell>
          <Table.Cell>{count(draft)}</Table.Cell>
          <Table.Cell>{change(current, draft)}</Table.Cell>
        </Table.Row>
      </ScrollTable>
      <Paragraph data-size="sm">{t('ruleEditor.whatIfPrivacy')}</Paragraph>
    </section>
  );
}
