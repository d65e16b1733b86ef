import { Details, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Section } from '../../../ui/feedback';
import './charts.css';

/**
 * A chart as people read it (issue 19 item 4, decision 159): a visible heading, the text summary (what a screen
 * reader reads for the drawing), the drawing named by the heading and described by the summary, and the same
 * figures as a table behind «Vis tallene som tabell». `controls` (a select) sit between the summary and the drawing.
 */
export function ChartFrame({
  id,
  heading,
  summary,
  controls,
  chart,
  table,
}: {
  id: string;
  heading: string;
  summary: string;
  controls?: ReactNode;
  chart: ReactNode;
  table: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Section id={id} heading={heading}>
      {controls}
      <Paragraph id={`${id}-sammendrag`} data-size="sm" className="chart-summary">
        {summary}
      </Paragraph>
      <figure className="chart-figure" aria-labelledby={id} aria-describedby={`${id}-sammendrag`}>
        {chart}
      </figure>
      <Details data-size="sm" className="chart-table">
        <Details.Summary>{t('charts.showTable')}</Details.Summary>
        <Details.Content>{table}</Details.Content>
      </Details>
    </Section>
  );
}
