import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Page } from '../ui/Page';

/** Last resort when a page throws while rendering: say so in Norwegian and offer a reload. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  return (
    <main id="hovedinnhold" className="app-main">
      <Page title={t('error.title')}>
        <Paragraph>{t('error.body')}</Paragraph>
        <Button onClick={() => window.location.reload()}>{t('error.reload')}</Button>
      </Page>
    </main>
  );
}
