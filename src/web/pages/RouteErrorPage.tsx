import { Button, Paragraph } from '@digdir/designsystemet-react';
import { Component, type ReactNode } from 'react';
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

/**
 * Shows {@link RouteErrorPage} instead of a page that threw while rendering, or whose script could not be
 * loaded (an old tab after an upgrade). Keyed by the path where it is used, so navigating away clears it.
 */
export class RouteErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    return this.state.failed ? <RouteErrorPage /> : this.props.children;
  }
}
