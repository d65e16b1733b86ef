import { Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ScrollTable } from '../../ui/ScrollTable';

/** Open cases per ladder level: new and ongoing. */
export function LevelTable({
  id,
  caption,
  levels,
  newLabel,
}: {
  id: string;
  caption: string;
  /** The «new» column's heading: new this week, or new in the period. */
  newLabel: string;
  levels: { level: number; new: number; ongoing: number }[];
}) {
  const { t } = useTranslation();
  return (
    <ScrollTable
      captionId={id}
      caption={caption}
      columns={[t('reviews.weekly.colLevel'), newLabel, t('reviews.weekly.colOngoing'), t('reviews.weekly.colTotal')]}
    >
      {levels.map((l) => (
        <Table.Row key={l.level}>
          <Table.HeaderCell scope="row">{t('reviews.weekly.level', { level: l.level })}</Table.HeaderCell>
          <Table.Cell>{l.new}</Table.Cell>
          <Table.Cell>{l.ongoing}</Table.Cell>
          <Table.Cell>{l.new + l.ongoing}</Table.Cell>
        </Table.Row>
      ))}
    </ScrollTable>
  );
}
