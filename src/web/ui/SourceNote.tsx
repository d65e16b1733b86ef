import { Details } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

/**
 * Where a text or a rule comes from («004 §3», «001 Verktøy … versjon 1»), for those who want it: closed
 * under «Kilde», never in the running text (issue 17 item 14). The source stays in the data.
 */
export function SourceNote({ source }: { source: string }) {
  const { t } = useTranslation();
  if (!source.trim()) return null;
  return (
    <Details data-size="sm" className="source-note">
      <Details.Summary>{t('common.source')}</Details.Summary>
      <Details.Content>{source}</Details.Content>
    </Details>
  );
}
