import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { MunicipalContentDto } from '../../contract/municipal-content';

/**
 * The note beside municipal content (ladders, forms, measures, the minutes template) for a reader of
 * English: the content is the municipality's, in Norwegian (decision 179). Nothing for a Norwegian reader.
 */
export function MunicipalContentNote({ content }: { content: MunicipalContentDto | undefined }) {
  const { t } = useTranslation();
  if (!content?.inNorwegian) return null;
  return (
    <Paragraph data-size="sm" className="municipal-content-note">
      {content.language === 'nn' ? t('municipalContent.inNorwegianNynorsk') : t('municipalContent.inNorwegian')}
    </Paragraph>
  );
}
